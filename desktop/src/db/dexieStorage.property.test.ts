import 'fake-indexeddb/auto';
import { type Change, createMemoryStorage, type PushOutcome, type SyncStorage } from '@keliling/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unlockedTestVault } from '../security/testKeys';
import { openDatabase } from './database';
import { createDexieStorage } from './dexieStorage';

const node = '0123456789abcdef';
const entityIds = ['r1', 'r2', 'r3'];
const changeIds = ['c1', 'c2', 'c3', 'c4', 'c5', 'c6'];

const changeArb: fc.Arbitrary<Change> = fc
  .record({
    id: fc.constantFrom(...changeIds),
    entityId: fc.constantFrom(...entityIds),
    ms: fc.integer({ min: 0, max: 20 }),
    fields: fc.dictionary(
      fc.constantFrom('fullName', 'nik', 'status'),
      fc.oneof(fc.string({ maxLength: 3 }), fc.constant(null)),
      { maxKeys: 3 },
    ),
    deleted: fc.option(fc.boolean(), { nil: undefined }),
  })
  .map(({ id, entityId, ms, fields, deleted }) => ({
    id,
    entity: 'sim_applications',
    entityId,
    hlc: `${new Date(Date.UTC(2026, 10, 28, 0, 0, 0, ms)).toISOString()}-0000-${node}`,
    fields,
    ...(deleted !== undefined ? { deleted } : {}),
  }));

const outcomeArb: fc.Arbitrary<PushOutcome> = fc.oneof(
  changeArb.map((change) => ({ kind: 'confirmed' as const, change })),
  changeArb.map((change) => ({
    kind: 'rejected' as const,
    change,
    reason: { code: 'invalid_field', message: 'x' },
    rejectedAt: '2026-11-28T00:00:00.000Z',
  })),
  fc
    .tuple(fc.constantFrom(...changeIds), changeArb)
    .map(([replacesId, change]) => ({ kind: 'replaced' as const, replacesId, change })),
);

type Op =
  | { op: 'write'; change: Change }
  | { op: 'outcomes'; outcomes: PushOutcome[] }
  | { op: 'pull'; changes: Change[]; cursor: string; reset: boolean }
  | { op: 'dismiss'; changeId: string };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: changeArb.map((change) => ({ op: 'write' as const, change })) },
  {
    weight: 2,
    arbitrary: fc.array(outcomeArb, { maxLength: 4 }).map((outcomes) => ({ op: 'outcomes' as const, outcomes })),
  },
  {
    weight: 2,
    arbitrary: fc
      .record({
        changes: fc.array(changeArb, { maxLength: 3 }),
        cursor: fc.string({ minLength: 1, maxLength: 4 }),
        reset: fc.boolean(),
      })
      .map((page) => ({ op: 'pull' as const, ...page })),
  },
  { weight: 1, arbitrary: fc.constantFrom(...changeIds).map((changeId) => ({ op: 'dismiss' as const, changeId })) },
);

async function run(storage: SyncStorage, ops: Op[]) {
  for (const op of ops) {
    if (op.op === 'write') await storage.write(op.change);
    else if (op.op === 'outcomes') await storage.recordPushOutcomes(op.outcomes);
    else if (op.op === 'pull') await storage.applyPull({ changes: op.changes, cursor: op.cursor, reset: op.reset });
    else await storage.dismissRejection(op.changeId);
  }
  const byId = <T extends { entityId: string }>(list: T[]) =>
    [...list].sort((a, b) => a.entityId.localeCompare(b.entityId));
  return {
    outbox: await storage.outbox(),
    size: await storage.outboxSize(),
    cursor: await storage.cursor(),
    confirmed: byId(await storage.confirmedStates()),
    records: byId(await storage.records('sim_applications')),
    one: await Promise.all(entityIds.map((id) => storage.record('sim_applications', id))),
    rejections: await storage.rejections({ includeDismissed: true }),
  };
}

describe('Dexie SyncStorage (property)', () => {
  // 150 fresh IndexedDB databases take about 15 s on an idle machine but near the 60 s default on a loaded one.
  it('any sequence of operations leaves it answering exactly like the memory storage', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { maxLength: 12 }), async (ops) => {
        n += 1;
        const db = openDatabase(`prop-${n}-${Math.random()}`);
        try {
          const expected = await run(createMemoryStorage(), ops);
          const actual = await run(createDexieStorage(db, unlockedTestVault()), ops);
          expect(actual).toEqual(expected);
          // The outbox holds each change id at most once, whatever the outcomes said.
          expect(new Set(actual.outbox.map((c) => c.id)).size).toBe(actual.outbox.length);
        } finally {
          db.close();
          await db.delete();
        }
      }),
      { numRuns: Number(process.env.PROP_RUNS ?? 150) },
    );
  }, 180_000);
});
