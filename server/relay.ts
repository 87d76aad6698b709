/**
 * The live relay: one WebSocket per browser. Each message is checked in this order — binary, size, rate, JSON,
 * schema, then whether this connection may send it — and anything that fails is refused with a code and a
 * sentence, never thrown: one bad phone cannot take the room down. Accepted changes go through the store
 * (journal first) and are then sent to whoever needs them: every presenter window on each answer, the phones
 * only when the question or its phase changes.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { clientMessageSchema, LIMITS, type ClientMessage, type RefusalCode, type ServerMessage } from '../src/protocol/live.ts';
import { checkAnswer, currentRun, hashSecret, presenterQuestion, roomPhase, secretMatches, sessionResults, type Room } from './rooms.ts';
import type { Store } from './journal.ts';
import { displayOrder, isKnownKind, ROOM_SEED, rulesFor, type Question } from '../src/engine/index.ts';

/** Room codes avoid look-alikes (0/O, 1/I/L) so they can be read off a wall and typed on a phone. */
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const CODE_LENGTH = 6;
/** Wrong room codes or secrets per address per minute before that address must wait. */
const FAILURES_PER_MINUTE = 20;
const HEARTBEAT_MS = 15_000;

export interface RelayOptions {
  store: Store;
  /** Whether a connection from this address may start a room (the trainer's own laptop). */
  mayCreate: (address: string) => boolean;
  /**
   * Whether an address may add participants without the per-address limit; by default the laptop itself (a trainer
   * trying phones in several tabs), never a phone on the room's Wi-Fi.
   */
  unlimitedJoins?: (address: string) => boolean;
  log?: (line: string) => void;
  /** The clock, in milliseconds since the epoch (rate limits, lockouts, a room's start); tests pass a fake one. */
  now?: () => number;
}

type Session =
  | { role: 'none' }
  | { role: 'presenter'; room: string }
  | { role: 'participant'; room: string; participantId: string };

interface Connection {
  socket: WebSocket;
  address: string;
  session: Session;
  tokens: number;
  refilledAt: number;
  refusedFlood: number;
  lastRateNotice: number;
  alive: boolean;
}

const REASONS: Record<RefusalCode, string> = {
  malformed: 'The message is not valid JSON.',
  'too-large': 'The message is too large.',
  binary: 'Binary messages are not accepted.',
  'unknown-type': 'Unknown message type.',
  invalid: 'The message does not have the expected fields.',
  'rate-limited': 'Too many messages: slow down.',
  'not-joined': 'Join a room first.',
  'not-allowed': 'Only the presenter can do that.',
  'unknown-room': 'No live session has that room code.',
  'bad-secret': 'That is not the presenter key for this room.',
  'too-many-attempts': 'Too many wrong codes from this device: wait a minute.',
  'room-full': 'The room is full.',
  'too-many-rooms': `This laptop already runs ${LIMITS.rooms} live sessions: end one with "End live session" in its speaker view (a session also closes by itself after a day).`,
  'device-limit': `This device has already joined this session ${LIMITS.joinsPerAddress} times. Use the browser you joined with to keep your place, or ask the trainer.`,
  'not-open': 'Answering is closed for this question.',
  'invalid-answer': 'That answer does not fit the question.',
  'server-error': 'The server could not save that: try again.',
};

/** The fields of a question that give its answer away; a phone gets none of them before the reveal. */
const KEY_FIELDS = new Set(['credit', 'correct', 'feedback', 'harmful', 'category', 'points', 'next', 'endings', 'modelAnswer', 'criteria', 'about']);

/**
 * A copy of a question with every answer-giving field removed, at any depth, after its kind's own rule for what
 * the order of its lists would give away (an ordering question's items go out in the room's order).
 */
export function withoutKey(question: Question): Question {
  const strip = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(strip)
      : value && typeof value === 'object'
        ? Object.fromEntries(Object.entries(value).filter(([key]) => !KEY_FIELDS.has(key)).map(([key, inner]) => [key, strip(inner)]))
        : value;
  const live = isKnownKind(question.kind) ? rulesFor(question).live : null;
  const shown = live?.beforeReveal ? live.beforeReveal(question, displayOrder(question, ROOM_SEED)) : question;
  return strip(shown) as Question;
}

const MESSAGE_TYPES = new Set(['create', 'present', 'join', 'answer', 'open', 'close', 'reveal', 'spotlight', 'end', 'results']);

export function createRelay({ store, mayCreate, unlimitedJoins = mayCreate, log = () => {}, now = Date.now }: RelayOptions) {
  const wss = new WebSocketServer({ noServer: true, maxPayload: LIMITS.hardMaxBytes, perMessageDeflate: false });
  const connections = new Set<Connection>();
  const failures = new Map<string, { count: number; resetAt: number }>();
  /** New participants per room and address (kept in memory: a restart forgives, it does not lose anyone). */
  const joinsByAddress = new Map<string, number>();
  const { rooms } = store;

  const send = (connection: Connection, message: ServerMessage) => {
    if (connection.socket.readyState === connection.socket.OPEN) connection.socket.send(JSON.stringify(message));
  };
  const refuse = (connection: Connection, code: RefusalCode) => send(connection, { type: 'refused', code, reason: REASONS[code] });

  const inRoom = (code: string, role: Session['role']) =>
    [...connections].filter((c) => c.session.role === role && 'room' in c.session && c.session.room === code);

  function presenterState(room: Room): ServerMessage {
    const connected = inRoom(room.code, 'participant').length;
    return {
      type: 'presenter-state',
      room: room.code,
      lessonId: room.lessonId,
      phase: roomPhase(room),
      joined: room.participants.size,
      connected,
      current: presenterQuestion(room),
    };
  }

  /** The question as phones get it before the reveal, made once per question (every phone gets the same). */
  const keylessCopies = new WeakMap<Question, Question>();
  const keyless = (question: Question): Question => {
    let copy = keylessCopies.get(question);
    if (!copy) keylessCopies.set(question, (copy = withoutKey(question)));
    return copy;
  };

  function participantState(room: Room, participantId: string): ServerMessage {
    const run = currentRun(room);
    const yours = run?.answers.get(participantId);
    return {
      type: 'participant-state',
      room: room.code,
      phase: roomPhase(room),
      // Before the reveal a phone gets the question without its key (credits, correct flags, feedback, model answer).
      question: run ? (run.phase === 'revealed' ? run.question : keyless(run.question)) : null,
      position: run?.position ?? 0,
      count: run?.count ?? 0,
      yours: yours ? { answerId: yours.answerId, response: yours.response } : null,
    };
  }

  /** Presenter windows see every change; their state is one small object, sent at most once per tick. */
  const pendingPresenters = new Set<string>();
  function updatePresenters(room: Room) {
    if (pendingPresenters.has(room.code)) return;
    pendingPresenters.add(room.code);
    setImmediate(() => {
      pendingPresenters.delete(room.code);
      const current = rooms.get(room.code);
      if (!current) return;
      const message = presenterState(current);
      for (const c of inRoom(room.code, 'presenter')) send(c, message);
    });
  }

  function updateParticipants(room: Room) {
    for (const c of inRoom(room.code, 'participant')) {
      if (c.session.role === 'participant') send(c, participantState(room, c.session.participantId));
    }
  }

  function failedAttempt(connection: Connection): boolean {
    const at = now();
    const entry = failures.get(connection.address);
    if (!entry || entry.resetAt < at) {
      failures.set(connection.address, { count: 1, resetAt: at + 60_000 });
      return false;
    }
    entry.count++;
    return entry.count > FAILURES_PER_MINUTE;
  }
  const lockedOut = (connection: Connection) => {
    const entry = failures.get(connection.address);
    return entry !== undefined && entry.resetAt >= now() && entry.count > FAILURES_PER_MINUTE;
  };

  function newCode(): string {
    for (;;) {
      const bytes = randomBytes(CODE_LENGTH);
      const code = [...bytes].map((b) => CODE_ALPHABET[b % CODE_ALPHABET.length]).join('');
      if (!rooms.has(code)) return code;
    }
  }

  function handle(connection: Connection, message: ClientMessage) {
    const { session } = connection;
    switch (message.type) {
      case 'create': {
        if (!mayCreate(connection.address)) return refuse(connection, 'not-allowed');
        // Sessions older than a day close by themselves, so forgotten ones never hold the cap.
        for (const old of [...rooms.values()].filter((r) => !r.ended && now() - r.createdAt > LIMITS.roomLifetimeMs)) store.commit({ e: 'end', room: old.code });
        if ([...rooms.values()].filter((r) => !r.ended).length >= LIMITS.rooms) return refuse(connection, 'too-many-rooms');
        const room = newCode();
        const secret = randomBytes(24).toString('base64url');
        store.commit({ e: 'room', room, lessonId: message.lessonId, secretHash: hashSecret(secret), at: now() });
        connection.session = { role: 'presenter', room };
        log(`live session ${room} started for ${message.lessonId}`);
        send(connection, { type: 'created', room, secret });
        send(connection, presenterState(rooms.get(room)!));
        return;
      }
      case 'present': {
        if (lockedOut(connection)) return refuse(connection, 'too-many-attempts');
        const room = rooms.get(message.room);
        if (!room || room.ended) return refuse(connection, failedAttempt(connection) ? 'too-many-attempts' : 'unknown-room');
        if (!secretMatches(message.secret, room.secretHash)) {
          return refuse(connection, failedAttempt(connection) ? 'too-many-attempts' : 'bad-secret');
        }
        connection.session = { role: 'presenter', room: room.code };
        send(connection, { type: 'welcome', role: 'presenter', room: room.code, lessonId: room.lessonId });
        send(connection, presenterState(room));
        return;
      }
      case 'join': {
        if (lockedOut(connection)) return refuse(connection, 'too-many-attempts');
        const room = rooms.get(message.room);
        if (!room || room.ended) return refuse(connection, failedAttempt(connection) ? 'too-many-attempts' : 'unknown-room');
        const known = message.participantId ? room.participants.get(message.participantId) : undefined;
        let participantId: string;
        let token: string;
        let name: string;
        if (known && message.token && secretMatches(message.token, known.tokenHash)) {
          // The same phone again (reload, dropped Wi-Fi): same participant, counted once.
          ({ id: participantId, name } = known);
          token = message.token;
        } else {
          if (room.participants.size >= LIMITS.participantsPerRoom) return refuse(connection, 'room-full');
          // One device, one voice: an address adds only a few participants to a room, so one sender can neither
          // stuff the ballot nor fill the room.
          const key = `${room.code} ${connection.address}`;
          if (!unlimitedJoins(connection.address) && (joinsByAddress.get(key) ?? 0) >= LIMITS.joinsPerAddress) return refuse(connection, 'device-limit');
          joinsByAddress.set(key, (joinsByAddress.get(key) ?? 0) + 1);
          participantId = randomUUID();
          token = randomBytes(18).toString('base64url');
          name = (message.name ?? '').replace(/\s+/g, ' ').trim();
          store.commit({ e: 'join', room: room.code, participantId, tokenHash: hashSecret(token), name });
        }
        connection.session = { role: 'participant', room: room.code, participantId };
        send(connection, { type: 'welcome', role: 'participant', room: room.code, lessonId: room.lessonId, participantId, token, name });
        send(connection, participantState(room, participantId));
        updatePresenters(room);
        return;
      }
      case 'answer': {
        if (session.role !== 'participant') return refuse(connection, session.role === 'none' ? 'not-joined' : 'not-allowed');
        const room = rooms.get(session.room);
        const run = room && currentRun(room);
        if (!room || !run || run.question.id !== message.questionId || run.phase !== 'open' || room.ended) {
          return refuse(connection, 'not-open');
        }
        const previous = run.answers.get(session.participantId);
        if (previous?.answerId === message.answerId) {
          // A resend after a reconnect: already counted.
          return send(connection, { type: 'answer-received', questionId: run.question.id, answerId: message.answerId });
        }
        const response = checkAnswer(run.question, message.response);
        if (response === null) return refuse(connection, 'invalid-answer');
        store.commit({ e: 'answer', room: room.code, questionId: run.question.id, participantId: session.participantId, answerId: message.answerId, response });
        send(connection, { type: 'answer-received', questionId: run.question.id, answerId: message.answerId });
        updatePresenters(room);
        return;
      }
      default: {
        // Everything else runs the room: presenters only.
        if (session.role !== 'presenter') return refuse(connection, session.role === 'none' ? 'not-joined' : 'not-allowed');
        const room = rooms.get(session.room);
        if (!room || room.ended) return refuse(connection, 'unknown-room');
        const run = currentRun(room);
        if (message.type === 'results') return send(connection, { type: 'results', room: room.code, lessonId: room.lessonId, startedAt: room.createdAt, questions: sessionResults(room) });
        if (message.type === 'open') {
          store.commit({ e: 'open', room: room.code, question: message.question, position: message.position, count: message.count });
        } else if (message.type === 'close' || message.type === 'reveal') {
          if (!run) return refuse(connection, 'not-open');
          const phase = message.type === 'close' ? 'closed' : 'revealed';
          if (run.phase === phase) return;
          store.commit({ e: 'phase', room: room.code, questionId: run.question.id, phase });
        } else if (message.type === 'spotlight') {
          if (!run) return refuse(connection, 'not-open');
          store.commit({ e: 'spotlight', room: room.code, questionId: run.question.id, answerId: message.answerId });
          return updatePresenters(room);
        } else {
          store.commit({ e: 'end', room: room.code });
          log(`live session ${room.code} ended`);
        }
        updatePresenters(room);
        updateParticipants(room);
      }
    }
  }

  /** Token bucket: `rateBurst` at once, refilled at `ratePerSecond`. */
  function withinRate(connection: Connection): boolean {
    const at = now();
    connection.tokens = Math.min(LIMITS.rateBurst, connection.tokens + ((at - connection.refilledAt) / 1000) * LIMITS.ratePerSecond);
    connection.refilledAt = at;
    if (connection.tokens >= 1) {
      connection.tokens -= 1;
      return true;
    }
    return false;
  }

  function receive(connection: Connection, data: RawData, isBinary: boolean) {
    if (!withinRate(connection)) {
      // Say so once a second at most (a flood is not answered with a flood), and hang up on a sustained one.
      if (++connection.refusedFlood > 500) return connection.socket.close(1008, 'Too many messages');
      const at = now();
      if (at - connection.lastRateNotice > 1000) {
        connection.lastRateNotice = at;
        refuse(connection, 'rate-limited');
      }
      return;
    }
    if (isBinary) return refuse(connection, 'binary');
    const size = Array.isArray(data) ? data.reduce((sum, part) => sum + part.length, 0) : data.byteLength;
    const limit = connection.session.role === 'presenter' ? LIMITS.presenterMessageBytes : LIMITS.messageBytes;
    if (size > limit) return refuse(connection, 'too-large');
    let json: unknown;
    try {
      json = JSON.parse(Array.isArray(data) ? Buffer.concat(data).toString('utf8') : Buffer.from(data as ArrayBuffer).toString('utf8'));
    } catch {
      return refuse(connection, 'malformed');
    }
    const type = json && typeof json === 'object' ? (json as { type?: unknown }).type : undefined;
    if (typeof type !== 'string' || !MESSAGE_TYPES.has(type)) return refuse(connection, 'unknown-type');
    const parsed = clientMessageSchema.safeParse(json);
    if (!parsed.success) return refuse(connection, 'invalid');
    try {
      handle(connection, parsed.data);
    } catch (error) {
      log(`live: could not handle a ${type} message: ${(error as Error).message}`);
      refuse(connection, 'server-error');
    }
  }

  wss.on('connection', (socket: WebSocket, request: IncomingMessage) => {
    const connection: Connection = {
      socket,
      address: request.socket.remoteAddress ?? '',
      session: { role: 'none' },
      tokens: LIMITS.rateBurst,
      refilledAt: now(),
      refusedFlood: 0,
      lastRateNotice: 0,
      alive: true,
    };
    connections.add(connection);
    socket.on('message', (data, isBinary) => receive(connection, data, isBinary));
    socket.on('pong', () => (connection.alive = true));
    socket.on('error', () => socket.terminate());
    socket.on('close', () => {
      connections.delete(connection);
      if (connection.session.role === 'participant') {
        const room = rooms.get(connection.session.room);
        if (room) updatePresenters(room);
      }
    });
  });

  // Phones that vanish without closing (Wi-Fi lost) are dropped after a missed ping.
  const heartbeat = setInterval(() => {
    for (const c of connections) {
      if (!c.alive) {
        c.socket.terminate();
        continue;
      }
      c.alive = false;
      c.socket.ping();
    }
  }, HEARTBEAT_MS);
  heartbeat.unref();

  return {
    wss,
    /** Hands an HTTP upgrade on the relay's path to the WebSocket server. */
    upgrade(request: IncomingMessage, socket: Duplex, head: Buffer) {
      wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request));
    },
    close() {
      clearInterval(heartbeat);
      for (const c of connections) c.socket.terminate();
      wss.close();
    },
  };
}
