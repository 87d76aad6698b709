import { useEffect, useState } from 'react';
import { saved, useLiveSocket, type ClientMessage, type ServerMessage } from './live-socket.ts';

export type PresenterState = Extract<ServerMessage, { type: 'presenter-state' }>;
export type ResultsMessage = Extract<ServerMessage, { type: 'results' }>;

interface Credentials {
  room: string;
  secret: string;
}

/** The room's key lives in this browser only: the speaker view and the projector window share it. */
const keyFor = (lessonId: string) => `frontline-live-presenter:${lessonId}`;

/**
 * A presenter window's hold on the lesson's live room. `start` creates the room (speaker view); every window
 * of the same browser then rejoins it with the stored secret, after reloads and reconnects alike.
 */
export function usePresenterRoom(lessonId: string, enabled: boolean) {
  const [credentials, setCredentials] = useState<Credentials | null>(() => saved.get<Credentials>(keyFor(lessonId)));
  const [state, setState] = useState<PresenterState | null>(null);
  const [error, setError] = useState('');
  const [starting, setStarting] = useState(false);
  const [results, setResults] = useState<ResultsMessage | null>(null);

  // A session started in the speaker view reaches the projector window (and an ended one leaves it).
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key === keyFor(lessonId)) setCredentials(saved.get<Credentials>(keyFor(lessonId)));
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [lessonId]);

  const forget = () => {
    saved.remove(keyFor(lessonId));
    setCredentials(null);
    setState(null);
  };

  const socket = useLiveSocket({
    enabled: enabled && (credentials !== null || starting),
    hello: (): ClientMessage | null => {
      const current = saved.get<Credentials>(keyFor(lessonId));
      if (current) return { type: 'present', room: current.room, secret: current.secret };
      return starting ? { type: 'create', lessonId } : null;
    },
    onMessage: (message) => {
      switch (message.type) {
        case 'created': {
          const next = { room: message.room, secret: message.secret };
          saved.set(keyFor(lessonId), next);
          setCredentials(next);
          setStarting(false);
          return;
        }
        case 'presenter-state':
          setError('');
          if (message.phase === 'ended') forget();
          else setState(message);
          return;
        case 'results':
          setResults(message);
          return;
        case 'refused':
          if (message.code === 'unknown-room' || message.code === 'bad-secret') forget();
          setStarting(false);
          setError(message.reason);
          return;
        default:
          return;
      }
    },
  });

  return {
    credentials,
    state,
    error,
    status: socket.status,
    starting,
    start: () => {
      setError('');
      setStarting(true);
    },
    send: socket.send,
    forget,
    /** The last results the server sent (see features/live/results.ts). */
    results,
  };
}
