import type {
  Change,
  Conflict,
  HistoryEntry,
  PushResult,
  RecordView,
  RejectionEntry,
  RejectionReason,
} from '@keliling/sync';
import type { DeviceStatus, Principal, Role, Scope } from '../auth/principal.js';

export type Unit = { id: string; name: string; polres: string | null; createdAt: string };

export type User = {
  id: string;
  username: string;
  name: string | null;
  role: Role;
  unitId: string | null;
  /** Coordinators: the polres whose units they cover. */
  polres: string | null;
  status: 'active' | 'disabled';
};

export type NewUser = {
  username: string;
  role: Role;
  unitId: string | null;
  polres?: string | null;
  name?: string | null;
  passwordHash: string;
};

export type Device = {
  id: string;
  unitId: string;
  name: string;
  nodeId: string;
  status: DeviceStatus;
  enrolledAt: string;
  lastSeenAt: string | null;
  /** A retired device's final push is done: its token is refused from then on. */
  retireCompletedAt: string | null;
};

/** What a device still holds: changes not yet acknowledged, attachments not yet uploaded. */
export type DeviceOutbox = { changes: number; uploads: number };

/** What a credential lookup finds: a usable principal, a revoked device, or nothing usable. */
export type CredentialLookup = { kind: 'ok'; principal: Principal } | { kind: 'revoked' } | { kind: 'none' };

/** The existing record a change targets, as the rules need to see it. */
export type ExistingRecord = { unitId: string | null; fields: Record<string, unknown>; deleted: boolean };

/**
 * Domain and authorisation rules for one incoming change, supplied by the caller so the store stays free of
 * domain imports. `ok` carries the unit the change belongs to (for a new record: the unit it is created in).
 */
export type ChangeCheck = (
  change: Change,
  context: { principal: Principal; record: ExistingRecord | null },
) => { ok: true; unitId: string | null } | { ok: false; reason: RejectionReason };

export type PushInput = {
  principal: Principal;
  changes: Change[];
  check: ChangeCheck;
  /** The reason given when a change id comes back with other content (in the caller's language). */
  idReusedReason: RejectionReason;
  now: Date;
};

export type PullInput = { afterSeq: number; limit: number; scope: Scope };
export type PullPage = { changes: Change[]; lastSeq: number; hasMore: boolean };
/**
 * A compacted pull: per record changed after `afterSeq`, only its surviving field values (each under its original
 * change id and HLC), records in the order of their last applied change. `done`: the scan reached the end, and
 * `lastSeq` is then the newest change, from which an ordinary pull goes on.
 */
export type SnapshotPage = { changes: Change[]; lastSeq: number; hasMore: boolean; done: boolean };

export type ConflictQuery = {
  scope: Scope;
  /** Also conflicts on shared reference data (no unit); staff yes, devices no. */
  includeShared: boolean;
  status?: 'open' | 'resolved' | undefined;
  entity?: string | undefined;
  afterId: number;
  limit: number;
};
export type ConflictPage = { conflicts: Conflict[]; lastId: number; hasMore: boolean };
/** Rejections by `author`, plus those on records of the scope's units (staff). */
export type RejectionQuery = { scope: Scope; author: string; afterSeq: number; limit: number };
export type RejectionPage = { rejections: RejectionEntry[]; lastSeq: number; hasMore: boolean };

export type Blob = {
  sha256: string;
  size: number;
  mime: string;
  name: string | null;
  uploadedBy: string;
  createdAt: string;
};

export type StoredRecord = RecordView & { unitId: string | null };

export type RecordQuery = {
  entity: string;
  scope: Scope;
  unitId?: string | undefined;
  status?: string | undefined;
  q?: string | undefined;
  updatedSince?: string | undefined;
  /** Keyset: only records whose id sorts before this one (the list is newest id first). */
  before?: string | undefined;
  limit: number;
};
export type RecordPage = { records: StoredRecord[]; hasMore: boolean };

export type EnrollResult = { ok: true; device: Device; unit: Unit } | { ok: false; code: 'enrollment_code_invalid' };

/**
 * Everything the HTTP layer needs from persistence. One implementation today (SQLite); the seam keeps routes
 * testable and lets a later issue swap or wrap it.
 */
export type SyncStore = {
  /** Random id of this database, made at creation; cursors carry it. */
  readonly epoch: string;
  /** The server's own HLC node id (for changes it authors, e.g. unit reference records). */
  readonly nodeId: string;
  /** The database is open, migrated and answering. */
  isReady(): boolean;

  // units and users
  createUnit(input: { id: string; name: string; polres?: string | null; baseLat?: number; baseLng?: number }): Unit;
  getUnit(id: string): Unit | null;
  listUnits(): Unit[];
  createUser(input: NewUser): User;
  findUserForLogin(username: string): (User & { passwordHash: string }) | null;
  countUsers(): number;

  // credentials
  createEnrollmentCode(input: { codeHash: string; unitId: string; createdBy: string | null; expiresAt: Date }): void;
  enrollDevice(input: {
    codeHash: string;
    name: string;
    deviceId: string;
    nodeId: string;
    tokenHash: string;
  }): EnrollResult;
  createSession(input: { tokenHash: string; userId: string; nodeId: string; expiresAt: Date }): void;
  findCredential(tokenHash: string): CredentialLookup;
  /** A device's own count of what it still holds (the `Keliling-Outbox` header). */
  reportDeviceOutbox(deviceId: string, outbox: DeviceOutbox): void;
  getDevice(id: string): Device | null;
  setDeviceStatus(id: string, status: DeviceStatus, by: string): Device | null;
  /** A retired device's final push is done: from now on its token is refused (401 device_revoked). */
  completeRetirement(id: string): Device | null;

  // sync
  pushChanges(input: PushInput): PushResult[];
  /**
   * Runs `work` in one immediate transaction; the store's own transactions inside it become savepoints (one of them
   * failing undoes only itself). Used to commit a burst of pushes at once.
   */
  together(work: () => void): void;
  pullChanges(input: PullInput): PullPage;
  pullSnapshot(input: PullInput): SnapshotPage;
  /** Pulls from a cursor below this seq are served compacted (history before it may have been compacted). */
  compactionHorizon(): number;
  /**
   * Drops superseded field values from the history of changes up to `uptoSeq` (each change row keeps its id,
   * content hash and outcome, so retries are still recognised) and raises the compaction horizon.
   * Returns the number of change rows rewritten.
   */
  compactHistory(uptoSeq: number): number;
  /** The newest change's seq (0 when there is none). */
  maxSeq(): number;
  /** Records a change the server itself authors (seeded or admin-made reference data), merged like any other. */
  writeServerChange(input: {
    entity: string;
    entityId: string;
    unitId: string | null;
    fields: Record<string, unknown>;
  }): 'applied' | 'stale';
  getRecord(entity: string, entityId: string): StoredRecord | null;
  /** Every accepted change of a record, in server order. */
  getHistory(entity: string, entityId: string): HistoryEntry[];
  listRecords(query: RecordQuery): RecordPage;
  listConflicts(query: ConflictQuery): ConflictPage;
  /** Every conflict recorded on one record, oldest first. */
  recordConflicts(entity: string, entityId: string): Conflict[];
  listRejections(query: RejectionQuery): RejectionPage;

  // attachments
  /** Records a completed, verified upload; false when the same content was stored before (deduplicated). */
  addBlob(blob: Blob): boolean;
  getBlob(sha256: string): Blob | null;
  /** Whether a record within `scope` refers to this attachment (devices: their unit only, with shared data). */
  mayReadBlob(sha256: string, scope: Scope): boolean;

  close(): void;
};
