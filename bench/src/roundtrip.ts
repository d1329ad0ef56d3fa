import { createBenchDevice, syncOk, writeRecords } from './lib/device.js';
import { type BenchResult, goal, isMain, log, runAsScript, sizeFromEnv } from './lib/emit.js';
import { loadPouch, startPouchServer } from './lib/pouch.js';
import { officerOf } from './lib/push.js';
import { simRecords } from './lib/records.js';
import { enroll, startBenchServer } from './lib/server.js';
import { perSecond, round } from './lib/stats.js';

export type RoundTripOptions = { records: number; pouchBatch: number };

const unitId = 'unit-sleman-1';

/**
 * The same records through Keliling (one device pushes, a fresh device pulls everything) and through PouchDB
 * replication to express-pouchdb on LevelDB (a memory PouchDB pushes, a fresh one pulls). Rates in records/s.
 */
export async function runRoundTrip(options: RoundTripOptions): Promise<BenchResult> {
  const records = simRecords(options.records, unitId, 'roundtrip');
  const keliling = await kelilingRoundTrip(records);
  log(`roundtrip: keliling push ${keliling.push}/s, pull ${keliling.pull}/s`);
  const pouch = await pouchRoundTrip(records, options.pouchBatch);
  log(`roundtrip: pouchdb push ${pouch.push}/s, pull ${pouch.pull}/s`);
  const pushRatio = round(keliling.push / pouch.push, 2);
  const pullRatio = round(keliling.pull / pouch.pull, 2);
  return {
    name: 'roundtrip',
    title: 'Round trip: Keliling sync vs PouchDB replication (express-pouchdb on LevelDB)',
    figures: {
      records: options.records,
      kelilingPushPerSecond: keliling.push,
      kelilingPullPerSecond: keliling.pull,
      pouchPushPerSecond: pouch.push,
      pouchPullPerSecond: pouch.pull,
      pushRatio,
      pullRatio,
    },
    goals: [
      goal(
        'Keliling push / PouchDB push',
        pushRatio,
        'min',
        8,
        'Keliling’s push is the server ingest (see ingest: validation, rules, merge state, audit, ' +
          'notifications, one fsync per commit); PouchDB’s replication stores the documents as they come (a revision ' +
          'check, no content rules, no audit). Same order of cost on both sides, so a factor of 8 is out of reach ' +
          'without dropping the server’s checks.',
      ),
      goal(
        'Keliling pull / PouchDB pull',
        pullRatio,
        'min',
        8,
        'A fresh device is served compacted state: per record, its surviving field values grouped under the change ' +
          'that wrote them (one range query per page over the records’ stored states), each change checked against ' +
          'the contract (zod) and merged field ' +
          'by field on the device; PouchDB streams stored documents. Faster than PouchDB, not eight times.',
      ),
    ],
    notes: [
      'Keliling: createSyncEngine + createMemoryStorage + createHttpTransport against the real server (in this ' +
        'process, SQLite file); push = the round until its first pull, pull = a fresh device of the same unit syncing ' +
        'from nothing. Batches of 1000 (the server limit).',
      `PouchDB ${pouchVersion()}: memory adapter on the devices, express-pouchdb ${expressPouchVersion()} on the ` +
        `LevelDB adapter (files) in this process, replicate.to with batch_size ${options.pouchBatch}.`,
      'Records are written locally before the clock starts, on both sides.',
    ],
  };
}

async function kelilingRoundTrip(records: ReturnType<typeof simRecords>): Promise<{ push: number; pull: number }> {
  const server = await startBenchServer();
  try {
    const writer = createBenchDevice(server.url, await enroll(server.url, server.store, unitId, 'Penulis'));
    const reader = createBenchDevice(server.url, await enroll(server.url, server.store, unitId, 'Pembaca'));
    await writeRecords(writer, records, officerOf(unitId));

    const pushStart = performance.now();
    const pushed = await syncOk(writer);
    const pushEnd = writer.firstPullAt() ?? performance.now();
    if (pushed.pushed.applied !== records.length) throw new Error(`applied ${pushed.pushed.applied}`);

    const pullStart = performance.now();
    const pulled = await syncOk(reader);
    const pullMs = performance.now() - pullStart;
    const held = (await reader.storage.records('sim_applications')).length;
    if (held !== records.length) throw new Error(`the fresh device holds ${held} of ${records.length} records`);
    return { push: perSecond(records.length, pushEnd - pushStart), pull: perSecond(pulled.pulled, pullMs) };
  } finally {
    await server.stop();
  }
}

async function pouchRoundTrip(
  records: ReturnType<typeof simRecords>,
  batch: number,
): Promise<{ push: number; pull: number }> {
  const Pouch = loadPouch();
  const server = await startPouchServer(Pouch);
  const remoteUrl = `${server.url}/sim_applications`;
  const writer = new Pouch('writer', { adapter: 'memory' });
  const reader = new Pouch('reader', { adapter: 'memory' });
  try {
    await writer.bulkDocs(records.map((record) => ({ _id: record.id, ...record.fields })));

    const pushStart = performance.now();
    const pushed = await writer.replicate.to(remoteUrl, { batch_size: batch });
    const pushMs = performance.now() - pushStart;
    if (pushed.docs_written !== records.length) throw new Error(`PouchDB pushed ${pushed.docs_written}`);

    const remote = new Pouch(remoteUrl);
    const pullStart = performance.now();
    const pulled = await remote.replicate.to(reader, { batch_size: batch });
    const pullMs = performance.now() - pullStart;
    const held = (await reader.info()).doc_count;
    if (held !== records.length) throw new Error(`the fresh PouchDB holds ${held} of ${records.length} documents`);
    await remote.close();
    return { push: perSecond(records.length, pushMs), pull: perSecond(pulled.docs_written, pullMs) };
  } finally {
    await writer.destroy();
    await reader.destroy();
    await server.stop();
  }
}

function versionOf(name: string): string {
  try {
    return (require(`${name}/package.json`) as { version: string }).version;
  } catch {
    return '?';
  }
}
const require = (await import('node:module')).createRequire(import.meta.url);
const pouchVersion = () => versionOf('pouchdb-core');
const expressPouchVersion = () => versionOf('express-pouchdb');

if (isMain(import.meta.url)) {
  runAsScript(() => runRoundTrip({ records: sizeFromEnv('BENCH_ROUNDTRIP_RECORDS', 20_000), pouchBatch: 1000 }));
}
