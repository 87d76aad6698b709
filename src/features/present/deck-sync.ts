/**
 * Messages between the windows presenting one lesson (projections and speaker views), over a
 * BroadcastChannel named per lesson. A window that opens says "hello"; every open window answers with its
 * state, so the newcomer joins the room's slide. Windows post only their own moves, never one they were
 * told to make, and act only on a state that differs from theirs: no echo loops.
 */

export interface DeckState {
  slide: number;
  /** The projection shows a black screen (B). */
  blank: boolean;
}

/** `welcome`: a state sent in answer to a hello, which the newcomer takes only if it has not moved since. */
export type SyncMessage = { type: 'hello' } | ({ type: 'state'; welcome?: boolean } & DeckState);

export function channelName(lessonId: string): string {
  return `frontline-present-${lessonId}`;
}

/** Reads a message from another window; anything malformed (another version of the app) is ignored. */
export function parseMessage(value: unknown): SyncMessage | null {
  if (!value || typeof value !== 'object') return null;
  const message = value as Record<string, unknown>;
  if (message.type === 'hello') return { type: 'hello' };
  if (message.type === 'state' && Number.isInteger(message.slide) && typeof message.blank === 'boolean') {
    const state = { type: 'state' as const, slide: message.slide as number, blank: message.blank };
    return message.welcome === true ? { ...state, welcome: true } : state;
  }
  return null;
}
