/**
 * The embedded store: an append-only journal of room events, one JSON object per line (NDJSON), in plain
 * files. Every accepted change is written whole and flushed to disk before anyone is told it happened, so a server
 * that is killed keeps every answer it acknowledged, and a full disk refuses the answer instead of confirming it.
 * One server per data folder: a lock file is taken before anything is read or written, and a second server on the
 * same folder refuses to start, naming the one that holds it. On start the journal is read back and rewritten
 * compacted, atomically (a temporary file renamed over it); lines that cannot be read are counted, reported and kept
 * in a copy of the untouched original.
 */
import {
  closeSync,
  copyFileSync,
  existsSync,
  fsyncSync,
  ftruncateSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  unlinkSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';
import { applyEvent, type RoomEvent, type Rooms } from './rooms.ts';

/** Why the workshop server cannot start, in words for the trainer (the process prints it and exits non-zero). */
export class WorkshopStartError extends Error {}

/** The parts of the file system the journal writes through (a test passes a disk that fills up). */
export interface JournalDisk {
  writeSync(fd: number, data: Buffer, offset: number, length: number): number;
}
const realDisk: JournalDisk = { writeSync: (fd, data, offset, length) => writeSync(fd, data, offset, length) };

const COMPACT_AFTER = 20_000;

export interface Store {
  rooms: Rooms;
  /**
   * Appends one event to the journal, flushes it, then applies it. Throws if the disk refuses the write; the
   * journal is then cut back to its last whole line, so the next event does not join a broken one.
   */
  commit(event: RoomEvent): void;
  close(): void;
  readonly file: string;
  /** Lines of the journal that could not be read at start (1-based), and where the untouched original is kept. */
  readonly damaged: { readonly lines: readonly number[]; readonly copy: string } | null;
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

/** Applies every readable line; returns the (1-based) numbers of the lines it could not read. */
function readJournal(file: string, rooms: Rooms): number[] {
  if (!existsSync(file)) return [];
  const damaged: number[] = [];
  const lines = readFileSync(file, 'utf8').split('\n');
  lines.forEach((line, index) => {
    if (!line.trim()) return;
    try {
      applyEvent(rooms, JSON.parse(line) as RoomEvent);
    } catch {
      // A line torn by a crash mid-write, or edited by hand: the rest of the journal still counts.
      damaged.push(index + 1);
    }
  });
  return damaged;
}

const LOCK = 'live-journal.lock';

/** True when a process with this id is running (signal 0 checks without sending anything). */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes the data folder for this process: creates the lock file exclusively, or, if another live process holds it,
 * refuses with its id and start time. A lock left by a process that is gone (a crash, a power cut) is taken over.
 */
function takeLock(dataDir: string): string {
  const lock = path.join(dataDir, LOCK);
  const mine = JSON.stringify({ pid: process.pid, startedAt: new Date().toISOString() });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(lock, mine, { flag: 'wx' });
      return lock;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      let holder: { pid?: number; startedAt?: string } = {};
      try {
        holder = JSON.parse(readFileSync(lock, 'utf8')) as typeof holder;
      } catch {
        // An empty or torn lock file: treat it as left behind.
      }
      if (typeof holder.pid === 'number' && holder.pid !== process.pid && running(holder.pid)) {
        throw new WorkshopStartError(
          `Another workshop server (process ${holder.pid}, started ${holder.startedAt ?? 'at an unknown time'}) is using the data folder ${dataDir}. ` +
            'Stop it first (Ctrl+C in its window), or start this one with --data and another folder.',
        );
      }
      unlinkSync(lock);
    }
  }
  throw new WorkshopStartError(`Could not take the data folder ${dataDir}: another server keeps taking it.`);
}

function writeAtomically(file: string, events: RoomEvent[]): void {
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, events.map((event) => JSON.stringify(event) + '\n').join(''));
  renameSync(temp, file);
}

/** What a file-system error means for a trainer starting the server. */
function startError(error: unknown, what: string): WorkshopStartError {
  if (error instanceof WorkshopStartError) return error;
  const e = error as NodeJS.ErrnoException;
  const why =
    e.code === 'EACCES' || e.code === 'EPERM'
      ? 'permission denied'
      : e.code === 'EROFS'
        ? 'the folder is read-only'
        : e.code === 'ENOSPC'
          ? 'the disk is full'
          : e.code === 'EISDIR'
            ? 'a folder is in the way'
            : (e.message ?? String(error));
  return new WorkshopStartError(`Cannot ${what}: ${why}. Choose another folder with --data, or fix its permissions.`);
}

export function openStore(dataDir: string, disk: JournalDisk = realDisk): Store {
  const file = path.join(dataDir, 'live-journal.ndjson');
  let lock: string;
  try {
    mkdirSync(dataDir, { recursive: true });
    lock = takeLock(dataDir);
  } catch (error) {
    throw startError(error, `use the data folder ${dataDir}`);
  }
  const rooms: Rooms = new Map();
  let fd: number;
  let size: number;
  let damaged: Store['damaged'] = null;
  try {
    const lines = readJournal(file, rooms);
    if (lines.length > 0) {
      // Keep the untouched original beside the journal before the compaction drops what could not be read.
      const copy = path.join(dataDir, `live-journal.damaged-${new Date().toISOString().replace(/[:.]/g, '-')}.ndjson`);
      copyFileSync(file, copy);
      damaged = { lines, copy };
    }
    writeAtomically(file, compactEvents(rooms));
    fd = openSync(file, 'a');
    size = readFileSync(file).length;
  } catch (error) {
    unlinkSync(lock);
    throw startError(error, `read and rewrite the journal ${file}`);
  }
  let appended = 0;

  /** Writes a whole line and flushes it, or cuts the journal back to where it was and throws. */
  const append = (line: string) => {
    const data = Buffer.from(line);
    let written = 0;
    try {
      while (written < data.length) {
        const n = disk.writeSync(fd, data, written, data.length - written);
        if (n <= 0) throw Object.assign(new Error('the disk accepted no more bytes'), { code: 'ENOSPC' });
        written += n;
      }
      fsyncSync(fd);
      size += data.length;
    } catch (error) {
      try {
        ftruncateSync(fd, size);
      } catch {
        // The next start skips a torn line in any case.
      }
      throw error;
    }
  };

  return {
    rooms,
    file,
    damaged,
    commit(event) {
      append(JSON.stringify(event) + '\n');
      applyEvent(rooms, event);
      if (++appended >= COMPACT_AFTER) {
        closeSync(fd);
        writeAtomically(file, compactEvents(rooms));
        fd = openSync(file, 'a');
        size = readFileSync(file).length;
        appended = 0;
      }
    },
    close() {
      closeSync(fd);
      try {
        unlinkSync(lock);
      } catch {
        // Already gone: nothing to release.
      }
    },
  };
}
