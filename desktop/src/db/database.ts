import { Dexie, type EntityTable, type Table } from 'dexie';
import type { Change, Rejection, RecordState, SyncState } from '@keliling/sync';

/** The confirmed layer of one record: merged from pulled changes and acknowledged pushes. */
export type ConfirmedRow = { entity: string; entityId: string; state: RecordState };

/** One outbox entry. `seq` (auto-increment) keeps insertion order; `id` is the change id. */
export type OutboxRow = { seq?: number; id: string; entity: string; entityId: string; change: Change };

/** One rejection, kept for good (dismissing only marks it). */
export type RejectionRow = {
  seq?: number;
  changeId: string;
  entity: string;
  entityId: string;
  dismissed: 0 | 1;
  rejection: Rejection;
};

/**
 * The visible record (confirmed layer with pending changes merged over it), kept up to date in the same
 * transaction as every write, push outcome and pull, so lists are one indexed read.
 */
export type RecordViewRow = {
  entity: string;
  entityId: string;
  fields: Record<string, unknown>;
  deleted: boolean;
  syncState: SyncState;
  pendingCount: number;
  /** Reasons of undismissed rejections, oldest first. */
  rejections: {
    changeId: string;
    code: string;
    message: string;
    field?: string;
    rejectedAt: string;
    /** What the officer had typed in the refused change, kept visible. */
    fields: Record<string, unknown>;
  }[];
  /** The greatest HLC that touched the record (for ordering "newest first"). */
  lastHlc: string;
};

export type MetaRow = { key: string; value: unknown };

/** The pull cursor lives apart from meta so no meta key can collide with it. */
export type CursorRow = { key: 'pull'; cursor: string };

export type KelilingDb = Dexie & {
  confirmed: Table<ConfirmedRow, [string, string]>;
  outbox: EntityTable<OutboxRow, 'seq'>;
  rejections: EntityTable<RejectionRow, 'seq'>;
  records: Table<RecordViewRow, [string, string]>;
  meta: EntityTable<MetaRow, 'key'>;
  cursor: EntityTable<CursorRow, 'key'>;
};

export const defaultDatabaseName = 'keliling';

/**
 * Opens (creating or upgrading) the local database. Versions are append-only: a later schema adds
 * `db.version(n + 1).stores(...)` with an upgrade function; existing versions are never edited.
 */
export function openDatabase(name: string = defaultDatabaseName, options?: { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange }): KelilingDb {
  const db = new Dexie(name, options) as KelilingDb;
  db.version(1).stores({
    confirmed: '[entity+entityId], entity',
    outbox: '++seq, id, [entity+entityId], entity',
    rejections: '++seq, changeId, [entity+entityId], dismissed',
    records: '[entity+entityId], entity, [entity+syncState], [entity+lastHlc]',
    meta: 'key',
    cursor: 'key',
  });
  return db;
}

/** Every table, for transactions that touch the whole sync state. */
export function syncTables(db: KelilingDb): Table[] {
  return [db.confirmed, db.outbox, db.rejections, db.records, db.meta, db.cursor] as Table[];
}
