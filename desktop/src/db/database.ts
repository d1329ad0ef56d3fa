import type { SyncState } from '@keliling/sync';
import { Dexie, type EntityTable, type Table } from 'dexie';

/**
 * Every row that holds what people told an officer keeps it in `sealed` (AES-GCM with the device's data key, see
 * security/recordCipher.ts); only ids, order, sync state, HLCs and keyed-hash search tokens stay in clear, as the
 * indexes need them. The `Stored*` rows are what IndexedDB holds; the storage opens them at its boundary.
 */
export type Sealed = Uint8Array;

/** The confirmed layer of one record (`sealed`: its RecordState). */
export type StoredConfirmedRow = { entity: string; entityId: string; sealed: Sealed };

/** One outbox entry (`sealed`: the Change). `seq` (auto-increment) keeps insertion order; `id` is the change id. */
export type StoredOutboxRow = { seq?: number; id: string; entity: string; entityId: string; sealed: Sealed };

/** One rejection, kept for good (dismissing only marks it); `sealed`: the Rejection. */
export type StoredRejectionRow = {
  seq?: number;
  changeId: string;
  entity: string;
  entityId: string;
  dismissed: 0 | 1;
  sealed: Sealed;
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

/**
 * A visible record at rest: `fields` and `rejections` sealed; `nik`, `name`, `receipt` and `visit` are blind-index
 * tokens. The list's filter columns (schema version 3) are set only on records of a field service
 * (db/recordFilters.ts): `svc` = 1, the application `status` in clear (a workflow state, not personal data; HQ
 * publishes it on the status page), `sync` = the sync state. `ix` is the version of these index columns
 * (db/recordFilters.ts indexVersion): rows from before schema version 3 carry 0, rows from before version 5 (no
 * `namePair`) carry 3, until the first sign-in recomputes them (db/reindex.ts).
 */
export type StoredViewRow = Omit<RecordViewRow, 'fields' | 'rejections'> & {
  nik?: string;
  name: string[];
  /** Pairs of name word starts (schema version 5, db/namePairs.ts); absent on rows from before it. */
  namePair?: string[];
  /** The ids (`attachments` table) of the files its fields refer to (schema version 5); absent on rows before it. */
  attachments?: string[];
  receipt?: string;
  visit?: string;
  svc?: 1;
  status?: string;
  sync?: string;
  ix?: number;
  sealed: Sealed;
};

/**
 * A photo or scan kept on the device until the server has it (attachments/attachmentStore.ts). `id` is a keyed
 * hash of the content's SHA-256, so the table does not reveal which known file it holds; `sealed` holds the bytes
 * and the reference. `state`: `draft` (captured, no saved record refers to it yet), `pending` (a saved record
 * refers to it: upload it), `uploaded` (the server verified it), `failed` (the server refused it for good).
 */
/** A change the server confirmed (pushed from here or pulled), kept for the record page's history; `sealed`: the Change. */
export type StoredHistoryRow = { id: string; entity: string; entityId: string; hlc: string; sealed: Sealed };

export type AttachmentState = 'draft' | 'pending' | 'uploaded' | 'failed';
export type StoredAttachmentRow = {
  id: string;
  state: AttachmentState;
  size: number;
  createdAt: string;
  uploadedAt?: string;
  /** The code of the last failed upload attempt (network_error, upload_hash_mismatch, ...). */
  lastError?: string;
  sealed: Sealed;
};

export type MetaRow = { key: string; value: unknown };

/** The pull cursor lives apart from meta so no meta key can collide with it. */
export type CursorRow = { key: 'pull'; cursor: string };

/** The data key wrapped for one officer (AES-KW under the key derived from the officer's PIN; see security/). */
export type KeyringRow = {
  officerId: string;
  /** The pinVerifier the wrap was made under; a different one (PIN reset) makes the wrap useless. */
  verifier: string;
  wrapped: Uint8Array;
  /** True when `wrapped` is also sealed by the operating system's keychain (Electron safeStorage). */
  osBound: boolean;
  createdAt: string;
};

/**
 * The unit's officers as the sign-in screen needs them, in clear (docs/security.md: what is not protected):
 * names, NRPs and PIN verifiers must be readable before anyone has signed in.
 */
export type OfficerRow = {
  id: string;
  unitId: string;
  name: string;
  rank?: string;
  nrp: string;
  pinVerifier?: string;
  active: boolean;
};

/** Work captured before encryption existed (schema version 1), held until the first sign-in seals it. */
export type LegacyRow = { id?: number; table: 'outbox' | 'rejections'; row: Record<string, unknown> };

export type KelilingDb = Dexie & {
  confirmed: Table<StoredConfirmedRow, [string, string]>;
  outbox: EntityTable<StoredOutboxRow, 'seq'>;
  rejections: EntityTable<StoredRejectionRow, 'seq'>;
  records: Table<StoredViewRow, [string, string]>;
  meta: EntityTable<MetaRow, 'key'>;
  cursor: EntityTable<CursorRow, 'key'>;
  keyring: EntityTable<KeyringRow, 'officerId'>;
  officers: EntityTable<OfficerRow, 'id'>;
  legacy: EntityTable<LegacyRow, 'id'>;
  attachments: EntityTable<StoredAttachmentRow, 'id'>;
  history: EntityTable<StoredHistoryRow, 'id'>;
};

export const defaultDatabaseName = 'keliling';

/**
 * Opens (creating or upgrading) the local database. Versions are append-only: a later schema adds
 * `db.version(n + 1).stores(...)` with an upgrade function; existing versions are never edited.
 */
export function openDatabase(
  name: string = defaultDatabaseName,
  options?: { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange },
): KelilingDb {
  const db = new Dexie(name, options) as KelilingDb;
  db.version(1).stores({
    confirmed: '[entity+entityId], entity',
    outbox: '++seq, id, [entity+entityId], entity',
    rejections: '++seq, changeId, [entity+entityId], dismissed',
    records: '[entity+entityId], entity, [entity+syncState], [entity+lastHlc]',
    meta: 'key',
    cursor: 'key',
  });
  // Version 2 seals personal data. Nothing can be sealed here (no key before an officer signs in): what the server
  // holds (confirmed layer, visible rows, cursor) is dropped and pulled again; unsynced work waits in `legacy`
  // until the first sign-in seals it (security/legacy.ts).
  db.version(2)
    .stores({
      records: '[entity+entityId], entity, [entity+syncState], [entity+lastHlc], nik, *name',
      keyring: 'officerId',
      officers: 'id, unitId',
      legacy: '++id',
    })
    .upgrade(async (tx) => {
      for (const table of ['outbox', 'rejections'] as const) {
        const rows = await tx.table(table).toArray();
        if (rows.length > 0)
          await tx.table('legacy').bulkAdd(rows.map((row: Record<string, unknown>) => ({ table, row })));
        await tx.table(table).clear();
      }
      await tx.table('confirmed').clear();
      await tx.table('records').clear();
      await tx.table('cursor').clear();
    });
  // Version 3: the records list filters by status, sync state and visit and finds receipt numbers through indexes
  // (a status filter was a full decrypting scan), and photos wait in `attachments`. The new columns come from the
  // sealed fields, which no upgrade can open (no key before sign-in): rows are marked `ix` = 0 here and the first
  // sign-in recomputes them in batches (db/reindex.ts). `history` keeps confirmed changes (who changed what, when):
  // the server's history endpoint is for staff only, so the device keeps its own.
  db.version(3)
    .stores({
      records:
        '[entity+entityId], entity, [entity+syncState], [entity+lastHlc], nik, *name, receipt, ix, [svc+lastHlc], ' +
        '[status+lastHlc], [sync+lastHlc], [visit+lastHlc], [entity+status+lastHlc], [entity+sync+lastHlc], [entity+visit+lastHlc]',
      attachments: 'id, state',
      history: 'id, [entity+entityId]',
    })
    .upgrade(async (tx) => {
      await tx.table('records').toCollection().modify({ ix: 0 });
    });
  // Version 4: status and sync state together are one index range ([status+sync+lastHlc]) instead of two ranges of
  // up to every record intersected. Both columns exist since version 3, so IndexedDB fills the new indexes from the
  // rows as they are; nothing needs the data key.
  db.version(4).stores({
    records:
      '[entity+entityId], entity, [entity+syncState], [entity+lastHlc], nik, *name, receipt, ix, [svc+lastHlc], ' +
      '[status+lastHlc], [sync+lastHlc], [visit+lastHlc], [entity+status+lastHlc], [entity+sync+lastHlc], [entity+visit+lastHlc], ' +
      '[status+sync+lastHlc], [entity+status+sync+lastHlc]',
  });
  // Version 5: a name search of two words looks up one pair token (db/namePairs.ts) instead of reading and merging
  // the key lists of both word starts, and each record lists the attachments it refers to (keyed ids, as the
  // `attachments` table's), so unsaved photo drafts can be told apart and removed. Both come from sealed fields:
  // rows keep index version 3 here and the first sign-in adds them (db/reindex.ts); until then a search falls back
  // to the word-start lists and no draft is removed.
  db.version(5).stores({
    records:
      '[entity+entityId], entity, [entity+syncState], [entity+lastHlc], nik, *name, receipt, ix, [svc+lastHlc], ' +
      '[status+lastHlc], [sync+lastHlc], [visit+lastHlc], [entity+status+lastHlc], [entity+sync+lastHlc], [entity+visit+lastHlc], ' +
      '[status+sync+lastHlc], [entity+status+sync+lastHlc], *namePair, *attachments',
  });
  return db;
}

/** Every table, for transactions that touch the whole sync state. */
export function syncTables(db: KelilingDb): Table[] {
  return [
    db.confirmed,
    db.outbox,
    db.rejections,
    db.records,
    db.meta,
    db.cursor,
    db.keyring,
    db.officers,
    db.attachments,
    db.history,
  ] as Table[];
}
