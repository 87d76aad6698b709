/**
 * Statements waiting to reach the LRS, kept in IndexedDB so that nothing is lost when the connection drops or
 * the page closes first: sent in order, as one batch (xAPI accepts a list), when the connection returns, on the
 * next launch, or when the page is hidden. Each statement carries an id made in the course, so a batch sent
 * twice (the answer was lost, not the request) is stored once by the LRS. Without IndexedDB (some private
 * modes) the queue lives in memory.
 *
 * An LRS that refuses a batch (a 4xx other than 409) may be refusing one statement in it: the batch is split until
 * the refused ones are found; they are kept apart with the LRS's reason (never sent again, never deleted) and the
 * rest is sent. Nothing a learner did is lost to one statement the LRS will not take.
 */
/**
 * A statement's id: an RFC 4122 version 4 UUID (xAPI 1.0.3 names RFC 4122; stricter LRSs refuse later versions)
 * whose 122 free bits come from SHA-256 of what the statement reports, not from a random source: the same statement
 * sent again (its answer was lost, the page closed) keeps its id, and the LRS stores it once.
 */
export async function statementId(key: string): Promise<string> {
  const bytes = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(key))).slice(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export interface QueuedStatement {
  id: string;
  [key: string]: unknown;
}

const DB = 'frontline-lms';
const STORE = 'outbox';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

async function openDb(): Promise<IDBDatabase | undefined> {
  try {
    if (typeof indexedDB === 'undefined') return undefined;
    const open = indexedDB.open(DB, 1);
    open.onupgradeneeded = () => open.result.createObjectStore(STORE, { keyPath: 'seq', autoIncrement: true });
    return await request(open);
  } catch {
    return undefined;
  }
}

/** A statement the LRS refused on its own, with the LRS's answer. */
export interface RefusedStatement {
  statement: QueuedStatement;
  status: number;
  reason: string;
}

/** What the LRS answered a POST of statements: its HTTP status and, for a refusal, what it said. */
export interface SendResult {
  status: number;
  reason?: string;
}

export interface Outbox {
  /** Queues at once; the promise settles when the statement is also kept in IndexedDB. */
  add(statement: QueuedStatement): Promise<void>;
  /** Sends everything queued, oldest first, in one request; resolves true when the queue is empty. */
  flush(options?: { keepalive?: boolean }): Promise<boolean>;
  pending(): readonly QueuedStatement[];
  /** Statements the LRS refused (kept, with its reason), oldest first. */
  refused(): readonly RefusedStatement[];
}

interface Entry {
  seq?: number;
  statement: QueuedStatement;
}

interface Row {
  seq: number;
  scope: string;
  statement: QueuedStatement;
  refused?: { status: number; reason: string };
}

/**
 * `send` posts a list of statements and answers with the HTTP status (throws when the network fails).
 * `scope` keeps one registration's statements apart from another's in the same browser. `onRefused` hears of each
 * statement the LRS refused on its own (after the batch was split to find it).
 */
export async function createOutbox(
  scope: string,
  send: (statements: QueuedStatement[], keepalive: boolean) => Promise<number | SendResult>,
  onRefused: (refused: RefusedStatement) => void = () => {},
): Promise<Outbox> {
  const db = await openDb();
  const queue: Entry[] = [];
  const refused: RefusedStatement[] = [];
  if (db) {
    try {
      const rows = (await request(db.transaction(STORE).objectStore(STORE).getAll())) as Row[];
      for (const row of rows) {
        if (row.scope !== scope) continue;
        if (row.refused) refused.push({ statement: row.statement, ...row.refused });
        else queue.push({ seq: row.seq, statement: row.statement });
      }
    } catch {
      // an unreadable queue is an empty one
    }
  }
  let sending: Promise<boolean> | undefined;

  /** Keeps a refused statement apart, in IndexedDB too, with the LRS's reason. */
  const setAside = async (entry: Entry, status: number, reason: string) => {
    const at = queue.indexOf(entry);
    if (at >= 0) queue.splice(at, 1);
    const kept = { statement: entry.statement, status, reason };
    refused.push(kept);
    onRefused(kept);
    if (!db || entry.seq === undefined) return;
    try {
      const row: Row = { seq: entry.seq, scope, statement: entry.statement, refused: { status, reason } };
      await request(db.transaction(STORE, 'readwrite').objectStore(STORE).put(row));
    } catch {
      // kept in memory for this page
    }
  };

  const forget = async (seqs: number[]) => {
    if (!db || seqs.length === 0) return;
    try {
      const store = db.transaction(STORE, 'readwrite').objectStore(STORE);
      await Promise.all(seqs.map((seq) => request(store.delete(seq))));
    } catch {
      // left for the next flush: the LRS ignores a statement id it already has
    }
  };

  /** Statements go in batches of at most this many bytes: a page that is closing may send only 64 KB in all. */
  const KEEPALIVE_BYTES = 60_000;

  const flushNow = async (keepalive: boolean): Promise<boolean> => {
    let batch = queue.slice();
    if (batch.length === 0) return true;
    if (keepalive) {
      // Oldest first, as many as a closing page may send; the rest wait in IndexedDB for the next launch.
      let bytes = 2;
      const fits = batch.findIndex((entry) => (bytes += JSON.stringify(entry.statement).length + 1) > KEEPALIVE_BYTES);
      if (fits === 0) return false;
      if (fits > 0) batch = batch.slice(0, fits);
    }
    if (!(await sendBatch(batch, keepalive))) return false;
    return queue.length === 0;
  };

  /**
   * Sends one batch; true when the LRS has answered for every statement in it. 2xx: stored. 409 for one statement:
   * the LRS already holds its id (an earlier send got through). Any other 4xx, and a 409 for several (an LRS takes a
   * batch whole or not at all, so one id it holds keeps the rest out too), will never succeed as sent: the batch is
   * split in halves until the refused statements are found, and those are set aside, so the rest still goes.
   */
  const sendBatch = async (batch: Entry[], keepalive: boolean): Promise<boolean> => {
    let answer: SendResult;
    try {
      const sent = await send(batch.map((entry) => entry.statement), keepalive);
      answer = typeof sent === 'number' ? { status: sent } : sent;
    } catch {
      return false;
    }
    const { status } = answer;
    const stored = (status >= 200 && status < 300) || (status === 409 && batch.length === 1);
    if (!stored && !(status >= 400 && status < 500)) return false;
    if (!stored) {
      if (batch.length > 1) {
        const half = Math.ceil(batch.length / 2);
        // In order, so a statement never overtakes one queued before it.
        return (await sendBatch(batch.slice(0, half), keepalive)) && (await sendBatch(batch.slice(half), keepalive));
      }
      const reason = answer.reason?.trim() || `HTTP ${status}`;
      console.error(`Frontline: the LRS refused statement ${batch[0]!.statement.id} (HTTP ${status}): ${reason}. It is kept in this browser.`);
      await setAside(batch[0]!, status, reason);
      return true;
    }
    // Removed by identity, not by count: a closing page's send may have overtaken this one.
    for (const entry of batch) {
      const at = queue.indexOf(entry);
      if (at >= 0) queue.splice(at, 1);
    }
    await forget(batch.flatMap((entry) => (entry.seq === undefined ? [] : [entry.seq])));
    return true;
  };

  return {
    async add(statement) {
      const entry: Entry = { statement };
      queue.push(entry);
      if (!db) return;
      try {
        entry.seq = (await request(db.transaction(STORE, 'readwrite').objectStore(STORE).add({ scope, statement }))) as number;
        // Sent while it was being written: nothing left to keep.
        if (!queue.includes(entry)) await forget([entry.seq]);
      } catch {
        // kept in memory for this page
      }
    },
    flush(options = {}) {
      // A closing page sends at once, even over a send still under way (that one may never be answered once the
      // page is gone; a statement that arrives twice is stored once, by its id).
      if (options.keepalive) return flushNow(true);
      // Otherwise one flush at a time, so a batch is not sent twice at once; a later call waits for the earlier one.
      const run = (sending ?? Promise.resolve(true)).then(() => flushNow(false));
      sending = run.finally(() => {
        if (sending === run) sending = undefined;
      });
      return run;
    },
    pending: () => queue.map((entry) => entry.statement),
    refused: () => refused.slice(),
  };
}
