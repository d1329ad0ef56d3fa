import { createHlcClock } from '@keliling/sync';
import { type KelilingDb, openDatabase } from '../db/database';
import { createDexieStorage } from '../db/dexieStorage';
import type { DeviceIdentity } from '../device/identity';
import { testOfficer, unlockedTestVault } from '../security/testKeys';
import type { SaveDeps } from './saveRecord';

/** For tests: an enrolled device of unit-sleman-1 and a fixed "now" (28 Nov 2026, 10:00 WIB). */
export const testIdentity: DeviceIdentity = {
  deviceId: 'dev-1',
  nodeId: '9f3a6c2e1b7d4a05',
  token: 'secret',
  unit: { id: 'unit-sleman-1', name: 'Unit Keliling 1 Polresta Sleman' },
  limits: { maxBatchChanges: 1000, maxBatchBytes: 4194304, maxPullLimit: 1000, maxClockSkewMs: 300000 },
  serverUrl: 'http://127.0.0.1:8080',
  name: 'Laptop Unit 1',
  enrolledAt: '2026-11-28T01:00:00.000Z',
};

export const testNow = (): number => Date.parse('2026-11-28T03:00:00.000Z');

/**
 * For tests: a fresh fake-IndexedDB database with a storage sealed by a signed-in officer's key, and a way to
 * delete every database it opened (call `cleanUp` in afterEach).
 */
export function createTestDevice() {
  const dbs: KelilingDb[] = [];
  return {
    open(): SaveDeps & { db: KelilingDb } {
      const db = openDatabase(`test-${Math.random()}`);
      dbs.push(db);
      const storage = createDexieStorage(db, unlockedTestVault());
      const clock = createHlcClock({ nodeId: testIdentity.nodeId, now: testNow });
      return { db, storage, clock, identity: testIdentity, by: testOfficer.id, now: testNow };
    },
    async cleanUp(): Promise<void> {
      for (const db of dbs.splice(0)) {
        db.close();
        await db.delete();
      }
    },
  };
}
