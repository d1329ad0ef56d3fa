import { type Change, deletedField } from '@keliling/sync';
import type { SqliteDatabase } from '../db/open.js';
import { groupToChange, parseGroups, type StoredGroup, survivorsOf } from './record-state.js';
import type { PullInput, SnapshotPage } from './types.js';

type RecordRow = { entity: string; entity_id: string; last_seq: number; state: string };
type HistoryRow = { seq: number; id: string; entity: string; entity_id: string; fields: string; deleted: 0 | 1 | null };

const horizonKey = 'compaction_horizon';

/**
 * Compacted state for fresh devices, and compaction of the history itself.
 *
 * A snapshot page lists records changed after the cursor in the order of their last applied change
 * (`records.last_seq`, one seq per record) and, for each, only the surviving field values grouped under the
 * change that wrote them (original id, HLC and `by`): the record's stored state (record-state.ts), read with the
 * records themselves in one range query. Merging them gives the same state as replaying the full
 * history: a record changed after it was sent gets a last_seq beyond the cursor and is sent again, whole.
 */
export function createSnapshotReader(db: SqliteDatabase) {
  const s = {
    recordsAll: db.prepare<[number, number], RecordRow>(
      'SELECT entity, entity_id, last_seq, state FROM records WHERE last_seq > ? ORDER BY last_seq LIMIT ?',
    ),
    recordsScoped: db.prepare<[number, string, number], RecordRow>(
      `SELECT entity, entity_id, last_seq, state FROM records
       WHERE last_seq > ? AND (unit_id IS NULL OR unit_id IN (SELECT value FROM json_each(?)))
       ORDER BY last_seq LIMIT ?`,
    ),
    maxSeq: db.prepare<[], { seq: number }>('SELECT COALESCE(MAX(seq), 0) AS seq FROM changes'),
    horizon: db.prepare<[string], { value: string }>('SELECT value FROM meta WHERE key = ?'),
    setHorizon: db.prepare(
      'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    ),
    historyBatch: db.prepare<[number, number, number], HistoryRow>(
      'SELECT seq, id, entity, entity_id, fields, deleted FROM changes WHERE seq > ? AND seq <= ? ORDER BY seq LIMIT ?',
    ),
    state: db.prepare<[string, string], { state: string }>(
      'SELECT state FROM records WHERE entity = ? AND entity_id = ?',
    ),
    rewrite: db.prepare('UPDATE changes SET fields = ?, deleted = ? WHERE seq = ?'),
  };

  /** A record's surviving values as changes, one per writing change. */
  function recordChanges(row: RecordRow): Change[] {
    return parseGroups(row.state).map((group) => groupToChange(row.entity, row.entity_id, group));
  }

  const snapshot = db.transaction((input: PullInput): SnapshotPage => {
    // Every record yields at least one change, so limit + 1 records are enough to fill a page and see beyond it.
    const rows = input.scope.all
      ? s.recordsAll.all(input.afterSeq, input.limit + 1)
      : s.recordsScoped.all(input.afterSeq, JSON.stringify(input.scope.unitIds), input.limit + 1);
    const changes: Change[] = [];
    let lastSeq = input.afterSeq;
    let used = 0;
    for (const row of rows) {
      const more = recordChanges(row);
      // A page holds whole records only; one record always fits, even if it alone exceeds the limit.
      if (used > 0 && changes.length + more.length > input.limit) break;
      changes.push(...more);
      lastSeq = row.last_seq;
      used += 1;
    }
    const done = used === rows.length;
    if (done) lastSeq = Math.max(input.afterSeq, s.maxSeq.get()!.seq);
    return { changes, lastSeq, hasMore: !done, done };
  });

  const compact = db.transaction((uptoSeq: number): number => {
    let rewritten = 0;
    let after = 0;
    // The states of the records this batch touches (a record's changes are often near each other).
    const states = new Map<string, StoredGroup[]>();
    const groupsOf = (row: HistoryRow): StoredGroup[] => {
      const key = `${row.entity}\u0000${row.entity_id}`;
      let groups = states.get(key);
      if (!groups) {
        const found = s.state.get(row.entity, row.entity_id);
        groups = found ? parseGroups(found.state) : [];
        states.set(key, groups);
      }
      return groups;
    };
    for (;;) {
      const batch = s.historyBatch.all(after, uptoSeq, 500);
      if (batch.length === 0) break;
      states.clear();
      for (const row of batch) {
        const kept: Record<string, unknown> = {};
        let deleted: 0 | 1 | null = null;
        const survivors = survivorsOf(groupsOf(row), row.id) ?? {};
        for (const [field, value] of Object.entries(survivors)) {
          if (field === deletedField) deleted = value === true ? 1 : 0;
          else kept[field] = value;
        }
        const fields = JSON.stringify(kept);
        if (fields !== row.fields || deleted !== row.deleted) {
          s.rewrite.run(fields, deleted, row.seq);
          rewritten += 1;
        }
      }
      after = batch[batch.length - 1]!.seq;
    }
    const horizon = Math.max(readHorizon(), Math.min(uptoSeq, s.maxSeq.get()!.seq));
    s.setHorizon.run(horizonKey, String(horizon));
    return rewritten;
  });

  function readHorizon(): number {
    const value = Number(s.horizon.get(horizonKey)?.value ?? 0);
    return Number.isSafeInteger(value) && value > 0 ? value : 0;
  }

  return {
    pullSnapshot: (input: PullInput): SnapshotPage => snapshot.deferred(input),
    compactHistory: (uptoSeq: number): number => compact.immediate(uptoSeq),
    compactionHorizon: readHorizon,
    maxSeq: (): number => s.maxSeq.get()!.seq,
  };
}
