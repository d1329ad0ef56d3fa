import {
  type Change,
  createHlcClock,
  createHttpTransport,
  createMemoryStorage,
  createSyncEngine,
  type HlcClock,
  type MemoryStorage,
  type SyncEngine,
  type SyncTransport,
} from '@keliling/sync';
import { validNik, validVillage } from './harness.js';

/** A field device as the app builds it: memory storage, its own clock, the real HTTP transport, the real engine. */
export type TestDevice = {
  engine: SyncEngine;
  storage: MemoryStorage;
  clock: HlcClock;
  deviceId: string;
  token: string;
  /** Point the device at another server URL (a restarted server listens on a new port). */
  connect(baseUrl: string): void;
  /** Create a valid SIM renewal application in `unitId`; returns its record id. */
  createSim(unitId: string, fields?: Record<string, unknown>): Promise<string>;
  edit(entityId: string, fields: Record<string, unknown>): Promise<Change>;
  /** Plain values of every sim_applications record the device holds (confirmed + pending). */
  sims(): Promise<Map<string, Record<string, unknown>>>;
};

export function createTestDevice(input: {
  baseUrl: string;
  enrolled: { token: string; deviceId: string; nodeId: string };
  now?: () => number;
}): TestDevice {
  const now = input.now ?? Date.now;
  const storage = createMemoryStorage();
  const clock = createHlcClock({ nodeId: input.enrolled.nodeId, now });
  let current: SyncTransport = createHttpTransport({ baseUrl: input.baseUrl, token: input.enrolled.token });
  const transport: SyncTransport = {
    push: (changes) => current.push(changes),
    pull: (since, limit) => current.pull(since, limit),
    info: () => current.info(),
    retireComplete: (deviceId) => current.retireComplete!(deviceId),
  };
  const engine = createSyncEngine({ storage, transport, clock, now });
  return {
    engine,
    storage,
    clock,
    deviceId: input.enrolled.deviceId,
    token: input.enrolled.token,
    connect(baseUrl) {
      current = createHttpTransport({ baseUrl, token: input.enrolled.token });
    },
    async createSim(unitId, fields = {}) {
      const entityId = `sim-${crypto.randomUUID()}`;
      await engine.write({
        entity: 'sim_applications',
        entityId,
        by: 'officer-1',
        fields: {
          unitId,
          createdAt: new Date(now()).toISOString(),
          applicationType: 'renewal',
          category: 'C',
          nik: validNik,
          fullName: 'Budi Santoso',
          birthPlace: 'Sleman',
          birthDate: '1990-05-17',
          sex: 'L',
          address: 'Jl. Kaliurang km 10',
          villageCode: validVillage,
          feeRupiah: 75000,
          status: 'draft',
          ...fields,
        },
      });
      return entityId;
    },
    edit: (entityId, fields) => engine.write({ entity: 'sim_applications', entityId, fields, by: 'officer-1' }),
    async sims() {
      const records = await storage.records('sim_applications');
      return new Map(records.map((r) => [r.entityId, r.fields]));
    },
  };
}
