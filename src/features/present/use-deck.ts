import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { channelName, parseMessage, type SyncMessage } from './deck-sync.ts';

export interface DeckOptions {
  /** The slide (or question) shown, 1-based, from the URL. */
  position: number;
  count: number;
  pathFor: (position: number) => string;
  /** Projections and speaker views of one lesson follow each other (see sync.ts). */
  sync?: { lessonId: string; blank: boolean; onBlank: (blank: boolean) => void };
}

export interface Deck {
  go: (position: number) => void;
  next: () => void;
  previous: () => void;
  first: () => void;
  last: () => void;
  /** Tells the other windows the screen was blanked or shown again. */
  shareBlank: (blank: boolean) => void;
}

/**
 * Moving through a deck: every move replaces the URL (a reload or a pasted link opens the same slide).
 * Moves count from the slide last asked for, not the one rendered, so two quick presses move two slides
 * even while the route loader is still running.
 */
export function useDeck({ position, count, pathFor, sync }: DeckOptions): Deck {
  const navigate = useNavigate();
  const target = useRef(position);
  const blank = useRef(sync?.blank ?? false);
  const channel = useRef<BroadcastChannel | null>(null);
  const onBlank = useRef(sync?.onBlank);
  const pathForRef = useRef(pathFor);
  /** A move made here since this window said hello: a late welcome from another window must not undo it. */
  const movedHere = useRef(false);

  // Layout effects: the refs are current before any event can reach the new render.
  useLayoutEffect(() => {
    target.current = position;
  }, [position]);
  useLayoutEffect(() => {
    blank.current = sync?.blank ?? false;
    onBlank.current = sync?.onBlank;
    pathForRef.current = pathFor;
  });

  const post = (message: SyncMessage) => channel.current?.postMessage(message);

  const move = useCallback(
    (wanted: number): boolean => {
      const next = Math.min(Math.max(Math.round(wanted), 1), count);
      if (next === target.current) return false;
      target.current = next;
      void navigate(pathForRef.current(next), { replace: true });
      return true;
    },
    [count, navigate],
  );

  const lessonId = sync?.lessonId;
  useEffect(() => {
    if (!lessonId || typeof BroadcastChannel === 'undefined') return;
    const open = new BroadcastChannel(channelName(lessonId));
    channel.current = open;
    open.onmessage = (event: MessageEvent<unknown>) => {
      const message = parseMessage(event.data);
      if (!message) return;
      if (message.type === 'hello') {
        open.postMessage({ type: 'state', slide: target.current, blank: blank.current, welcome: true } satisfies SyncMessage);
        return;
      }
      // The room's state, answering our hello, arrived after the trainer already moved here: ours is newer.
      if (message.welcome && movedHere.current) return;
      // Follow, but do not post: the window that moved has already told everyone.
      move(message.slide);
      if (message.blank !== blank.current) {
        blank.current = message.blank;
        onBlank.current?.(message.blank);
      }
    };
    movedHere.current = false;
    open.postMessage({ type: 'hello' } satisfies SyncMessage);
    return () => {
      open.close();
      if (channel.current === open) channel.current = null;
    };
  }, [lessonId, move]);

  const go = (wanted: number) => {
    if (!move(wanted)) return;
    movedHere.current = true;
    post({ type: 'state', slide: target.current, blank: blank.current } satisfies SyncMessage);
  };

  return {
    go,
    next: () => go(target.current + 1),
    previous: () => go(target.current - 1),
    first: () => go(1),
    last: () => go(count),
    shareBlank: (value: boolean) => {
      blank.current = value;
      movedHere.current = true;
      post({ type: 'state', slide: target.current, blank: value });
    },
  };
}

/** The four moves every deck view binds to keys and buttons. */
export function deckMoves(deck: Deck) {
  return { next: deck.next, previous: deck.previous, first: deck.first, last: deck.last };
}

/** A deck synced across the lesson's windows whose screen can be blanked (B): the projection and the speaker view. */
export function useSyncedDeck(options: Omit<DeckOptions, 'sync'> & { lessonId: string }) {
  const [blank, setBlank] = useState(false);
  const { lessonId, ...rest } = options;
  const deck = useDeck({ ...rest, sync: { lessonId, blank, onBlank: setBlank } });
  const toggleBlank = () => {
    setBlank(!blank);
    deck.shareBlank(!blank);
  };
  return { deck, blank, toggleBlank };
}
