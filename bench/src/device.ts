import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { type BenchResult, goal, isMain, log, runAsScript, sizeFromEnv } from './lib/emit.js';
import { simRecords } from './lib/records.js';
import { tempDir } from './lib/server.js';
import { perSecond, round } from './lib/stats.js';

export const chromiumPath = process.env.KELILING_CHROMIUM ?? '/usr/bin/chromium';
const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export type DeviceOptions = {
  records: number;
  /** Timed queries of each kind. */
  queries: number;
  /** Saves timed one after another through the storage's write (the save latency); the rest are bulk-loaded. */
  timedSaves: number;
  /** Share of the bulk-loaded records that are synced (the rest pending). */
  syncedShare: number;
};

type QuerySummary = { medianMs: number; p95Ms: number; queries: number; medianHits: number };
type PageResult = {
  records: number;
  stored: number;
  timedSaves: number;
  writeMs: number;
  bulkLoaded: number;
  bulkPending: number;
  bulkMs: number;
  save: { medianMs: number; p95Ms: number };
  queries: Record<QueryKind, QuerySummary>;
  userAgent: string;
};

const queryKinds = {
  byStatus: 'status filter ("submitted" / "draft")',
  byNik: 'NIK search (16 digits)',
  byReceipt: 'receipt number search (typed in lower case)',
  byOneNamePrefix: 'one name start (3 letters, e.g. "sit")',
  byTwoNamePrefixes: 'two name starts (3 letters each, e.g. "sit rah")',
  byStatusAndSyncState: 'status + sync state combined',
  unfiltered: 'no filter (newest first)',
} as const;
type QueryKind = keyof typeof queryKinds;

/** Why a list query can miss its goal, shown beside a missed goal (the machine's load is in the header). */
const whyMissed: Record<QueryKind, string> = {
  byStatus:
    'The match count walks the status index range (IndexedDB keeps no counts), then 50 rows are opened (pure-JS AES-GCM).',
  byNik: 'An exact lookup in the blind NIK index, then the hit opened.',
  byReceipt: 'An exact lookup in the blind receipt index, then the hit opened.',
  byOneNamePrefix:
    'The keys under one word start are read from the blind name index (a common start matches thousands), sorted ' +
    'newest first, and 50 rows opened. Names are keyed hashes, so no range over clear names is possible.',
  byTwoNamePrefixes:
    'One lookup in the blind name-pair index (keyed hashes of pairs of three-letter word starts, db/namePairs.ts), ' +
    'about as many keys as answers, sorted newest first, then 50 rows opened.',
  byStatusAndSyncState:
    'One [status+sync+lastHlc] range: the match count walks it, then 50 rows are opened (pure-JS AES-GCM).',
  unfiltered:
    'The count of every service record walks the whole [svc+lastHlc] index (100,000 entries; IndexedDB keeps no ' +
    'counts), then 50 rows are opened.',
};
const loadNote = ' Measured with other work sharing the 2 CPUs (see the load average in the header).';

/** The records list's goal (issue 5): a search or filter answers in under 100 ms at the median with 100,000 records. */
const listGoalMs = 100;

/**
 * The device: the desktop app's Dexie storage (desktop/src/db, sealed rows and blind indexes, as the app runs it
 * after sign-in) in headless Chromium. A page built with Vite from bench/device imports it, saves SIM applications
 * through the storage, bulk-loads the rest through the same sealing code, and runs the records list's queries
 * (recordQuery.ts firstRecordPage: the count and the first 50 rows opened, what the list shows first).
 */
export async function runDevice(options: DeviceOptions): Promise<BenchResult> {
  const out = tempDir('device');
  let server: Server | null = null;
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    log('device: building the page');
    await build({
      root: fileURLToPath(new URL('../device', import.meta.url)),
      logLevel: 'warn',
      resolve: { conditions: ['source', 'module', 'browser', 'development|production'] },
      build: { outDir: out, emptyOutDir: true, minify: true, reportCompressedSize: false },
    });
    log(`device: generating ${options.records} records`);
    const records = simRecords(options.records, 'unit-sleman-1', 'device');
    writeFileSync(join(out, 'records.json'), JSON.stringify(records));
    server = await serveDir(out);
    const { port } = server.address() as AddressInfo;

    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/index.html`);
    await page.waitForFunction('document.title === "ready"');
    log('device: writing and querying in Chromium');
    const result = (await page.evaluate(
      (o) => (globalThis as unknown as { runDeviceBench(o: object): Promise<unknown> }).runDeviceBench(o),
      {
        recordsUrl: '/records.json',
        queries: options.queries,
        timedSaves: Math.min(options.timedSaves, options.records),
        syncedShare: options.syncedShare,
        bulkChunk: 2000,
      },
    )) as PageResult;
    if (result.stored !== options.records) throw new Error(`stored ${result.stored} of ${options.records}`);
    const figures: Record<string, number | string | null> = {
      records: options.records,
      timedSaves: result.timedSaves,
      writesPerSecond: perSecond(result.timedSaves, result.writeMs),
      saveMedianMs: round(result.save.medianMs, 2),
      saveP95Ms: round(result.save.p95Ms, 2),
      bulkLoaded: result.bulkLoaded,
      bulkLoadedPending: result.bulkPending,
      bulkRecordsPerSecond: result.bulkLoaded > 0 ? perSecond(result.bulkLoaded, result.bulkMs) : null,
      bulkSeconds: round(result.bulkMs / 1000, 1),
    };
    for (const kind of Object.keys(queryKinds) as QueryKind[]) {
      const s = result.queries[kind];
      figures[`${kind}.medianMs`] = round(s.medianMs, 1);
      figures[`${kind}.p95Ms`] = round(s.p95Ms, 1);
      figures[`${kind}.medianHits`] = s.medianHits;
    }
    figures.chromium = /Chrome\/([\d.]+)/.exec(result.userAgent)?.[1] ?? result.userAgent;
    const size = options.records.toLocaleString('en-US');
    return {
      name: 'device',
      title: 'The device: the records list over Dexie (IndexedDB) in Chromium, the desktop app’s encrypted storage',
      figures,
      goals: [
        goal('save one record, p95 (ms)', result.save.p95Ms, 'max', 50),
        ...(Object.keys(queryKinds) as QueryKind[]).map((kind) =>
          goal(
            `list: ${queryKinds[kind]}, median (ms), ${size} records`,
            result.queries[kind].medianMs,
            'max',
            listGoalMs,
            whyMissed[kind] + loadNote,
          ),
        ),
      ],
      notes: [
        `Size: ${size} records on the device (BENCH_DEVICE_RECORDS). The list goal (issue 5): under ${listGoalMs} ms at ` +
          'the median for every search and filter, at 100,000 records.',
        `Saving: the first ${result.timedSaves} records through the storage’s \`write\`, one after another, each in ` +
          'its own IndexedDB transaction as the SIM form saves (outbox row + sealed visible row + blind-index tokens; ' +
          'AES-GCM and HMAC-SHA-256 in pure JS); save latency and writesPerSecond come from these.',
        `Bulk load: the other ${result.bulkLoaded.toLocaleString('en-US')} records are not written one by one ` +
          '(100,000 saves one by one took 17 min here). They go through the same sealing and index code ' +
          '(db/sealedRows.ts sealView / sealOutbox / sealConfirmed over db/localRecord.ts) and are ' +
          `written 2,000 per transaction: ${result.bulkPending.toLocaleString('en-US')} pending (outbox), the rest ` +
          'synced (confirmed layer, as a pull leaves it; the history rows a pull also writes are left out, the list does not ' +
          'read them), so the sync-state filter selects part of the store. Sealing is pure JS (~2.4 ms a record here), ' +
          'so the bulk load is most of this benchmark’s run time.',
        `Queries: ${options.queries} of each kind through recordQuery.ts \`firstRecordPage\` (what the list runs for a ` +
          'filter: how many match, and the first 50 rows opened and decrypted). medianHits is the median match count. ' +
          Object.entries(queryKinds)
            .map(([kind, what]) => `${kind}: ${what}`)
            .join('; ') +
          '.',
      ],
    };
  } finally {
    await browser.close();
    if (server) await new Promise<void>((resolve) => server!.close(() => resolve()));
    rmSync(out, { recursive: true, force: true });
  }
}

const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json' };

/** A static file server for the built page, on loopback. */
async function serveDir(dir: string): Promise<Server> {
  const server = createServer((req, res) => {
    const path = normalize(join(dir, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)));
    if (!path.startsWith(dir) || !existsSync(path)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
    res.end(readFileSync(path));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return server;
}

if (isMain(import.meta.url)) {
  runAsScript(() =>
    runDevice({
      records: sizeFromEnv('BENCH_DEVICE_RECORDS', 100_000),
      queries: sizeFromEnv('BENCH_DEVICE_QUERIES', 30),
      timedSaves: sizeFromEnv('BENCH_DEVICE_TIMED_SAVES', 2_000),
      syncedShare: 0.8,
    }),
  );
}
