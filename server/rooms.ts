/**
 * The state of every live room, changed only by events. The relay turns an accepted message into an event,
 * writes it to the journal, then applies it here; on restart the journal is applied again, so the room comes
 * back with the same participants, answers and tallies. Nothing here does I/O.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { creditFraction, isKnownKind, readResponse, rulesFor, scoreQuestion } from '../src/engine/index.ts';
import { type LiveQuestion, type Phase, type PresenterQuestionState, type QuestionResult } from '../src/protocol/live.ts';

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

/**
 * The answer as the relay keeps it, or null when it does not fit the question: the engine's response schema
 * first, then its kind's live rule (engine/kinds/: ids the question has; a conversation answered with its first
 * reply only; a kind this server does not know takes no answers).
 */
export function checkAnswer(question: LiveQuestion, value: unknown): unknown {
  if (!isKnownKind(question.kind)) return null;
  const response = readResponse(question, value);
  return response ? rulesFor(question).live.accept(question, response) : null;
}

/** Counts the answers to a question under its kind's tally keys: by option, by reply, or by the whole order. */
export function tallyOf(run: QuestionRun): Record<string, number> {
  const tally: Record<string, number> = {};
  const asked = run.question;
  const live = isKnownKind(asked.kind) ? rulesFor(asked).live : null;
  for (const { response } of run.answers.values()) {
    const read = live ? readResponse(asked, response) : undefined;
    for (const key of read ? live!.tallyKeys(read) : []) if (key) tally[key] = (tally[key] ?? 0) + 1;
  }
  return tally;
}

export function presenterQuestion(room: Room): PresenterQuestionState | null {
  const run = currentRun(room);
  if (!run) return null;
  const texts: PresenterQuestionState['texts'] = [];
  const asked = run.question;
  const readable = isKnownKind(asked.kind) ? rulesFor(asked).live?.readable : undefined;
  for (const [participantId, answer] of run.answers) {
    const response = readable ? readResponse(asked, answer.response) : undefined;
    const text = response ? readable!(response) : undefined;
    if (text) texts.push({ answerId: answer.answerId, text, name: room.participants.get(participantId)?.name ?? '' });
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

/**
 * The session's results, for the trainer's report: every question opened, in its quiz position, with the projector's
 * tally, how many answers earned full credit by the quiz's own grading, and the room's free text without names.
 */
export function sessionResults(room: Room): QuestionResult[] {
  return [...room.runs.values()]
    .sort((a, b) => a.position - b.position)
    .map((run) => {
      const asked = run.question;
      const answers = [...run.answers.values()];
      const readable = isKnownKind(asked.kind) ? rulesFor(asked).live?.readable : undefined;
      const texts = answers.flatMap(({ response }) => {
        const read = readable ? readResponse(asked, response) : undefined;
        const text = read ? readable!(read) : undefined;
        return text ? [text] : [];
      });
      // The question was parsed whole when it was opened; one a journal kept from an older version that cannot be
      // graded counts as not right.
      const fullCredit = (response: unknown) => {
        try {
          return creditFraction(scoreQuestion(response, asked)) >= 1;
        } catch {
          return false;
        }
      };
      const right = isKnownKind(asked.kind) ? answers.filter(({ response }) => fullCredit(response)).length : 0;
      return { questionId: run.question.id, position: run.position, answered: answers.length, right, tally: tallyOf(run), texts };
    });
}

