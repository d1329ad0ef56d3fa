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

export type DeviceOptions = { records: number; nikQueries: number; nameQueries: number; statusQueries: number };

type PageResult = {
  records: number;
  stored: number;
  writeMs: number;
  save: { medianMs: number; p95Ms: number };
  byNik: QuerySummary;
  byNamePrefix: QuerySummary;
  byStatus: QuerySummary;
  userAgent: string;
};
type QuerySummary = { medianMs: number; p95Ms: number; queries: number; medianHits: number };

/**
 * The device: the desktop app's Dexie storage (desktop/src/db, sealed rows and blind indexes, as the app runs it
 * after sign-in) in headless Chromium. A page built with Vite from bench/device imports it, writes `records` SIM
 * applications and queries them by NIK, by name prefix and by application status.
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
        nikQueries: options.nikQueries,
        nameQueries: options.nameQueries,
        statusQueries: options.statusQueries,
      },
    )) as PageResult;
    if (result.stored !== options.records) throw new Error(`stored ${result.stored} of ${options.records}`);
    const q = (s: QuerySummary) => ({ median: round(s.medianMs, 1), p95: round(s.p95Ms, 1) });
    return {
      name: 'device',
      title: 'The device: Dexie (IndexedDB) in Chromium, the desktop app’s encrypted storage',
      figures: {
        records: options.records,
        writesPerSecond: perSecond(options.records, result.writeMs),
        writeSeconds: round(result.writeMs / 1000, 1),
        saveMedianMs: round(result.save.medianMs, 2),
        saveP95Ms: round(result.save.p95Ms, 2),
        byNikMedianMs: q(result.byNik).median,
        byNikP95Ms: q(result.byNik).p95,
        byNamePrefixMedianMs: q(result.byNamePrefix).median,
        byNamePrefixP95Ms: q(result.byNamePrefix).p95,
        byNamePrefixMedianHits: result.byNamePrefix.medianHits,
        byStatusMedianMs: q(result.byStatus).median,
        byStatusP95Ms: q(result.byStatus).p95,
        byStatusMedianHits: result.byStatus.medianHits,
        chromium: /Chrome\/([\d.]+)/.exec(result.userAgent)?.[1] ?? result.userAgent,
      },
      goals: [
        goal('save one record, p95 (ms)', result.save.p95Ms, 'max', 50),
        goal('search by NIK, p95 (ms)', result.byNik.p95Ms, 'max', 100),
        goal('search by name prefix, p95 (ms)', result.byNamePrefix.p95Ms, 'max', 500),
      ],
      notes: [
        'Each record is saved through the storage’s `write` in its own IndexedDB transaction, as the SIM form saves ' +
          '(outbox row + sealed visible row + blind-index tokens; AES-GCM and HMAC-SHA-256 in pure JS).',
        `NIK: ${result.byNik.queries} exact searches through the blind NIK index. Name: ${result.byNamePrefix.queries} ` +
          'searches of two 3-letter word starts (e.g. "sit rah") through the blind name-prefix index, hits opened.',
        `Status: application status is sealed with the fields, so no index sees it: the app’s list (all ${options.records} ` +
          `records, newest first) is opened and filtered (${result.byStatus.queries} queries). The query bounds are ours.`,
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
      nikQueries: 50,
      nameQueries: 30,
      statusQueries: 5,
    }),
  );
}
