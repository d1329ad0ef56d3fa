import { rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { type BenchResult, goal, isMain, log, runAsScript, sizeFromEnv } from './lib/emit.js';
import { planDevices, pushAll, recordsForDevices, unitOfDevice } from './lib/push.js';
import type { SimRecord } from './lib/records.js';
import { enroll, startBenchServer, tempDir } from './lib/server.js';
import { perSecond, round, timed } from './lib/stats.js';

export type IngestOptions = { records: number; devices: number; batch: number };

/**
 * Server ingest: `records` generated SIM applications pushed by `devices` enrolled devices in parallel over
 * loopback HTTP to the real server, against inserting the same records into one SQLite table in one transaction.
 */
export async function runIngest(options: IngestOptions): Promise<BenchResult> {
  const server = await startBenchServer();
  try {
    log(`ingest: generating ${options.records} records for ${options.devices} devices`);
    const records = recordsForDevices(options.devices, options.records, 'ingest');
    const devices = [];
    for (let i = 0; i < options.devices; i++)
      devices.push(await enroll(server.url, server.store, unitOfDevice(i), `Bench ${i + 1}`));
    const plans = planDevices(devices, records, options.batch);
    const pushes = plans.reduce((n, plan) => n + plan.bodies.length, 0);

    log('ingest: pushing');
    const pushed = await timed(() => pushAll(server.url, plans));
    const tally = pushed.value;
    if (tally.applied !== options.records) {
      throw new Error(`expected ${options.records} applied, got ${tally.applied} (${JSON.stringify(tally.other)})`);
    }

    log('ingest: raw SQLite baseline');
    const raw = rawInsert(plans.flatMap((plan) => plan.records));
    const serverRate = perSecond(options.records, pushed.ms);
    const rawRate = perSecond(options.records, raw.ms);
    const ratio = round(serverRate / rawRate, 3);
    return {
      name: 'ingest',
      title: 'Server ingest (sync/push over loopback HTTP vs raw SQLite insert)',
      figures: {
        records: options.records,
        devices: options.devices,
        pushes,
        serverSeconds: round(pushed.ms / 1000, 2),
        serverRecordsPerSecond: serverRate,
        rawSqliteRecordsPerSecond: rawRate,
        ratioToRaw: ratio,
      },
      goals: [goal('server ingest / raw SQLite insert', ratio, 'min', 0.3, ingestWhy)],
      notes: [
        'Server and devices share this process; requests are plain JSON (as the engine sends them), at most ' +
          `${options.batch} changes each. Every change answered \`applied\`.`,
        'Baseline: the same records as (id, JSON) rows in one table of a WAL SQLite file (synchronous=NORMAL, ' +
          'as the server opens its database), one prepared statement, one transaction.',
      ],
    };
  } finally {
    await server.stop();
  }
}

/** Why a push is an order of magnitude slower than a bare insert (from node --cpu-prof of this benchmark). */
export const ingestWhy =
  'A push is not an insert. Per change the server checks the idempotency key and the unit scope, validates the ' +
  'fields (zod) and the domain rules (NIK, ages, fee table in force), hashes the content, and writes the history ' +
  'row, the record’s row (listing columns and, since migration 007, its whole merged state as one JSON value ' +
  'instead of one row per winning field, about 20 for a SIM application), an audit-chain entry and, for a ' +
  'submitted application, the queued SMS: about a dozen B-tree writes with their indexes against the baseline’s ' +
  'one, plus HTTP and JSON, and one fsync per commit (synchronous=FULL). A CPU profile of the push work (5,000 ' +
  'records, after 007) puts validation and rules at about 40%, the audit entry, receipt index and SMS at 25%, the ' +
  'history and record rows at 20%, content hashing at 7%. 30% of a bare insert would leave about 0.1 ms per record ' +
  'for all of that: out of reach without dropping the checks, the audit chain or the notifications.';

/** The floor: one table, one prepared insert, one transaction, same pragmas as the server's database. */
export function rawInsert(records: readonly SimRecord[]): { ms: number } {
  const dir = tempDir('raw');
  const db = new Database(join(dir, 'raw.db'));
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.exec('CREATE TABLE records (id TEXT PRIMARY KEY, fields TEXT NOT NULL)');
    const insert = db.prepare('INSERT INTO records (id, fields) VALUES (?, ?)');
    const start = performance.now();
    db.transaction(() => {
      for (const record of records) insert.run(record.id, JSON.stringify(record.fields));
    })();
    const ms = performance.now() - start;
    const count = (db.prepare('SELECT count(*) AS n FROM records').get() as { n: number }).n;
    if (count !== records.length) throw new Error(`raw insert stored ${count} of ${records.length}`);
    return { ms };
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (isMain(import.meta.url)) {
  runAsScript(() =>
    runIngest({
      records: sizeFromEnv('BENCH_INGEST_RECORDS', 50_000),
      devices: sizeFromEnv('BENCH_INGEST_DEVICES', 10),
      batch: 1000,
    }),
  );
}
