import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chromiumPath, runDevice } from './device.js';
import { runIngest } from './ingest.js';
import { runLoad } from './load.js';
import { runMemory } from './memory.js';
import { runRoundTrip } from './roundtrip.js';
import { runWire } from './wire.js';

// Each benchmark at a tiny size, as a correctness check of the benchmark itself (it runs, every record arrives,
// it reports its figures). No timing is asserted: that is what `npm run bench` and docs/benchmarks.md are for.
describe('benchmarks, tiny', () => {
  it('ingest: every pushed record is applied; the raw baseline stores them all', async () => {
    const r = await runIngest({ records: 200, devices: 2, batch: 50 });
    expect(r.figures.records).toBe(200);
    expect(r.figures.serverRecordsPerSecond).toBeGreaterThan(0);
    expect(r.figures.rawSqliteRecordsPerSecond).toBeGreaterThan(0);
  }, 120_000);

  it('round trip: Keliling and PouchDB both deliver every record to a fresh replica', async () => {
    const r = await runRoundTrip({ records: 100, pouchBatch: 50 });
    for (const key of ['kelilingPushPerSecond', 'kelilingPullPerSecond', 'pouchPushPerSecond', 'pouchPullPerSecond'])
      expect(r.figures[key]).toBeGreaterThan(0);
  }, 120_000);

  it('wire: counts bytes both ways, gzip pushes smaller than plain JSON', async () => {
    const r = await runWire({ records: 100 });
    expect(r.figures.gzipPushShareOfPlain).toBeGreaterThan(0);
    expect(r.figures.gzipPushShareOfPlain).toBeLessThan(1);
    expect(r.figures.pullBytesPerRecord).toBeGreaterThan(0);
  }, 120_000);

  it('memory: the built server program ingests and its peak memory is read from /proc', async () => {
    const r = await runMemory({ records: 200, devices: 2 });
    expect(r.figures.peakRssDuringIngestMiB).toBeGreaterThan(0);
    expect(r.figures.pulledByOneDevice).toBeGreaterThan(0);
  }, 120_000);

  it('load: autocannon pulls and pushes with no errors; /healthz is polled throughout', async () => {
    const r = await runLoad({ connections: 4, seconds: 1, seedRecords: 100, pushBatch: 2 });
    expect(r.figures['pull.requests']).toBeGreaterThan(0);
    expect(r.figures['push.requests']).toBeGreaterThan(0);
    expect(r.figures['pull.errors']).toBe(0);
    expect(r.figures['push.statusOther']).toBe(0);
    expect(r.figures['pull.healthzFailures']).toBe(0);
  }, 120_000);

  it.skipIf(!existsSync(chromiumPath))(
    'device: the desktop storage in Chromium saves records and the records list finds them',
    async () => {
      const r = await runDevice({
        records: 300,
        queries: 2,
        timedSaves: 30,
        syncedShare: 0.8,
      });
      expect(r.figures.records).toBe(300);
      expect(r.figures.bulkLoaded).toBe(270);
      expect(r.figures['byNik.medianHits']).toBe(1);
      expect(r.figures['byTwoNamePrefixes.medianHits']).toBeGreaterThan(0);
      expect(r.figures['byStatusAndSyncState.medianHits']).toBeGreaterThan(0);
    },
    180_000,
  );
});
