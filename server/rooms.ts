/**
 * The state of every live room, changed only by events. The relay turns an accepted message into an event,
 * writes it to the journal, then applies it here; on restart the journal is applied again, so the room comes
 * back with the same participants, answers and tallies. Nothing here does I/O.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { readResponse, type Question } from '../src/engine/index.ts';
import { LIMITS, type LiveQuestion, type Phase, type PresenterQuestionState } from './protocol.ts';

export type RoomEvent =
  | { e: 'room'; room: string; lessonId: string; secretHash: string; at: number }
  | { e: 'join'; room: string; participantId: string; tokenHash: string; name: string }
  | { e: 'open'; room: string; question: LiveQuestion; position: number; count: number }
  | { e: 'phase'; room: string; questionId: string; phase: 'closed' | 'revealed' }
  | { e: 'answer'; room: string; questionId: string; participantId: string; answerId: string; response: unknown }
  | { e: 'spotlight'; room: string; questionId: string; answerId: string | null }
  | { e: 'end'; room: string };

export interface Participant {
  id: string;
  tokenHash: string;
  name: string;
}

export interface Answer {
  answerId: string;
  response: unknown;
}

export interface QuestionRun {
  question: LiveQuestion;
  position: number;
  count: number;
  phase: 'open' | 'closed' | 'revealed';
  /** One answer per participant: a new answer id replaces the last one. */
  answers: Map<string, Answer>;
  spotlight: string | null;
}

export interface Room {
  code: string;
  lessonId: string;
  secretHash: string;
  createdAt: number;
  participants: Map<string, Participant>;
  runs: Map<string, QuestionRun>;
  current: string | null;
  ended: boolean;
}

export type Rooms = Map<string, Room>;

export const hashSecret = (secret: string) => createHash('sha256').update(secret).digest('hex');

/** Compares a secret with a stored hash in constant time. */
export function secretMatches(secret: string, hash: string): boolean {
  const a = Buffer.from(hashSecret(secret), 'hex');
  const b = Buffer.from(hash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Applies one event. Events that no longer fit (a room that is gone) are skipped, never thrown. */
export function applyEvent(rooms: Rooms, event: RoomEvent): void {
  if (event.e === 'room') {
    rooms.set(event.room, {
      code: event.room,
      lessonId: event.lessonId,
      secretHash: event.secretHash,
      createdAt: event.at,
      participants: new Map(),
      runs: new Map(),
      current: null,
      ended: false,
    });
    return;
  }
  const room = rooms.get(event.room);
  if (!room) return;
  switch (event.e) {
    case 'join':
      room.participants.set(event.participantId, { id: event.participantId, tokenHash: event.tokenHash, name: event.name });
      return;
    case 'open': {
      // Opening a question closes the one before it; a question opened again keeps its answers.
      const previous = room.current ? room.runs.get(room.current) : undefined;
      if (previous && previous.phase === 'open' && previous.question.id !== event.question.id) previous.phase = 'closed';
      const run = room.runs.get(event.question.id);
      room.runs.set(event.question.id, {
        question: event.question,
        position: event.position,
        count: event.count,
        phase: 'open',
        answers: run?.answers ?? new Map(),
        spotlight: run?.spotlight ?? null,
      });
      room.current = event.question.id;
      return;
    }
    case 'phase': {
      const run = room.runs.get(event.questionId);
      if (run) run.phase = event.phase;
      return;
    }
    case 'answer': {
      const run = room.runs.get(event.questionId);
      if (run) run.answers.set(event.participantId, { answerId: event.answerId, response: event.response });
      return;
    }
    case 'spotlight': {
      const run = room.runs.get(event.questionId);
      if (run) run.spotlight = event.answerId;
      return;
    }
    case 'end':
      room.ended = true;
      return;
  }
}

export function currentRun(room: Room): QuestionRun | undefined {
  return room.current ? room.runs.get(room.current) : undefined;
}

export function roomPhase(room: Room): Phase {
  if (room.ended) return 'ended';
  return currentRun(room)?.phase ?? 'lobby';
}

const unique = (ids: readonly string[]) => new Set(ids).size === ids.length;

/**
 * The answer as the relay keeps it, or null when it does not fit the question: the engine's response schema
 * first, then ids the question has. A conversation is answered with its first reply only.
 */
export function checkAnswer(question: LiveQuestion, value: unknown): unknown {
  const response = readResponse(question as unknown as Question, value);
  if (!response) return null;
  switch (response.kind) {
    case 'single': {
      const ids = question.kind === 'single' ? question.options.map((o) => o.id) : [];
      return ids.includes(response.choice) ? { kind: 'single', choice: response.choice } : null;
    }
    case 'multiple': {
      const ids = question.kind === 'multiple' ? question.options.map((o) => o.id) : [];
      const ok = response.choices.length > 0 && unique(response.choices) && response.choices.every((c) => ids.includes(c));
      return ok ? { kind: 'multiple', choices: response.choices } : null;
    }
    case 'order': {
      const ids = question.kind === 'order' ? question.items.map((item) => item.id) : [];
      const ok = response.order.length === ids.length && unique(response.order) && response.order.every((item) => ids.includes(item));
      return ok ? { kind: 'order', order: response.order } : null;
    }
    case 'conversation': {
      if (question.kind !== 'conversation') return null;
      const start = question.nodes.find((node) => node.id === question.start);
      const [first] = response.path;
      const ok = response.path.length === 1 && start?.responses.some((reply) => reply.id === first);
      return ok ? { kind: 'conversation', path: [first] } : null;
    }
    case 'rewrite': {
      const text = response.text.trim();
      return text.length > 0 && text.length <= LIMITS.rewriteChars ? { kind: 'rewrite', text } : null;
    }
    case 'categorize':
      return null;
  }
}

/** Counts the answers to a question: by option, by reply, or by the whole order (as "id,id,id"). */
export function tallyOf(run: QuestionRun): Record<string, number> {
  const tally: Record<string, number> = {};
  const add = (key: string) => (tally[key] = (tally[key] ?? 0) + 1);
  for (const { response } of run.answers.values()) {
    const r = response as { kind: string; choice?: string; choices?: string[]; order?: string[]; path?: string[] };
    if (r.kind === 'single' && r.choice) add(r.choice);
    else if (r.kind === 'multiple') r.choices?.forEach(add);
    else if (r.kind === 'order' && r.order) add(r.order.join(','));
    else if (r.kind === 'conversation' && r.path?.[0]) add(r.path[0]);
  }
  return tally;
}

export function presenterQuestion(room: Room): PresenterQuestionState | null {
  const run = currentRun(room);
  if (!run) return null;
  const texts: PresenterQuestionState['texts'] = [];
  for (const [participantId, answer] of run.answers) {
    const r = answer.response as { kind: string; text?: string };
    if (r.kind === 'rewrite' && r.text) texts.push({ answerId: answer.answerId, text: r.text, name: room.participants.get(participantId)?.name ?? '' });
  }
  const spotlit = run.spotlight ? texts.find((t) => t.answerId === run.spotlight) : undefined;
  return {
    questionId: run.question.id,
    position: run.position,
    count: run.count,
    phase: run.phase,
    answered: run.answers.size,
    tally: tallyOf(run),
    texts,
    spotlight: spotlit ? { answerId: spotlit.answerId, text: spotlit.text } : null,
  };
}
