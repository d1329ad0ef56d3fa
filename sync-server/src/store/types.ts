import type { Change, HistoryEntry, PushResult, RecordView, RejectionReason } from '@keliling/sync';
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
};

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
  getDevice(id: string): Device | null;
  setDeviceStatus(id: string, status: DeviceStatus, by: string): Device | null;

  // sync
  pushChanges(input: PushInput): PushResult[];
  pullChanges(input: PullInput): PullPage;
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

  close(): void;
};
