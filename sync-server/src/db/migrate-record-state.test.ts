import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyChange, type Change, deletedField, type RecordState } from '@keliling/sync';
import { afterEach, describe, expect, it } from 'vitest';
import { stateKey } from '../chaos/db-checks.js';
import { canonicalJson } from '../store/content-hash.js';
import { loadState, parseGroups } from '../store/record-state.js';
import { createSqliteStore } from '../store/sqlite-store.js';
import { loadMigrations, migrate } from './migrate.js';
import { openDatabase } from './open.js';

/** A small deterministic generator (mulberry32), so a failure is reproducible. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const fieldNames = ['fullName', 'status', 'nik', 'photo', 'tags', 'fee', 'paid', 'note'];

/** Histories of several records, written the way migration 006's store wrote them (history, field rows, listing). */
function seedAt006(db: ReturnType<typeof openDatabase>) {
  const rnd = random(7);
  const pick = <T>(items: readonly T[]) => items[Math.floor(rnd() * items.length)]!;
  const valueFor = (field: string, n: number): unknown => {
    if (rnd() < 0.1) return null;
    switch (field) {
      case 'photo':
        return { sha256: 'a'.repeat(64), name: `foto ${n}.jpg`, mime: 'image/jpeg', size: n };
      case 'tags':
        return ['x', n, { nested: 'ü "quoted"' }];
      case 'fee':
        return n * 1.5;
      case 'paid':
        return rnd() < 0.5;
      default:
        return `${field} ${n} \\ "${'ñ'.repeat(n % 3)}"`;
    }
  };
  const insertChange = db.prepare(
    `INSERT INTO changes (id, entity, entity_id, unit_id, hlc, fields, deleted, by, base_hlc, author, status, content_hash, received_at)
     VALUES (?, ?, ?, 'unit-1', ?, ?, ?, ?, NULL, 'device:d1', ?, 'h', '2026-01-01T00:00:00.000Z')`,
  );
  const upsertField = db.prepare(
    `INSERT INTO record_fields (entity, entity_id, field, value, hlc, change_id) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (entity, entity_id, field) DO UPDATE SET value = excluded.value, hlc = excluded.hlc, change_id = excluded.change_id`,
  );
  const upsertRecord = db.prepare(
    `INSERT INTO records (entity, entity_id, unit_id, deleted, status, search, created_at, updated_at, last_seq)
     VALUES (?, ?, 'unit-1', ?, NULL, '', 'x', 'x', ?)
     ON CONFLICT (entity, entity_id) DO UPDATE SET deleted = excluded.deleted, last_seq = excluded.last_seq`,
  );
  const expected = new Map<string, { state: RecordState; by: Map<string, string | undefined> }>();
  let n = 0;
  for (let r = 0; r < 25; r++) {
    const entity = pick(['sim_applications', 'complaints']);
    const entityId = `rec-${r}`;
    let state: RecordState | undefined;
    const by = new Map<string, string | undefined>();
    for (let c = 0; c < 1 + Math.floor(rnd() * 6); c++) {
      n += 1;
      // Out-of-order HLCs, some equal, so some changes lose and some are stale.
      const hlc = `2026-01-01T00:00:0${Math.floor(rnd() * 10)}.000Z-000${Math.floor(rnd() * 3)}-${'0'.repeat(15)}${c % 2}`;
      const fields: Record<string, unknown> = {};
      for (const field of fieldNames) if (c === 0 || rnd() < 0.35) fields[field] = valueFor(field, n);
      const change: Change = { id: `ch-${String(n).padStart(4, '0')}`, entity, entityId, hlc, fields };
      if (rnd() < 0.2) change.deleted = rnd() < 0.5;
      if (rnd() < 0.8) change.by = pick(['officer-a', 'officer-b']);
      const { state: next, won } = applyChange(state, change);
      const status = won.length > 0 ? 'applied' : 'stale';
      const { lastInsertRowid } = insertChange.run(
        change.id,
        entity,
        entityId,
        hlc,
        JSON.stringify(fields),
        change.deleted === undefined ? null : change.deleted ? 1 : 0,
        change.by ?? null,
        status,
      );
      by.set(change.id, change.by);
      for (const field of won) {
        const version = field === deletedField ? next.deleted! : next.fields[field]!;
        upsertField.run(entity, entityId, field, canonicalJson(version.value), version.hlc, version.changeId);
      }
      if (won.length > 0) upsertRecord.run(entity, entityId, next.deleted?.value === true ? 1 : 0, lastInsertRowid);
      state = next;
    }
    if (state) expected.set(`${entity}/${entityId}`, { state, by });
  }
  return expected;
}

describe('migration 007: record state in one row', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('turns a database at 006 with data into the same states, field rows and compacted pulls', () => {
    const dir = mkdtempSync(join(tmpdir(), 'keliling-007-'));
    dirs.push(dir);
    const db = openDatabase(join(dir, 'keliling.db'));
    migrate(
      db,
      loadMigrations().filter((m) => m.version <= 6),
    );
    const expected = seedAt006(db);
    const fieldRowsBefore = db
      .prepare('SELECT entity, entity_id, field, value, hlc, change_id FROM record_fields ORDER BY 1, 2, 3')
      .all();
    expect(fieldRowsBefore.length).toBeGreaterThan(100);
    const listing = () =>
      db
        .prepare(
          'SELECT entity, entity_id, unit_id, deleted, status, search, created_at, updated_at, last_seq FROM records ORDER BY 1, 2',
        )
        .all();
    const listingBefore = listing();

    expect(migrate(db)).toEqual([7]);
    // The listing columns come through unchanged, with their indexes.
    expect(listing()).toEqual(listingBefore);
    const indexes = (db.prepare('PRAGMA index_list(records)').all() as { name: string }[]).map((i) => i.name);
    expect(indexes).toEqual(expect.arrayContaining(['records_unit', 'records_updated', 'records_last_seq']));
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');

    // The stored states are the states the history folds to, with each change's `by`.
    const rows = db.prepare('SELECT entity, entity_id, state FROM records').all() as {
      entity: string;
      entity_id: string;
      state: string;
    }[];
    expect(rows.length).toBe(expected.size);
    for (const row of rows) {
      const want = expected.get(`${row.entity}/${row.entity_id}`)!;
      const groups = parseGroups(row.state);
      const loaded = loadState(row.entity, row.entity_id, groups);
      expect(stateKey(loaded.state)).toBe(stateKey(want.state));
      for (const group of groups) expect(group.by).toBe(want.by.get(group.id));
      const order = groups.map((g) => `${g.hlc} ${g.id}`);
      expect(order).toEqual([...order].sort());
    }
    // Readers of per-field rows see exactly what the table held.
    const fieldRowsAfter = db
      .prepare('SELECT entity, entity_id, field, value, hlc, change_id FROM record_fields ORDER BY 1, 2, 3')
      .all();
    expect(fieldRowsAfter).toEqual(fieldRowsBefore);

    // The store on the migrated database serves the same states: compacted pull, and further changes merge on top.
    const store = createSqliteStore(db);
    const pulled = store.pullSnapshot({ afterSeq: 0, limit: 10_000, scope: { all: true } });
    const folded = new Map<string, RecordState>();
    for (const change of pulled.changes) {
      const key = `${change.entity}/${change.entityId}`;
      folded.set(key, applyChange(folded.get(key), change).state);
      expect(change.by).toBe(expected.get(key)!.by.get(change.id));
    }
    expect(folded.size).toBe(expected.size);
    for (const [key, want] of expected) expect(stateKey(folded.get(key)!)).toBe(stateKey(want.state));
    const one = [...expected.values()].find((e) => e.state.deleted?.value !== true)!.state;
    const record = store.getRecord(one.entity, one.entityId)!;
    const values = Object.fromEntries(Object.entries(one.fields).map(([field, v]) => [field, v.value]));
    expect(record.fields).toEqual(values);
    store.close();
  });
});
