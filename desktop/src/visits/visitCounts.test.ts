import 'fake-indexeddb/auto';
import type { Change } from '@keliling/sync';
import { afterEach, describe, expect, it } from 'vitest';
import { type KelilingDb, openDatabase } from '../db/database';
import { createDexieStorage } from '../db/dexieStorage';
import { unlockedTestVault } from '../security/testKeys';
import { countVisitRecords } from './visitCounts';

const opened: KelilingDb[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await db.delete();
  }
});

const entities = ['sim_applications', 'skck_applications', 'complaints', 'outreach_sessions'] as const;
const hlc = (i: number) => `2026-11-28T02:00:00.000Z-${i.toString(16).padStart(4, '0')}-9f3a6c2e1b7d4a05`;

describe('countVisitRecords', () => {
  it('counts the live records of each visit per service from the visit index, equal to counting the records', async () => {
    const db = openDatabase(`visits-${Math.random()}`);
    opened.push(db);
    const vault = unlockedTestVault();
    const storage = createDexieStorage(db, vault);
    // 120 records: visit a, visit b or none, spread over four services; some deleted later; a visit's own row.
    const records = Array.from({ length: 120 }, (_, i) => ({
      entity: entities[i % entities.length] as string,
      entityId: `R${String(i).padStart(4, '0')}`,
      visitId: i % 3 === 0 ? 'visit-a' : i % 3 === 1 ? 'visit-b' : undefined,
      deleted: i % 11 === 0,
    }));
    let n = 0;
    const write = (change: Omit<Change, 'id' | 'hlc'>) => storage.write({ ...change, id: `c${++n}`, hlc: hlc(n) });
    for (const record of records)
      await write({
        entity: record.entity,
        entityId: record.entityId,
        fields: {
          fullName: 'Siti Rahayu',
          status: 'submitted',
          ...(record.visitId ? { visitId: record.visitId } : {}),
        },
      });
    for (const record of records.filter((r) => r.deleted))
      await write({ entity: record.entity, entityId: record.entityId, fields: {}, deleted: true });
    await write({ entity: 'visits', entityId: 'visit-a', fields: { status: 'in_progress', visitId: 'visit-a' } });
    // A record moved from visit b to visit a (an edit of its link) counts once, where it is now.
    const moved = records[1] as (typeof records)[number];
    await write({ entity: moved.entity, entityId: moved.entityId, fields: { visitId: 'visit-a' } });
    moved.visitId = 'visit-a';

    const expected = new Map<string, Record<string, number>>();
    for (const record of records) {
      if (!record.visitId || record.deleted) continue;
      const perEntity = expected.get(record.visitId) ?? {};
      perEntity[record.entity] = (perEntity[record.entity] ?? 0) + 1;
      expected.set(record.visitId, perEntity);
    }
    const counts = await countVisitRecords(db, vault.cipher(), ['visit-a', 'visit-b', 'visit-c', 'visit-a']);
    expect(Object.fromEntries(counts.get('visit-a') ?? [])).toEqual(expected.get('visit-a'));
    expect(Object.fromEntries(counts.get('visit-b') ?? [])).toEqual(expected.get('visit-b'));
    expect(counts.has('visit-c')).toBe(false);
    // In the services' order, whatever order the records came in.
    expect([...(counts.get('visit-a')?.keys() ?? [])]).toEqual([
      'sim_applications',
      'skck_applications',
      'complaints',
      'outreach_sessions',
    ]);
    // No record is opened: a cipher that cannot open anything still counts (the keyed hash of the visit is enough).
    const blindOnly = {
      ...vault.cipher(),
      open: () => {
        throw new Error('opened a record');
      },
    };
    expect(await countVisitRecords(db, blindOnly, ['visit-b'])).toEqual(new Map([['visit-b', counts.get('visit-b')]]));
  });
});
