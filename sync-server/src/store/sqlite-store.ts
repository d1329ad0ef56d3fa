import { createHlcClock } from '@keliling/sync';
import { createChangeEffects } from '../audit/change-effects.js';
import { migrate } from '../db/migrate.js';
import type { SqliteDatabase } from '../db/open.js';
import { createBlobIndex } from './blobs.js';
import { createChangeLog } from './changes.js';
import { createIdentityStore } from './identity.js';
import { createRecordReader } from './records.js';
import { createReviewReader } from './review.js';
import { createSnapshotReader } from './snapshot.js';
import type { SyncStore, Unit } from './types.js';

export type SqliteStoreOptions = {
  /** Wall clock in ms (tests pass their own). */
  now?: () => number;
  /** How far ahead of the wall clock an accepted change may move the server's own clock (the skew allowance). */
  maxClockSkewMs?: number;
};

/** The SyncStore on a better-sqlite3 database; migrates it first. Closing the store closes the database. */
export function createSqliteStore(db: SqliteDatabase, options: SqliteStoreOptions = {}): SyncStore {
  const now = options.now ?? Date.now;
  migrate(db);
  const meta = db.prepare<[string], { value: string }>('SELECT value FROM meta WHERE key = ?');
  const epoch = meta.get('epoch')!.value;
  const nodeId = meta.get('node_id')!.value;
  const clock = createHlcClock({
    nodeId,
    now,
    ...(options.maxClockSkewMs !== undefined ? { maxDriftMs: options.maxClockSkewMs } : {}),
  });

  const identity = createIdentityStore(db, now);
  // Audit entries, the receipt index and notifications are written in the push's transaction.
  const log = createChangeLog(db, now, createChangeEffects(db, now));
  const reader = createRecordReader(db);
  const review = createReviewReader(db);
  const snapshot = createSnapshotReader(db);
  const blobs = createBlobIndex(db);

  // A unit is also a synced `units` reference record (no unitId), so every device pulls the unit list.
  const createUnit = db.transaction(
    (input: { id: string; name: string; polres?: string | null; baseLat?: number; baseLng?: number }): Unit => {
      const unit = identity.insertUnit(input);
      const fields: Record<string, unknown> = { name: input.name, polres: input.polres ?? null };
      if (input.baseLat !== undefined) fields.baseLat = input.baseLat;
      if (input.baseLng !== undefined) fields.baseLng = input.baseLng;
      log.recordServerChange(
        { id: crypto.randomUUID(), entity: 'units', entityId: input.id, hlc: clock.next(), fields },
        null,
      );
      return unit;
    },
  );

  return {
    epoch,
    nodeId,
    isReady: () => {
      try {
        return db.open && meta.get('epoch') !== undefined;
      } catch {
        return false;
      }
    },
    createUnit: (input) => createUnit.immediate(input),
    getUnit: identity.getUnit,
    listUnits: identity.listUnits,
    createUser: identity.createUser,
    findUserForLogin: identity.findUserForLogin,
    countUsers: identity.countUsers,
    createEnrollmentCode: identity.createEnrollmentCode,
    enrollDevice: identity.enrollDevice,
    createSession: identity.createSession,
    findCredential: identity.findCredential,
    reportDeviceOutbox: identity.reportDeviceOutbox,
    getDevice: identity.getDevice,
    setDeviceStatus: identity.setDeviceStatus,
    completeRetirement: identity.completeRetirement,
    pushChanges(input) {
      const results = log.pushChanges(input);
      // The server's clock follows accepted changes only (all within the skew allowance); a rejected change,
      // clock_skew above all, never moves it.
      results.forEach((result, i) => {
        if (result.status === 'applied' || result.status === 'stale') clock.observe(input.changes[i]!.hlc);
      });
      return results;
    },
    together: (work) => db.transaction(work).immediate(),
    pullChanges: log.pullChanges,
    pullSnapshot: snapshot.pullSnapshot,
    compactionHorizon: snapshot.compactionHorizon,
    compactHistory: snapshot.compactHistory,
    maxSeq: snapshot.maxSeq,
    writeServerChange: ({ entity, entityId, unitId, fields }) =>
      log.recordServerChange({ id: crypto.randomUUID(), entity, entityId, hlc: clock.next(), fields }, unitId),
    getRecord: reader.getRecord,
    getHistory: log.history,
    listRecords: reader.listRecords,
    listConflicts: review.listConflicts,
    recordConflicts: review.recordConflicts,
    listRejections: review.listRejections,
    addBlob: blobs.addBlob,
    getBlob: blobs.getBlob,
    mayReadBlob: blobs.mayReadBlob,
    close: () => db.close(),
  };
}
