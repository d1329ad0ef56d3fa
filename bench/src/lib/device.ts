import {
  createHlcClock,
  createHttpTransport,
  createMemoryStorage,
  createSyncEngine,
  type MemoryStorage,
  type SyncEngine,
  type SyncReport,
  type SyncTransport,
} from '@keliling/sync';
import type { SimRecord } from './records.js';
import type { Enrolled } from './server.js';

/** A field device as the app builds it (engine, memory storage, HTTP transport), noting when its pull phase begins. */
export type BenchDevice = {
  engine: SyncEngine;
  storage: MemoryStorage;
  /** performance.now() of the round's first pull call (its push phase ends there), or null. */
  firstPullAt(): number | null;
};

export function createBenchDevice(baseUrl: string, enrolled: Enrolled): BenchDevice {
  const storage = createMemoryStorage();
  const clock = createHlcClock({ nodeId: enrolled.nodeId });
  const http = createHttpTransport({ baseUrl, token: enrolled.token });
  let pullAt: number | null = null;
  const transport: SyncTransport = {
    ...http,
    pull: (since, limit) => {
      pullAt ??= performance.now();
      return http.pull(since, limit);
    },
  };
  return {
    engine: createSyncEngine({ storage, transport, clock }),
    storage,
    firstPullAt: () => pullAt,
  };
}

/** The officer saving each record on the device (local writes; nothing is sent yet). */
export async function writeRecords(device: BenchDevice, records: readonly SimRecord[], by: string): Promise<void> {
  for (const record of records) {
    await device.engine.write({ entity: 'sim_applications', entityId: record.id, fields: { ...record.fields }, by });
  }
}

/** One sync round that must succeed. */
export async function syncOk(device: BenchDevice): Promise<SyncReport> {
  const report = await device.engine.syncOnce();
  if (!report.ok) throw new Error(`sync failed: ${JSON.stringify(report.error)}`);
  if (report.pushed.rejected > 0) throw new Error(`sync rejected ${report.pushed.rejected} changes`);
  return report;
}
