import { createHlcClock } from '@keliling/sync';
import { migrate } from '../db/migrate.js';
import type { SqliteDatabase } from '../db/open.js';
import { createChangeLog } from './changes.js';
import { createIdentityStore } from './identity.js';
import { createRecordReader } from './records.js';
import type { SyncStore, Unit } from './types.js';

export type SqliteStoreOptions = {
  /** Wall clock in ms (tests pass their own). */
  now?: () => number;
};

/** The SyncStore on a better-sqlite3 database; migrates it first. Closing the store closes the database. */
export function createSqliteStore(db: SqliteDatabase, options: SqliteStoreOptions = {}): SyncStore {
  const now = options.now ?? Date.now;
  migrate(db);
  const meta = db.prepare<[string], { value: string }>('SELECT value FROM meta WHERE key = ?');
  const epoch = meta.get('epoch')!.value;
  const nodeId = meta.get('node_id')!.value;
  const clock = createHlcClock({ nodeId, now });

  const identity = createIdentityStore(db, now);
  const log = createChangeLog(db, now);
  const reader = createRecordReader(db);

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
    getDevice: identity.getDevice,
    setDeviceStatus: identity.setDeviceStatus,
    pushChanges: log.pushChanges,
    pullChanges: log.pullChanges,
    writeServerChange: ({ entity, entityId, unitId, fields }) =>
      log.recordServerChange({ id: crypto.randomUUID(), entity, entityId, hlc: clock.next(), fields }, unitId),
    getRecord: reader.getRecord,
    getHistory: log.history,
    listRecords: reader.listRecords,
    close: () => db.close(),
  };
}
