import type { Change, Conflict, RejectionEntry, RejectionReason } from '@keliling/sync';
import type { SqliteDatabase } from '../db/open.js';
import type { ConflictPage, ConflictQuery, RejectionPage, RejectionQuery } from './types.js';

type ConflictRow = {
  id: number;
  entity: string;
  entity_id: string;
  field: string;
  winner_value: string;
  winner_hlc: string;
  winner_change_id: string;
  winner_author: string;
  loser_value: string;
  loser_hlc: string;
  loser_change_id: string;
  loser_author: string;
  status: 'open' | 'resolved';
  created_at: string;
  resolved_at: string | null;
  resolved_by: string | null;
  resolved_change_id: string | null;
};
type RejectionRow = {
  seq: number;
  change_id: string;
  change: string;
  reason: string;
  author: string;
  created_at: string;
};

export function rowToConflict(row: ConflictRow): Conflict {
  const conflict: Conflict = {
    id: String(row.id),
    entity: row.entity,
    entityId: row.entity_id,
    field: row.field,
    winner: {
      value: JSON.parse(row.winner_value),
      hlc: row.winner_hlc,
      author: row.winner_author,
      changeId: row.winner_change_id,
    },
    loser: {
      value: JSON.parse(row.loser_value),
      hlc: row.loser_hlc,
      author: row.loser_author,
      changeId: row.loser_change_id,
    },
    status: row.status,
    createdAt: row.created_at,
  };
  if (row.resolved_at !== null) conflict.resolvedAt = row.resolved_at;
  if (row.resolved_by !== null) conflict.resolvedBy = row.resolved_by;
  if (row.resolved_change_id !== null) conflict.resolvedChangeId = row.resolved_change_id;
  return conflict;
}

/**
 * The review side of sync: recorded conflicts and the rejection log, oldest first with keyset paging.
 * A scope of units sees rows of those units; `shared` adds rows on reference data (no unit).
 */
export function createReviewReader(db: SqliteDatabase) {
  const s = {
    conflicts: db.prepare<Record<string, unknown>, ConflictRow>(
      `SELECT * FROM conflicts
       WHERE id > @after
         AND (@status IS NULL OR status = @status)
         AND (@entity IS NULL OR entity = @entity)
         AND (@all = 1 OR unit_id IN (SELECT value FROM json_each(@units)) OR (@shared = 1 AND unit_id IS NULL))
       ORDER BY id LIMIT @limit`,
    ),
    recordConflicts: db.prepare<[string, string], ConflictRow>(
      'SELECT * FROM conflicts WHERE entity = ? AND entity_id = ? ORDER BY id',
    ),
    rejections: db.prepare<Record<string, unknown>, RejectionRow>(
      `SELECT seq, change_id, change, reason, author, created_at FROM rejections
       WHERE seq > @after
         AND (author = @author OR @all = 1 OR unit_id IN (SELECT value FROM json_each(@units)))
       ORDER BY seq LIMIT @limit`,
    ),
  };

  return {
    listConflicts(query: ConflictQuery): ConflictPage {
      const rows = s.conflicts.all({
        after: query.afterId,
        status: query.status ?? null,
        entity: query.entity ?? null,
        all: query.scope.all ? 1 : 0,
        units: JSON.stringify(query.scope.all ? [] : query.scope.unitIds),
        shared: query.includeShared ? 1 : 0,
        limit: query.limit + 1,
      });
      const page = rows.slice(0, query.limit);
      return {
        conflicts: page.map(rowToConflict),
        lastId: page.at(-1)?.id ?? query.afterId,
        hasMore: rows.length > query.limit,
      };
    },
    recordConflicts: (entity: string, entityId: string): Conflict[] =>
      s.recordConflicts.all(entity, entityId).map(rowToConflict),
    listRejections(query: RejectionQuery): RejectionPage {
      const rows = s.rejections.all({
        after: query.afterSeq,
        author: query.author,
        all: query.scope.all ? 1 : 0,
        units: JSON.stringify(query.scope.all ? [] : query.scope.unitIds),
        limit: query.limit + 1,
      });
      const page = rows.slice(0, query.limit);
      return {
        rejections: page.map(
          (row): RejectionEntry => ({
            changeId: row.change_id,
            change: JSON.parse(row.change) as Change,
            reason: JSON.parse(row.reason) as RejectionReason,
            author: row.author,
            createdAt: row.created_at,
          }),
        ),
        lastSeq: page.at(-1)?.seq ?? query.afterSeq,
        hasMore: rows.length > query.limit,
      };
    },
  };
}
