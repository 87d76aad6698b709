import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import WebSocket from 'ws';
import type { ServerMessage } from '../../src/protocol/live.ts';
import { startWorkshopServer, type WorkshopOptions, type WorkshopServer } from '../../server/workshop-server.ts';

/** A throwaway built site and data folder, so server tests need no `vite build`. */
export function tempDirs() {
  const root = mkdtempSync(path.join(tmpdir(), 'frontline-live-'));
  const distDir = path.join(root, 'dist');
  mkdirSync(distDir);
  writeFileSync(
    path.join(distDir, 'index.html'),
    `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="default-src &#39;self&#39;; connect-src &#39;self&#39;"><title>Frontline</title></head><body></body></html>`,
  );
  writeFileSync(path.join(root, 'secret.txt'), 'not for the web');
  // The static site's offline files, as a build writes them (the workshop server must not serve them).
  for (const file of ['sw.js', 'workbox-abc123.js', 'manifest.webmanifest']) writeFileSync(path.join(distDir, file), '// offline');
  return { root, distDir, dataDir: path.join(root, 'data'), remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** Starts a server on 127.0.0.1, on a free port. */
export function start(dirs: { distDir: string; dataDir: string }, options: Partial<WorkshopOptions> = {}): Promise<WorkshopServer> {
  return startWorkshopServer({ host: '127.0.0.1', port: 0, distDir: dirs.distDir, dataDir: dirs.dataDir, ...options });
}

/** A WebSocket client that keeps every message and can wait for one that matches. */
export class Client {
  readonly messages: ServerMessage[] = [];
  private waiters: { match: (m: ServerMessage) => boolean; resolve: (m: ServerMessage) => void }[] = [];
  readonly socket: WebSocket;
  readonly opened: Promise<void>;
  closeCode: number | null = null;

  constructor(port: number, headers: Record<string, string> = {}) {
    this.socket = new WebSocket(`ws://127.0.0.1:${port}/live/ws`, { headers });
    this.opened = new Promise((resolve, reject) => {
      this.socket.once('open', () => resolve());
      this.socket.once('error', reject);
    });
    this.socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as ServerMessage;
      this.messages.push(message);
      this.waiters = this.waiters.filter((w) => {
        if (!w.match(message)) return true;
        w.resolve(message);
        return false;
      });
    });
    this.socket.on('close', (code) => (this.closeCode = code));
  }

  static async connect(port: number): Promise<Client> {
    const client = new Client(port);
    await client.opened;
    return client;
  }

  send(message: unknown) {
    this.socket.send(typeof message === 'string' ? message : JSON.stringify(message));
  }

  /** The next message (from now on) that matches. */
  next<T extends ServerMessage['type']>(type: T, match: (m: Extract<ServerMessage, { type: T }>) => boolean = () => true, timeout = 3000) {
    return new Promise<Extract<ServerMessage, { type: T }>>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${type} message within ${timeout} ms; got ${JSON.stringify(this.messages.slice(-3))}`)), timeout);
      this.waiters.push({
        match: (m) => m.type === type && match(m as Extract<ServerMessage, { type: T }>),
        resolve: (m) => {
          clearTimeout(timer);
          resolve(m as Extract<ServerMessage, { type: T }>);
        },
      });
    });
  }

  /** Sends, then waits for the matching reply. */
  async ask<T extends ServerMessage['type']>(message: unknown, type: T, match?: (m: Extract<ServerMessage, { type: T }>) => boolean) {
    const reply = this.next(type, match);
    this.send(message);
    return reply;
  }

  close() {
    this.socket.terminate();
  }
}
