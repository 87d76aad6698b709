import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createOutbox, statementId, type QueuedStatement } from '../../src/reporting/cmi5/outbox.ts';

/**
 * The cmi5 outbox against an LRS that refuses some statements on their own (a strict LRS refusing an id, a field it
 * does not take). Here without IndexedDB (Node), so the queue lives in memory; the browser journey covers IndexedDB.
 */

const statement = (n: number): QueuedStatement => ({ id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`, verb: { id: 'answered' } });

/** An LRS that stores every statement of a batch unless the batch holds one it refuses, then refuses it all (400). */
function strictLrs(refuses: (s: QueuedStatement) => boolean) {
  const stored: string[] = [];
  const posts: number[] = [];
  const send = async (batch: QueuedStatement[]) => {
    posts.push(batch.length);
    const bad = batch.find(refuses);
    if (bad) return { status: 400, reason: `statement ${bad.id}: refused` };
    for (const s of batch) if (!stored.includes(s.id)) stored.push(s.id);
    return { status: 200 };
  };
  return { stored, posts, send };
}

describe('an LRS refusal never loses statements', () => {
  it('finds the refused statement in a batch, keeps it with the reason, and sends the rest in order', async () => {
    const lrs = strictLrs((s) => s.id.endsWith('3'));
    const told: string[] = [];
    const outbox = await createOutbox('reg', lrs.send, (refused) => told.push(refused.statement.id));
    for (let n = 1; n <= 6; n++) await outbox.add(statement(n));
    await expect(outbox.flush()).resolves.toBe(true);
    expect(lrs.stored).toEqual([1, 2, 4, 5, 6].map((n) => statement(n).id));
    expect(outbox.pending()).toEqual([]);
    expect(outbox.refused()).toEqual([{ statement: statement(3), status: 400, reason: `statement ${statement(3).id}: refused` }]);
    expect(told).toEqual([statement(3).id]);
    // A refused statement is never sent again.
    await outbox.add(statement(7));
    await outbox.flush();
    expect(lrs.stored.at(-1)).toBe(statement(7).id);
    expect(outbox.refused()).toHaveLength(1);
  });

  it('whatever the LRS refuses, every statement is either stored once or kept as refused, and order is kept', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 40 }), fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }), async (count, refusedFlags) => {
        const refuses = (s: QueuedStatement) => refusedFlags[Number(s.id.slice(-12)) - 1]!;
        const lrs = strictLrs(refuses);
        const outbox = await createOutbox('reg', lrs.send);
        const all = Array.from({ length: count }, (_, i) => statement(i + 1));
        for (const s of all) await outbox.add(s);
        await outbox.flush();
        expect(lrs.stored).toEqual(all.filter((s) => !refuses(s)).map((s) => s.id));
        expect(outbox.refused().map((r) => r.statement.id)).toEqual(all.filter(refuses).map((s) => s.id));
        expect(outbox.pending()).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('a 409 for a batch (one id already stored) is split until each 409 is about one statement, which counts as stored', async () => {
    const stored = new Set([statement(2).id]);
    const outbox = await createOutbox('reg', async (batch) => {
      if (batch.some((s) => stored.has(s.id))) return 409;
      for (const s of batch) stored.add(s.id);
      return 200;
    });
    for (let n = 1; n <= 4; n++) await outbox.add(statement(n));
    await expect(outbox.flush()).resolves.toBe(true);
    expect([...stored].sort()).toEqual([1, 2, 3, 4].map((n) => statement(n).id));
    expect(outbox.refused()).toEqual([]);
  });

  it('a server error or a lost connection keeps the batch for later, whole', async () => {
    let fail: 'network' | 500 | null = 'network';
    const outbox = await createOutbox('reg', async () => {
      if (fail === 'network') throw new TypeError('Failed to fetch');
      return fail ?? 200;
    });
    await outbox.add(statement(1));
    await outbox.add(statement(2));
    await expect(outbox.flush()).resolves.toBe(false);
    fail = 500;
    await expect(outbox.flush()).resolves.toBe(false);
    expect(outbox.pending()).toHaveLength(2);
    fail = null;
    await expect(outbox.flush()).resolves.toBe(true);
    expect(outbox.refused()).toEqual([]);
  });
});

describe('statement ids', () => {
  it('are RFC 4122 version 4 UUIDs, the same for the same statement and different for different ones', async () => {
    const v4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    await fc.assert(
      fc.asyncProperty(fc.string(), fc.string(), async (a, b) => {
        const [x, y, again] = await Promise.all([statementId(a), statementId(b), statementId(a)]);
        expect(x).toMatch(v4);
        expect(again).toBe(x);
        if (a !== b) expect(y).not.toBe(x);
      }),
    );
  });
});
