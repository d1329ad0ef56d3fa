import type { SqliteDatabase } from '../db/open.js';
import { groupValues, parseGroups } from './record-state.js';
import type { RecordPage, RecordQuery, StoredRecord } from './types.js';

type RecordRow = {
  entity: string;
  entity_id: string;
  unit_id: string | null;
  deleted: 0 | 1;
  updated_at: string;
  state: string;
};

/** The read side: merged current state of records, listed newest id first with keyset paging. */
export function createRecordReader(db: SqliteDatabase) {
  const s = {
    one: db.prepare<[string, string], RecordRow>(
      'SELECT entity, entity_id, unit_id, deleted, updated_at, state FROM records WHERE entity = ? AND entity_id = ?',
    ),
    list: db.prepare<Record<string, unknown>, RecordRow>(
      `SELECT entity, entity_id, unit_id, deleted, updated_at, state FROM records
       WHERE entity = @entity
         AND (@all = 1 OR unit_id IS NULL OR unit_id IN (SELECT value FROM json_each(@units)))
         AND (@unitId IS NULL OR unit_id = @unitId)
         AND (@status IS NULL OR status = @status)
         AND (@q IS NULL OR search LIKE @q ESCAPE '\\')
         AND (@updatedSince IS NULL OR updated_at >= @updatedSince)
         AND (@before IS NULL OR entity_id < @before)
       ORDER BY entity_id DESC
       LIMIT @limit`,
    ),
  };

  function toRecord(row: RecordRow): StoredRecord {
    // Fields in name order, as the records API has always listed them.
    const values = groupValues(parseGroups(row.state));
    const fields: Record<string, unknown> = {};
    for (const field of Object.keys(values).sort()) fields[field] = values[field];
    return {
      id: row.entity_id,
      entity: row.entity,
      fields,
      deleted: row.deleted === 1,
      updatedAt: row.updated_at,
      unitId: row.unit_id,
    };
  }

  const likePattern = (q: string) => `%${q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

  return {
    getRecord(entity: string, entityId: string): StoredRecord | null {
      const row = s.one.get(entity, entityId);
      return row ? toRecord(row) : null;
    },
    listRecords(query: RecordQuery): RecordPage {
      const rows = s.list.all({
        entity: query.entity,
        all: query.scope.all ? 1 : 0,
        units: JSON.stringify(query.scope.all ? [] : query.scope.unitIds),
        unitId: query.unitId ?? null,
        status: query.status ?? null,
        q: query.q ? likePattern(query.q) : null,
        updatedSince: query.updatedSince ?? null,
        before: query.before ?? null,
        limit: query.limit + 1,
      });
      const hasMore = rows.length > query.limit;
      return { records: rows.slice(0, query.limit).map(toRecord), hasMore };
    },
  };
}
