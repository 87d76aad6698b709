import { useEffect, useRef, useState } from 'react';
import type { ClientMessage, ServerMessage } from '../../protocol/live.ts';

export type { ClientMessage, ServerMessage };
export type Status = 'connecting' | 'open' | 'reconnecting';

/** Whether the page was served by the workshop server (`npm run workshop`), which marks index.html. */
export function isLive(): boolean {
  return typeof document !== 'undefined' && document.querySelector('meta[name="frontline-live"]') !== null;
}

const socketUrl = () => `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/live/ws`;

/**
 * A WebSocket to the relay that comes back by itself: after a drop it retries with a growing delay (up to
 * 5 s) and, once open again, calls `hello` so the page can rejoin before anything else is sent.
 */
export function useLiveSocket(options: {
  enabled: boolean;
  hello: () => ClientMessage | null;
  onMessage: (message: ServerMessage) => void;
}) {
  const [status, setStatus] = useState<Status>('connecting');
  const socketRef = useRef<WebSocket | null>(null);
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });

  useEffect(() => {
    if (!options.enabled) return;
    let stopped = false;
    let attempt = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;

    const connect = () => {
      const socket = new WebSocket(socketUrl());
      socketRef.current = socket;
      socket.onopen = () => {
        attempt = 0;
        setStatus('open');
        const hello = latest.current.hello();
        if (hello) socket.send(JSON.stringify(hello));
      };
      socket.onmessage = (event) => {
        try {
          latest.current.onMessage(JSON.parse(String(event.data)) as ServerMessage);
        } catch {
          // Not ours: ignore.
        }
      };
      socket.onclose = () => {
        if (socketRef.current === socket) socketRef.current = null;
        if (stopped) return;
        setStatus('reconnecting');
        timer = setTimeout(connect, Math.min(5000, 300 * 2 ** attempt++));
      };
    };
    connect();
    // A phone waking up or back on Wi-Fi should not wait for the next retry.
    const retryNow = () => {
      if (!socketRef.current && !stopped) {
        clearTimeout(timer);
        connect();
      }
    };
    window.addEventListener('online', retryNow);
    document.addEventListener('visibilitychange', retryNow);
    return () => {
      stopped = true;
      clearTimeout(timer);
      window.removeEventListener('online', retryNow);
      document.removeEventListener('visibilitychange', retryNow);
      socketRef.current?.close();
      socketRef.current = null;
    };
  }, [options.enabled]);

  const send = (message: ClientMessage): boolean => {
    const socket = socketRef.current;
    if (!socket || socket.readyState !== WebSocket.OPEN) return false;
    socket.send(JSON.stringify(message));
    return true;
  };
  return { status, send };
}

/** The join address the server worked out (the laptop's address on the room's Wi-Fi). */
export async function fetchJoinUrl(): Promise<string> {
  try {
    const response = await fetch('/live/config', { cache: 'no-store' });
    const config = (await response.json()) as { joinUrl?: unknown };
    if (typeof config.joinUrl === 'string') return config.joinUrl;
  } catch {
    // Fall through to this page's own address.
  }
  return `${location.origin}/join`;
}

/** A fresh id for each answer sent: the relay counts one answer per phone, and a resend of the same id once. */
export function newAnswerId(): string {
  return typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Small wrapper over localStorage that never throws (private mode, blocked storage). */
export const saved = {
  get<T>(key: string): T | null {
    try {
      const raw = localStorage.getItem(key);
      return raw ? (JSON.parse(raw) as T) : null;
    } catch {
      return null;
    }
  },
  set(key: string, value: unknown) {
    try {
      localStorage.setItem(key, JSON.stringify(value));
    } catch {
      // Still works for this page; a reload would join as a new participant.
    }
  },
  remove(key: string) {
    try {
      localStorage.removeItem(key);
    } catch {
      // nothing to do
    }
  },
};
