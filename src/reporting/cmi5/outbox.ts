/**
 * Statements waiting to reach the LRS, kept in IndexedDB so that nothing is lost when the connection drops or
 * the page closes first: sent in order, as one batch (xAPI accepts a list), when the connection returns, on the
 * next launch, or when the page is hidden. Each statement carries an id made in the course, so a batch sent
 * twice (the answer was lost, not the request) is stored once by the LRS. Without IndexedDB (some private
 * modes) the queue lives in memory.
 */
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

export interface Outbox {
  /** Queues at once; the promise settles when the statement is also kept in IndexedDB. */
  add(statement: QueuedStatement): Promise<void>;
  /** Sends everything queued, oldest first, in one request; resolves true when the queue is empty. */
  flush(options?: { keepalive?: boolean }): Promise<boolean>;
  pending(): readonly QueuedStatement[];
}

/**
 * `send` posts a list of statements and answers with the HTTP status (throws when the network fails).
 * `scope` keeps one registration's statements apart from another's in the same browser.
 */
export async function createOutbox(scope: string, send: (statements: QueuedStatement[], keepalive: boolean) => Promise<number>): Promise<Outbox> {
  const db = await openDb();
  const queue: { seq?: number; statement: QueuedStatement }[] = [];
  if (db) {
    try {
      const rows = await request(db.transaction(STORE).objectStore(STORE).getAll()) as { seq: number; scope: string; statement: QueuedStatement }[];
      for (const row of rows) if (row.scope === scope) queue.push({ seq: row.seq, statement: row.statement });
    } catch {
      // an unreadable queue is an empty one
    }
  }
  let sending: Promise<boolean> | undefined;

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
    let status: number;
    try {
      status = await send(batch.map((entry) => entry.statement), keepalive);
    } catch {
      return false;
    }
    // 2xx: stored. 409: the LRS already holds these ids (an earlier send got through). Any other 4xx will never
    // succeed as sent: drop it rather than block every later statement behind it.
    const done = (status >= 200 && status < 300) || (status >= 400 && status < 500);
    if (!done) return false;
    if (status >= 400 && status !== 409) console.error(`Frontline: the LRS refused ${batch.length} statement(s) (HTTP ${status}).`);
    // Removed by identity, not by count: a closing page's send may have overtaken this one.
    for (const entry of batch) {
      const at = queue.indexOf(entry);
      if (at >= 0) queue.splice(at, 1);
    }
    await forget(batch.flatMap((entry) => (entry.seq === undefined ? [] : [entry.seq])));
    return queue.length === 0;
  };

  return {
    async add(statement) {
      const entry: { seq?: number; statement: QueuedStatement } = { statement };
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
  };
}
