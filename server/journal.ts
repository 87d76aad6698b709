/**
 * The embedded store: an append-only journal of room events, one JSON object per line (NDJSON), in plain
 * files. Every accepted change is appended before anyone is told it happened, so a server that is killed
 * keeps every answer it acknowledged. On start the journal is read back (a torn last line is skipped) and
 * rewritten compacted, atomically: written to a temporary file, then renamed over the journal.
 */
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { applyEvent, type RoomEvent, type Rooms } from './rooms.ts';

const COMPACT_AFTER = 20_000;

export interface Store {
  rooms: Rooms;
  /** Appends one event to the journal, then applies it. Throws if the disk refuses the write. */
  commit(event: RoomEvent): void;
  close(): void;
  readonly file: string;
}

/** The events that rebuild the rooms as they are now, without their history. */
export function compactEvents(rooms: Rooms): RoomEvent[] {
  const events: RoomEvent[] = [];
  for (const room of rooms.values()) {
    if (room.ended) continue;
    events.push({ e: 'room', room: room.code, lessonId: room.lessonId, secretHash: room.secretHash, at: room.createdAt });
    for (const p of room.participants.values()) {
      events.push({ e: 'join', room: room.code, participantId: p.id, tokenHash: p.tokenHash, name: p.name });
    }
    // The question in play goes last, so it is the current one again.
    const runs = [...room.runs.values()].sort((a, b) => Number(a.question.id === room.current) - Number(b.question.id === room.current));
    for (const run of runs) {
      events.push({ e: 'open', room: room.code, question: run.question, position: run.position, count: run.count });
      for (const [participantId, answer] of run.answers) {
        events.push({ e: 'answer', room: room.code, questionId: run.question.id, participantId, ...answer });
      }
      if (run.phase !== 'open') events.push({ e: 'phase', room: room.code, questionId: run.question.id, phase: run.phase });
      if (run.spotlight) events.push({ e: 'spotlight', room: room.code, questionId: run.question.id, answerId: run.spotlight });
    }
  }
  return events;
}

function readJournal(file: string, rooms: Rooms): number {
  if (!existsSync(file)) return 0;
  let skipped = 0;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    try {
      applyEvent(rooms, JSON.parse(line) as RoomEvent);
    } catch {
      // A line torn by a crash mid-write, or edited by hand: the rest of the journal still counts.
      skipped++;
    }
  }
  return skipped;
}

function writeAtomically(file: string, events: RoomEvent[]): void {
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, events.map((event) => JSON.stringify(event) + '\n').join(''));
  renameSync(temp, file);
}

export function openStore(dataDir: string): Store {
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, 'live-journal.ndjson');
  const rooms: Rooms = new Map();
  readJournal(file, rooms);
  writeAtomically(file, compactEvents(rooms));
  let fd = openSync(file, 'a');
  let appended = 0;

  return {
    rooms,
    file,
    commit(event) {
      writeSync(fd, JSON.stringify(event) + '\n');
      applyEvent(rooms, event);
      if (++appended >= COMPACT_AFTER) {
        closeSync(fd);
        writeAtomically(file, compactEvents(rooms));
        fd = openSync(file, 'a');
        appended = 0;
      }
    },
    close() {
      closeSync(fd);
    },
  };
}
