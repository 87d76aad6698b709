/**
 * The live workshop's wire protocol: every message a browser may send, as zod schemas, and the messages the
 * server sends back. The server parses nothing without these; the browser imports the types only.
 *
 * Roles: a *presenter* connection (the trainer's speaker view or projector, holding the room's secret) runs
 * the room; a *participant* connection (a phone, holding the room code) answers. Limits are in bytes of the
 * raw message and are checked before JSON parsing.
 */
import { z } from 'zod';
import { LIVE_REWRITE_CHARS, questionSchema, type DeepReadonly, type Question } from '../engine/index.ts';

export const LIMITS = {
  /** Any message before a connection has proved it is a presenter. */
  messageBytes: 4 * 1024,
  /** A presenter opening a question sends the question itself (a long conversation is a few KB). */
  presenterMessageBytes: 64 * 1024,
  /** The WebSocket layer drops anything larger outright (close code 1009). */
  hardMaxBytes: 128 * 1024,
  nameChars: 40,
  rewriteChars: LIVE_REWRITE_CHARS,
  /** Token bucket per connection: burst, then a steady rate per second. */
  rateBurst: 20,
  ratePerSecond: 10,
  participantsPerRoom: 500,
  rooms: 50,
  /** New participants one address may add to a room (a phone that lost its storage, a shared tablet); rejoins are free. */
  joinsPerAddress: 3,
  /** A session older than this closes by itself (a workshop day), so forgotten rooms do not fill the laptop. */
  roomLifetimeMs: 24 * 60 * 60 * 1000,
} as const;

const id = z.string().min(1).max(100);
const roomCode = z
  .string()
  .max(20)
  .transform((code) => code.toUpperCase().replace(/[^A-Z0-9]/g, ''));

/**
 * The longest lists and texts a question may bring into a room, by field name, whatever its kind: each kind's own
 * schema has the rest (src/engine/kinds/). With the presenter's message limit, they bound what one question costs
 * the relay to check answers against and to count.
 */
const WIRE_LISTS: Readonly<Record<string, number>> = { options: 20, items: 30, phrases: 20, nodes: 100, responses: 20 };
const WIRE_CHARS: Readonly<Record<string, number>> = { id: 100, start: 100, text: 4000 };

/** True when no list or text in `value` is longer than the room takes (see above), at any depth. */
function fitsTheRoom(value: unknown, field = ''): boolean {
  if (Array.isArray(value)) return value.length <= (WIRE_LISTS[field] ?? Infinity) && value.every((item) => fitsTheRoom(item));
  if (typeof value === 'string') return value.length <= (WIRE_CHARS[field] ?? Infinity);
  return !value || typeof value !== 'object' || Object.entries(value).every(([key, inner]) => fitsTheRoom(inner, key));
}

/**
 * A question a presenter opens: the engine's question schema, every kind's fields and rules (so a parsed question
 * *is* a `Question`, strict as in quiz.yaml: the browser sends the course's questions as validated), within the
 * room's limits.
 */
export const liveQuestionSchema = questionSchema.check(z.refine(fitsTheRoom, 'a list or a text is longer than the live room takes'));

export const clientMessageSchema = z.discriminatedUnion('type', [
  /** The trainer starts a room for a lesson (only from the laptop running the server). */
  z.strictObject({ type: z.literal('create'), lessonId: z.string().regex(/^[a-z0-9-]{1,80}$/) }),
  /** A presenter window (speaker view, projector) rejoins its room. */
  z.strictObject({ type: z.literal('present'), room: roomCode, secret: z.string().min(16).max(200) }),
  /** A phone joins, or rejoins with the id and token it was given. */
  z.strictObject({
    type: z.literal('join'),
    room: roomCode,
    name: z.string().max(LIMITS.nameChars).optional(),
    participantId: id.optional(),
    token: z.string().max(200).optional(),
  }),
  z.strictObject({
    type: z.literal('answer'),
    questionId: id,
    /** Made by the phone per answer: resending the same id (after a reconnect) never counts twice. */
    answerId: z.string().min(8).max(64),
    response: z.unknown(),
  }),
  z.strictObject({
    type: z.literal('open'),
    question: liveQuestionSchema,
    position: z.int().min(1).max(500),
    count: z.int().min(1).max(500),
  }),
  z.strictObject({ type: z.literal('close') }),
  z.strictObject({ type: z.literal('reveal') }),
  /** Shows one free-text answer on the projector, or none. */
  z.strictObject({ type: z.literal('spotlight'), answerId: z.string().max(64).nullable() }),
  z.strictObject({ type: z.literal('end') }),
  /** The presenter asks for the session's results (every question opened: tallies, how many got it right). */
  z.strictObject({ type: z.literal('results') }),
]);

/** A message as parsed, read-only: its question (in `open`) is a `Question`, as the browser sends one. */
export type ClientMessage = DeepReadonly<z.infer<typeof clientMessageSchema>>;
/** The question in play: what the presenter sent, parsed by `liveQuestionSchema`. */
export type LiveQuestion = Question;

export type Phase = 'lobby' | 'open' | 'closed' | 'revealed' | 'ended';

/** Why a message was refused; the browser shows a sentence for each it can meet. */
export type RefusalCode =
  | 'malformed'
  | 'too-large'
  | 'binary'
  | 'unknown-type'
  | 'invalid'
  | 'rate-limited'
  | 'not-joined'
  | 'not-allowed'
  | 'unknown-room'
  | 'bad-secret'
  | 'too-many-attempts'
  | 'room-full'
  | 'too-many-rooms'
  | 'device-limit'
  | 'not-open'
  | 'invalid-answer'
  | 'server-error';

/** What a presenter sees of the question in play. */
export interface PresenterQuestionState {
  questionId: string;
  position: number;
  count: number;
  phase: Exclude<Phase, 'lobby' | 'ended'>;
  answered: number;
  /** Option, item-order or reply id → answers; free text is not tallied. */
  tally: Record<string, number>;
  /** Free-text answers, newest last, for the trainer to pick from (names only here, never on the projector). */
  texts: { answerId: string; text: string; name: string }[];
  spotlight: { answerId: string; text: string } | null;
}

/** One question of a session, for the trainer's report: no names, only counts and the room's free text. */
export interface QuestionResult {
  questionId: string;
  position: number;
  answered: number;
  /** Answers that earned full credit (the quiz's own grading). */
  right: number;
  /** As the projector counts: option, phrase, reply or whole-order id → answers. */
  tally: Record<string, number>;
  /** Free-text answers (rewrites), without names. */
  texts: string[];
}

export type ServerMessage =
  | { type: 'created'; room: string; secret: string }
  | { type: 'welcome'; role: 'presenter'; room: string; lessonId: string }
  | { type: 'welcome'; role: 'participant'; room: string; lessonId: string; participantId: string; token: string; name: string }
  | {
      type: 'presenter-state';
      room: string;
      lessonId: string;
      phase: Phase;
      joined: number;
      connected: number;
      current: PresenterQuestionState | null;
    }
  | {
      type: 'participant-state';
      room: string;
      phase: Phase;
      /** The question in play (its content is public: it ships with the course). */
      question: Question | null;
      position: number;
      count: number;
      yours: { answerId: string; response: unknown } | null;
    }
  | { type: 'answer-received'; questionId: string; answerId: string }
  | { type: 'results'; room: string; lessonId: string; startedAt: number; questions: QuestionResult[] }
  | { type: 'refused'; code: RefusalCode; reason: string };
