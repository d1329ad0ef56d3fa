import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { createHlcClock } from '@keliling/sync';
import { startCountingProxy } from './lib/counting-proxy.js';
import { createBenchDevice, syncOk, writeRecords } from './lib/device.js';
import { type BenchResult, goal, isMain, log, runAsScript, sizeFromEnv } from './lib/emit.js';
import { officerOf } from './lib/push.js';
import { chunks, creatingChanges, plainJsonBytes, simRecords } from './lib/records.js';
import { enroll, startBenchServer } from './lib/server.js';
import { round } from './lib/stats.js';

const gzipAsync = promisify(gzip);
const unitId = 'unit-sleman-1';

/**
 * Bytes on the wire per record, headers included, counted by a TCP proxy between the clients and the server:
 * pushes with a gzip body (the contract allows `Content-Encoding: gzip`), the engine's own push (its HTTP
 * transport gzips bodies of 1 KiB or more), and a fresh device's full pull (gzip response). The baseline is the
 * records as plain JSON.
 */
export async function runWire(options: { records: number }): Promise<BenchResult> {
  const server = await startBenchServer();
  const proxy = await startCountingProxy({ host: '127.0.0.1', port: server.port });
  try {
    const gzipDevice = await enroll(server.url, server.store, unitId, 'Gzip');
    const engineWriter = createBenchDevice(proxy.url, await enroll(server.url, server.store, unitId, 'Penulis'));
    const reader = createBenchDevice(proxy.url, await enroll(server.url, server.store, unitId, 'Pembaca'));

    // Two disjoint record sets of the same size and shape: one pushed gzip, one by the engine.
    const gzipRecords = simRecords(options.records, unitId, 'wire-gzip');
    const engineRecords = simRecords(options.records, unitId, 'wire-engine');
    const plain = plainJsonBytes(gzipRecords);

    log('wire: gzip push');
    const changes = creatingChanges(gzipRecords, createHlcClock({ nodeId: gzipDevice.nodeId }), officerOf(unitId));
    proxy.reset();
    for (const part of chunks(changes, 1000)) {
      const body = await gzipAsync(JSON.stringify({ changes: part }));
      const res = await fetch(`${proxy.url}/api/v1/sync/push`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'content-encoding': 'gzip',
          authorization: `Bearer ${gzipDevice.token}`,
        },
        body,
      });
      if (res.status !== 200) throw new Error(`gzip push answered ${res.status}: ${await res.text()}`);
      await res.arrayBuffer();
    }
    const gzipPush = proxy.counts();

    log('wire: engine push');
    await writeRecords(engineWriter, engineRecords, officerOf(unitId));
    const enginePlain = plainJsonBytes(engineRecords);
    proxy.reset();
    // The engine's round also pulls: count until its first pull call (the push phase), by a reset in between.
    const pushed = await syncOk(engineWriter);
    if (pushed.pushed.applied !== options.records) throw new Error(`engine applied ${pushed.pushed.applied}`);
    const engineRound = proxy.counts();

    log('wire: full pull');
    proxy.reset();
    const pulled = await syncOk(reader);
    const pull = proxy.counts();
    const total = 2 * options.records;
    if (pulled.pulled < total) throw new Error(`pulled ${pulled.pulled} of ${total}`);

    const perRecord = (bytes: number, n: number) => round(bytes / n, 1);
    const plainPerRecord = perRecord(plain, options.records);
    const gzipPushShare = round(gzipPush.up / plain, 3);
    const pullShare = round(pull.down / (plain + enginePlain), 3);
    const enginePushShare = round(engineRound.up / enginePlain, 3);
    return {
      name: 'wire',
      title: 'Bytes on the wire per record (gzip), against plain JSON',
      figures: {
        records: options.records,
        plainJsonBytesPerRecord: plainPerRecord,
        gzipPushBytesPerRecord: perRecord(gzipPush.up, options.records),
        gzipPushShareOfPlain: gzipPushShare,
        enginePushBytesPerRecord: perRecord(engineRound.up, options.records),
        enginePushShareOfPlain: enginePushShare,
        pullBytesPerRecord: perRecord(pull.down, total),
        pullShareOfPlain: pullShare,
        pushResponseBytesPerRecord: perRecord(gzipPush.down, options.records),
      },
      goals: [
        goal('push with gzip body, share of plain JSON', gzipPushShare, 'max', 0.25),
        goal('pull (gzip response), share of plain JSON', pullShare, 'max', 0.25),
        goal('push as the engine sends it (gzip body), share of plain JSON', enginePushShare, 'max', 0.25),
      ],
      notes: [
        'Counted by a TCP proxy: request and response bytes including HTTP headers, per record.',
        'Each change carries its envelope (change id, entity, record id, HLC, officer) on top of the fields.',
        'The engine round is counted whole (its push, then its pull of the same records is answered by the ' +
          'server too): enginePush counts only the upstream bytes, which are the push bodies plus small GETs.',
      ],
    };
  } finally {
    await proxy.stop();
    await server.stop();
  }
}

if (isMain(import.meta.url)) {
  runAsScript(() => runWire({ records: sizeFromEnv('BENCH_WIRE_RECORDS', 5000) }));
}
