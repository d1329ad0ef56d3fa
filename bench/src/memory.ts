import { createBenchDevice, syncOk } from './lib/device.js';
import { type BenchResult, goal, isMain, log, runAsScript, sizeFromEnv } from './lib/emit.js';
import { planDevices, pushAll, recordsForDevices, unitOfDevice } from './lib/push.js';
import { enrollAt, memoryOf, resetPeakMemory, startLauncherServer } from './lib/server.js';
import { perSecond, round } from './lib/stats.js';

/**
 * Server memory: the deployed program (`keliling-server serve --demo`, built launcher) in its own process while
 * `devices` devices push `records` records in parallel, then one device pulls its unit from the start. Peak
 * resident memory from /proc/PID/status (VmHWM), sampled every 50 ms along the way.
 */
export async function runMemory(options: {
  records: number;
  devices: number;
  /** NODE_OPTIONS for the server process, e.g. a heap cap (BENCH_MEMORY_NODE_OPTIONS). */
  nodeOptions?: string;
}): Promise<BenchResult> {
  const server = await startLauncherServer(options.nodeOptions);
  try {
    const idle = memoryOf(server.pid);
    log(`memory: generating ${options.records} records`);
    const records = recordsForDevices(options.devices, options.records, 'memory');
    const units = Array.from({ length: options.devices + 1 }, (_, i) => unitOfDevice(i));
    const devices = await enrollAt(server.url, server.dataDir, units);
    const reader = devices.pop()!;
    const plans = planDevices(devices, records, 1000);

    // Starting (migrations, demo seed, loading the region tables) has its own peak; the ingest's is measured apart.
    const startup = memoryOf(server.pid);
    const reset = resetPeakMemory(server.pid);
    let sampledPeak = 0;
    const sampler = setInterval(() => {
      sampledPeak = Math.max(sampledPeak, memoryOf(server.pid)?.rssMiB ?? 0);
    }, 50);
    try {
      log('memory: ingest');
      const start = performance.now();
      const tally = await pushAll(server.url, plans).catch((error: unknown) => {
        throw new Error(
          `ingest failed (server ${server.alive() ? 'up' : 'gone'}): ${String(error)}\n${server.output()}`,
          {
            cause: error,
          },
        );
      });
      const ingestMs = performance.now() - start;
      if (tally.applied !== options.records)
        throw new Error(`applied ${tally.applied}: ${JSON.stringify(tally.other)}`);
      const afterIngest = memoryOf(server.pid);

      log('memory: full pull of one unit');
      const device = createBenchDevice(server.url, reader);
      const pulled = await syncOk(device);
      const afterPull = memoryOf(server.pid);
      const ingestPeak = reset ? (afterIngest?.peakMiB ?? Number.NaN) : sampledPeak;
      return {
        name: 'memory',
        title: 'Server memory during ingest (built launcher, own process)',
        figures: {
          records: options.records,
          devices: options.devices,
          startupPeakRssMiB: round(startup?.peakMiB ?? Number.NaN, 1),
          idleRssMiB: round(idle?.rssMiB ?? Number.NaN, 1),
          peakRssDuringIngestMiB: round(ingestPeak, 1),
          rssAfterIngestMiB: round(afterIngest?.rssMiB ?? Number.NaN, 1),
          ingestRecordsPerSecond: perSecond(options.records, ingestMs),
          pulledByOneDevice: pulled.pulled,
          peakRssIncludingPullMiB: round(Math.max(afterPull?.peakMiB ?? 0, sampledPeak), 1),
          serverNodeOptions: options.nodeOptions ?? '(none)',
        },
        goals: [goal('peak RSS of the server during ingest (MiB)', ingestPeak, 'max', 300)],
        notes: [
          '`node sync-server/bin/keliling-server.js serve --port P --data-dir D --demo` (default rate limits: each ' +
            'device makes few, large pushes). Peak = VmHWM, the kernel’s high-water mark of resident memory, reset ' +
            'after start-up (/proc/PID/clear_refs) so the ingest peak is its own; start-up’s peak is shown apart.',
          'The ingest rate here has the server on its own process (the devices in the bench process).',
        ],
      };
    } finally {
      clearInterval(sampler);
    }
  } finally {
    await server.stop();
  }
}

if (isMain(import.meta.url)) {
  runAsScript(() =>
    runMemory({
      records: sizeFromEnv('BENCH_MEMORY_RECORDS', 50_000),
      devices: sizeFromEnv('BENCH_MEMORY_DEVICES', 10),
      ...(process.env.BENCH_MEMORY_NODE_OPTIONS ? { nodeOptions: process.env.BENCH_MEMORY_NODE_OPTIONS } : {}),
    }),
  );
}
