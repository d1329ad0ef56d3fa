import 'fake-indexeddb/auto';
import type { SyncState } from '@keliling/sync';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { createRecordCipher } from '../security/recordCipher';
import { type KelilingDb, openDatabase, type RecordViewRow } from './database';
import { createDexieStorage } from './dexieStorage';
import { namePairQuery } from './namePairs';
import {
  firstRecordPage,
  openRecordSource,
  openRecordWindow,
  queryRecordKeys,
  recordChangeLog,
  syncStateCounts,
} from './recordQuery';
import { reindexRecords, staleIndexCount } from './reindex';
import { sealView } from './sealedRows';

const cipher = createRecordCipher(new Uint8Array(32).fill(7));
const opened: KelilingDb[] = [];
let counter = 0;
const freshName = () => `records-${++counter}-${Math.random()}`;

afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await db.delete();
  }
});

const statuses = ['submitted', 'verified', 'cancelled', 'draft'] as const;
const syncStates: SyncState[] = ['synced', 'synced', 'synced', 'pending', 'rejected'];
const givenNames = ['Siti', 'Budi', 'Wahyu', 'Sri', 'Agus', 'Dewi', 'Joko'];
const familyNames = ['Rahayu', 'Santoso', 'Wibowo', 'Lestari', 'Nugroho', 'Sitorus'];

/** Record i of the fixture: everything derives from i, so the expected answers can be computed independently. */
function fixture(i: number): RecordViewRow {
  const entity = i % 10 === 0 ? 'skck_applications' : 'sim_applications';
  const fields = {
    nik: `3404${String(i).padStart(12, '0')}`,
    fullName: `${givenNames[i % givenNames.length]} ${familyNames[i % familyNames.length]}`,
    receiptNumber: `${entity === 'sim_applications' ? 'SIM' : 'SKCK'}-7K2P-${String(i).padStart(5, '0')}-X`,
    status: statuses[i % statuses.length],
    ...(i % 3 === 0 ? { visitId: `visit-${i % 2}` } : {}),
  };
  return {
    entity,
    entityId: `R${String(i).padStart(6, '0')}`,
    fields,
    deleted: false,
    syncState: syncStates[i % syncStates.length] ?? 'synced',
    pendingCount: 0,
    rejections: [],
    lastHlc: `2026-11-28T02:00:00.000Z-${i.toString(16).padStart(4, '0')}-9f3a6c2e1b7d4a05`,
  };
}

const total = 3000;
const all = Array.from({ length: total }, (_, i) => fixture(i));
const expectedIds = (keep: (row: RecordViewRow) => boolean) =>
  all
    .filter(keep)
    .sort((a, b) => (a.lastHlc < b.lastHlc ? 1 : -1))
    .map((row) => row.entityId);

async function seeded(): Promise<KelilingDb> {
  const db = openDatabase(freshName());
  opened.push(db);
  await db.records.bulkPut(all.map((row) => sealView(cipher, row)));
  // An officer record (reference data) must never show in the list, whatever its fields.
  await db.records.put(sealView(cipher, { ...fixture(1), entity: 'officers', entityId: 'officer-x' }));
  return db;
}

const ids = async (db: KelilingDb, filter: Parameters<typeof queryRecordKeys>[2]) =>
  (await queryRecordKeys(db, cipher, filter)).map((key) => key[1]);

describe('the records list queries (3,000 records, through the indexes)', () => {
  it('lists every service record newest first, and only those', async () => {
    const db = await seeded();
    expect(await ids(db, {})).toEqual(expectedIds(() => true));
    expect(await ids(db, { entity: 'skck_applications' })).toEqual(
      expectedIds((row) => row.entity === 'skck_applications'),
    );
  });

  it('filters by status, sync state and visit, alone and combined', async () => {
    const db = await seeded();
    expect(await ids(db, { status: 'verified' })).toEqual(expectedIds((row) => row.fields.status === 'verified'));
    expect(await ids(db, { syncState: 'rejected' })).toEqual(expectedIds((row) => row.syncState === 'rejected'));
    expect(await ids(db, { visitId: 'visit-1' })).toEqual(expectedIds((row) => row.fields.visitId === 'visit-1'));
    expect(await ids(db, { entity: 'sim_applications', status: 'cancelled', syncState: 'pending' })).toEqual(
      expectedIds(
        (row) => row.entity === 'sim_applications' && row.fields.status === 'cancelled' && row.syncState === 'pending',
      ),
    );
    expect((await ids(db, { status: 'verified' })).length).toBe(total / 4);
  });

  it('finds by NIK, by receipt number (any case) and by name word starts, within the filters', async () => {
    const db = await seeded();
    expect(await ids(db, { search: '3404000000001234' })).toEqual(['R001234']);
    expect(await ids(db, { search: 'sim-7k2p-01234-x' })).toEqual(['R001234']);
    expect(await ids(db, { search: 'SKCK-7K2P-01230-X' })).toEqual(['R001230']);
    const sitiRahayu = (row: RecordViewRow) => row.fields.fullName === 'Siti Rahayu';
    expect(await ids(db, { search: 'sit rah' })).toEqual(expectedIds(sitiRahayu));
    expect(await ids(db, { search: 'sit rah', status: 'draft' })).toEqual(
      expectedIds((row) => sitiRahayu(row) && row.fields.status === 'draft'),
    );
    expect(await ids(db, { search: '3404000000001234', entity: 'skck_applications' })).toEqual([]);
  });

  it('opens only the rows asked for, and reports what the list shows first', async () => {
    const db = await seeded();
    const keys = await queryRecordKeys(db, cipher, { status: 'submitted' });
    const window = await openRecordWindow(db, cipher, keys.slice(10, 15));
    expect(window.map((row) => row.entityId)).toEqual(keys.slice(10, 15).map((key) => key[1]));
    expect(window.every((row) => row.fields.status === 'submitted')).toBe(true);
    const page = await firstRecordPage(db, cipher, { status: 'submitted' }, 20);
    expect(page.total).toBe(total / 4);
    expect(page.rows).toHaveLength(20);
    expect(await syncStateCounts(db)).toEqual({
      pending: all.filter((row) => row.syncState === 'pending').length,
      rejected: all.filter((row) => row.syncState === 'rejected').length,
    });
  });

  it('reads slices of a single range by offset, equal to the whole key list, for the virtualised list', async () => {
    const db = await seeded();
    for (const filter of [
      {},
      { status: 'submitted' },
      { entity: 'sim_applications' as const, syncState: 'synced' as const },
      { status: 'draft', syncState: 'pending' as const },
      { search: 'dew' },
    ]) {
      const whole = await queryRecordKeys(db, cipher, filter);
      const source = await openRecordSource(db, cipher, filter);
      expect(source.total).toBe(whole.length);
      expect(await source.keys(0, 40)).toEqual(whole.slice(0, 40));
      expect(await source.keys(700, 731)).toEqual(whole.slice(700, 731));
      expect(await source.keys(whole.length - 5, whole.length + 10)).toEqual(whole.slice(-5));
    }
  });

  it('answers status + sync state from one compound range, read by slices, and combines a visit by its smaller range', async () => {
    const db = await seeded();
    const both = (row: RecordViewRow) => row.fields.status === 'submitted' && row.syncState === 'synced';
    const source = await openRecordSource(db, cipher, { status: 'submitted', syncState: 'synced' });
    expect(source.total).toBe(expectedIds(both).length);
    expect((await source.keys(100, 140)).map((key) => key[1])).toEqual(expectedIds(both).slice(100, 140));
    expect(
      await db.records
        .where('[status+sync+lastHlc]')
        .between(['submitted', 'synced', ''], ['submitted', 'synced', '\uffff'])
        .count(),
    ).toBe(expectedIds(both).length);
    expect(await ids(db, { entity: 'skck_applications', status: 'submitted', syncState: 'synced' })).toEqual(
      expectedIds((row) => both(row) && row.entity === 'skck_applications'),
    );
    const inVisit = (row: RecordViewRow) => row.fields.visitId === 'visit-0';
    expect(await ids(db, { visitId: 'visit-0', status: 'submitted', syncState: 'synced' })).toEqual(
      expectedIds((row) => both(row) && inVisit(row)),
    );
    expect(await ids(db, { entity: 'sim_applications', visitId: 'visit-0', syncState: 'pending' })).toEqual(
      expectedIds((row) => inVisit(row) && row.entity === 'sim_applications' && row.syncState === 'pending'),
    );
  });

  it('intersects name word starts whatever their order and repetition; a start that matches nothing finds nothing', async () => {
    const db = await seeded();
    const sitiRahayu = expectedIds((row) => row.fields.fullName === 'Siti Rahayu');
    expect(await ids(db, { search: 'rah sit' })).toEqual(sitiRahayu);
    expect(await ids(db, { search: 'sit rah SITI' })).toEqual(sitiRahayu);
    expect(await ids(db, { search: 'sit zzz' })).toEqual([]);
    expect(await ids(db, { search: 'wah lestari' })).toEqual(
      expectedIds((row) => row.fields.fullName === 'Wahyu Lestari'),
    );
    const page = await firstRecordPage(db, cipher, { search: 'sit rah' }, 10);
    expect(page.total).toBe(sitiRahayu.length);
    expect(page.rows.map((row) => row.entityId)).toEqual(sitiRahayu.slice(0, 10));
  });

  it('answers name searches through the pair index exactly as the word starts would (longer words, more words, one word matching two)', async () => {
    const db = await seeded();
    const words = (text: string) =>
      text
        .toLowerCase()
        .split(/\s+/)
        .filter((word) => word.length >= 2);
    // The search's meaning, independently: every typed word (two letters or more) starts some word of the name.
    const expected = (query: string) =>
      expectedIds((row) =>
        words(query).every((typed) => words(String(row.fields.fullName)).some((word) => word.startsWith(typed))),
      );
    const queries = [
      'sit rah',
      'siti rahayu',
      'rahayu sit',
      'sit sito', // two words, both may match one name word ("Siti Sitorus" and "Sitorus" alone)
      'siti sitorus',
      'sit situ', // a pair that exists ("sit sit"), a word that does not
      'wahyu les nug', // three words: no name has them all
      'wah les',
      'sri sit',
      'sr ra', // two-letter words: the word-start lists
      'sri ra',
    ];
    for (const query of queries) {
      const found = await ids(db, { search: query });
      expect(found, query).toEqual(expected(query));
    }
    expect((await ids(db, { search: 'siti sitorus' })).length).toBeGreaterThan(0);
    expect((await ids(db, { search: 'sri ra' })).length).toBeGreaterThan(0);
  });

  it('keeps the columns current when the storage writes a change (status edit moves the record between filters)', async () => {
    const db = openDatabase(freshName());
    opened.push(db);
    const storage = createDexieStorage(db, { cipher: () => cipher });
    const base = { entity: 'sim_applications', entityId: 'R1' };
    await storage.write({
      ...base,
      id: 'c1',
      hlc: fixture(1).lastHlc,
      fields: { fullName: 'Siti Rahayu', status: 'submitted', receiptNumber: 'SIM-7K2P-00001-X' },
    });
    expect(await ids(db, { status: 'submitted', syncState: 'pending' })).toEqual(['R1']);
    await storage.write({ ...base, id: 'c2', hlc: fixture(2).lastHlc, fields: { status: 'verified' } });
    expect(await ids(db, { status: 'submitted' })).toEqual([]);
    expect(await ids(db, { status: 'verified' })).toEqual(['R1']);
    expect(await ids(db, { search: 'SIM-7K2P-00001-X' })).toEqual(['R1']);
  });

  it('keeps each confirmed change (pushed or pulled) in the change log of its record, with who made it', async () => {
    const db = openDatabase(freshName());
    opened.push(db);
    const storage = createDexieStorage(db, { cipher: () => cipher });
    const base = { entity: 'sim_applications', entityId: 'R1' };
    const mine = {
      ...base,
      id: 'c1',
      hlc: fixture(1).lastHlc,
      fields: { fullName: 'Siti Rahayu', status: 'submitted' },
      by: 'officer-a',
    };
    await storage.write(mine);
    expect(await recordChangeLog(db, cipher, 'sim_applications', 'R1')).toEqual([]); // still pending
    await storage.recordPushOutcomes([{ kind: 'confirmed', change: mine }]);
    const hq = { ...base, id: 'c2', hlc: fixture(2).lastHlc, fields: { status: 'verified' }, by: 'hq-user' };
    await storage.applyPull({ changes: [mine, hq], cursor: 'x', reset: false });
    expect(
      (await recordChangeLog(db, cipher, 'sim_applications', 'R1')).map((change) => [change.id, change.by]),
    ).toEqual([
      ['c1', 'officer-a'],
      ['c2', 'hq-user'],
    ]);
    expect(Buffer.from((await db.history.get('c2'))?.sealed ?? new Uint8Array()).toString('latin1')).not.toContain(
      'hq-user',
    );
  });

  it('stores no status of a non-service record and no receipt, visit or NIK in clear', async () => {
    const db = await seeded();
    const raw = JSON.stringify(await db.records.get(['sim_applications', 'R000003']), (_key, value) =>
      value instanceof Uint8Array ? '' : value,
    );
    expect(raw).not.toContain('3404000000000003');
    expect(raw).not.toContain('SIM-7K2P-00003-X');
    expect(raw).not.toContain('visit-1');
    expect((await db.records.get(['officers', 'officer-x']))?.status).toBeUndefined();
  });
});

describe('the version 5 migration', () => {
  it('searches rows written by version 4 through the word starts until sign-in adds their name pairs', async () => {
    const name = freshName();
    const first = openDatabase(name);
    // Rows as version 4 wrote them: no pair tokens, index version 3.
    await first.records.bulkPut(
      all.slice(0, 700).map((row) => {
        const { namePair: _pairs, ...v4 } = sealView(cipher, row);
        return { ...v4, ix: 3 };
      }),
    );
    first.close();
    const db = openDatabase(name);
    opened.push(db);
    const first700 = new Set(all.slice(0, 700).map((row) => row.entityId));
    const sitiRahayu = expectedIds((row) => first700.has(row.entityId) && row.fields.fullName === 'Siti Rahayu');
    expect(sitiRahayu.length).toBeGreaterThan(0);
    expect(await staleIndexCount(db)).toBe(700);
    expect(await ids(db, { search: 'sit rah' })).toEqual(sitiRahayu);
    const before = await db.records.get(['sim_applications', 'R000001']);
    expect(await reindexRecords(db, cipher)).toBe(700);
    const after = await db.records.get(['sim_applications', 'R000001']);
    expect(after?.sealed).toEqual(before?.sealed); // only index columns are written: nothing re-encrypted
    expect((await openRecordWindow(db, cipher, [['sim_applications', 'R000001']]))[0]?.fields.fullName).toBe(
      'Budi Santoso',
    );
    expect((await db.records.get(['sim_applications', 'R000001']))?.namePair?.length).toBe(3); // bud·bud, bud·san, san·san
    const pair = namePairQuery(cipher, 'rah sit');
    expect(pair?.exact).toBe(true);
    expect(
      await db.records
        .where('namePair')
        .equals(pair?.token ?? '')
        .count(),
    ).toBe(sitiRahayu.length);
    expect(await ids(db, { search: 'sit rah' })).toEqual(sitiRahayu);
    expect(await ids(db, { search: 'rah siti' })).toEqual(sitiRahayu);
  });
});

describe('the version 4 migration', () => {
  it('builds the status + sync state index from rows written by version 3', async () => {
    const name = freshName();
    // The database as version 3 left it: its stores as declared then, rows with the version-3 columns.
    const old = new Dexie(name);
    old.version(3).stores({
      confirmed: '[entity+entityId], entity',
      outbox: '++seq, id, [entity+entityId], entity',
      rejections: '++seq, changeId, [entity+entityId], dismissed',
      records:
        '[entity+entityId], entity, [entity+syncState], [entity+lastHlc], nik, *name, receipt, ix, [svc+lastHlc], ' +
        '[status+lastHlc], [sync+lastHlc], [visit+lastHlc], [entity+status+lastHlc], [entity+sync+lastHlc], [entity+visit+lastHlc]',
      meta: 'key',
      cursor: 'key',
      keyring: 'officerId',
      officers: 'id, unitId',
      legacy: '++id',
      attachments: 'id, state',
      history: 'id, [entity+entityId]',
    });
    await old.table('records').bulkPut(all.slice(0, 600).map((row) => sealView(cipher, row)));
    old.close();
    const db = openDatabase(name);
    opened.push(db);
    expect(db.verno).toBe(5);
    const first600 = new Set(all.slice(0, 600).map((row) => row.entityId));
    expect(
      await db.records
        .where('[status+sync+lastHlc]')
        .between(['draft', 'pending', ''], ['draft', 'pending', '\uffff'])
        .count(),
    ).toBe(
      all.filter((row) => first600.has(row.entityId) && row.fields.status === 'draft' && row.syncState === 'pending')
        .length,
    );
  });
});

describe('the version 3 migration', () => {
  it('marks rows written by version 2 and completes them at sign-in, after which the filters see them', async () => {
    const name = freshName();
    // The database as version 2 left it: the same stores, rows without the new columns.
    const old = new Dexie(name);
    old.version(1).stores({
      confirmed: '[entity+entityId], entity',
      outbox: '++seq, id, [entity+entityId], entity',
      rejections: '++seq, changeId, [entity+entityId], dismissed',
      records: '[entity+entityId], entity, [entity+syncState], [entity+lastHlc]',
      meta: 'key',
      cursor: 'key',
    });
    old.version(2).stores({
      records: '[entity+entityId], entity, [entity+syncState], [entity+lastHlc], nik, *name',
      keyring: 'officerId',
      officers: 'id, unitId',
      legacy: '++id',
    });
    const v2Rows = all.slice(0, 1200).map((row) => {
      const { receipt: _r, visit: _v, svc: _s, status: _st, sync: _sy, ix: _ix, ...v2 } = sealView(cipher, row);
      return v2;
    });
    await old.table('records').bulkPut(v2Rows);
    old.close();

    const db = openDatabase(name);
    opened.push(db);
    expect(await db.records.count()).toBe(1200);
    expect(await staleIndexCount(db)).toBe(1200);
    expect(await ids(db, { status: 'verified' })).toEqual([]); // not yet: the upgrade cannot read sealed fields

    const progress: number[] = [];
    expect(await reindexRecords(db, cipher, { batch: 500, onProgress: (done) => progress.push(done) })).toBe(1200);
    expect(progress).toEqual([500, 1000, 1200]);
    expect(await staleIndexCount(db)).toBe(0);
    const first1200 = new Set(all.slice(0, 1200).map((row) => row.entityId));
    expect(await ids(db, { status: 'verified' })).toEqual(
      expectedIds((row) => first1200.has(row.entityId) && row.fields.status === 'verified'),
    );
    expect(await ids(db, { search: '3404000000000042' })).toEqual(['R000042']);
    expect(await reindexRecords(db, cipher)).toBe(0);
  });
});
