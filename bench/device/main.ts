// The device benchmark page: the desktop app's own Dexie storage (encrypted rows, blind indexes) and the records
// list's queries (desktop/src/db/recordQuery.ts), in Chromium. bench/src/device.ts builds this page with Vite, serves
// it on loopback and calls runDeviceBench.
import { applyChange, type Change, createHlcClock, newUlid, stampChange } from '@keliling/sync';
import { openDatabase } from '../../desktop/src/db/database';
import { createDexieStorage } from '../../desktop/src/db/dexieStorage';
import { buildLocalRecord, toViewRow } from '../../desktop/src/db/localRecord';
import type { RecordFilter } from '../../desktop/src/db/recordFilters';
import { firstRecordPage } from '../../desktop/src/db/recordQuery';
import { sealConfirmed, sealOutbox, sealView } from '../../desktop/src/db/sealedRows';
import { createRecordCipher } from '../../desktop/src/security/recordCipher';

type SimRecord = { id: string; fields: Record<string, unknown> };
type Options = {
  recordsUrl: string;
  /** Queries of each kind (each one timed). */
  queries: number;
  /** Records saved one after another through the storage's write, each timed (the save latency). */
  timedSaves: number;
  /** Of the bulk-loaded records, the share that the server has confirmed (synced); the rest wait in the outbox. */
  syncedShare: number;
  bulkChunk: number;
};

const entity = 'sim_applications';

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;
}
const summary = (ms: number[], hits: number[]) => ({
  medianMs: quantile(ms, 0.5),
  p95Ms: quantile(ms, 0.95),
  queries: ms.length,
  medianHits: quantile(hits, 0.5),
});

async function runDeviceBench(options: Options) {
  const records = (await (await fetch(options.recordsUrl)).json()) as SimRecord[];
  const name = `keliling-bench-${Date.now()}`;
  const db = openDatabase(name);
  const cipher = createRecordCipher(crypto.getRandomValues(new Uint8Array(32)));
  const storage = createDexieStorage(db, { cipher: () => cipher });
  const clock = createHlcClock({ nodeId: '0123456789abcdef' });
  const change = (record: SimRecord): Change =>
    stampChange({ entity, entityId: record.id, fields: record.fields, by: 'officer-1' }, clock, () => newUlid());
  try {
    // Saving: the first `timedSaves` records each through the storage's write in its own transaction (outbox row,
    // sealed visible row, blind-index tokens), one after another, exactly as the SIM form saves one application.
    const saveMs: number[] = [];
    const writeStart = performance.now();
    const timed = records.slice(0, options.timedSaves);
    for (const record of timed) {
      const t = performance.now();
      await storage.write(change(record));
      saveMs.push(performance.now() - t);
    }
    const writeMs = performance.now() - writeStart;

    // The rest, bulk-loaded through the same sealing and index code (sealedRows.ts, localRecord.ts) in large
    // transactions: the rows are what the write and a pull leave behind, only written many at a time. Most are
    // synced (confirmed layer, as a pull leaves it; the history rows a pull also keeps are left out: the list does not
    // read them), the rest pending (outbox), so the sync-state filter has something to select.
    const bulkStart = performance.now();
    const rest = records.slice(timed.length);
    let pendingBulk = 0;
    for (let i = 0; i < rest.length; i += options.bulkChunk) {
      const outbox = [];
      const confirmed = [];
      const views = [];
      for (const [j, record] of rest.slice(i, i + options.bulkChunk).entries()) {
        const c = change(record);
        const synced = ((i + j) * 0.618034) % 1 < options.syncedShare;
        if (synced) {
          const state = applyChange(undefined, c).state;
          confirmed.push(sealConfirmed(cipher, entity, record.id, state));
          views.push(sealView(cipher, toViewRow(buildLocalRecord(entity, record.id, state, [], [])!)));
        } else {
          pendingBulk++;
          outbox.push(sealOutbox(cipher, c));
          views.push(sealView(cipher, toViewRow(buildLocalRecord(entity, record.id, undefined, [c], [])!)));
        }
      }
      await db.transaction('rw', [db.outbox, db.confirmed, db.records], async () => {
        await db.outbox.bulkAdd(outbox);
        await db.confirmed.bulkPut(confirmed);
        await db.records.bulkPut(views);
      });
    }
    const bulkMs = performance.now() - bulkStart;
    const stored = await db.records.count();

    // The queries: what the records list runs for a filter (count + first page of 50 rows opened), through
    // recordQuery.ts's firstRecordPage.
    const pick = (i: number) => records[(i * 7919) % records.length]!;
    const withReceipt = records.filter((r) => typeof r.fields.receiptNumber === 'string');
    const words = (r: SimRecord) => String(r.fields.fullName).split(/\s+/);
    const twoWordNames = records.filter((r) => words(r).length >= 2);
    const cases: Record<string, (i: number) => { filter: RecordFilter; check?: (rows: unknown[]) => boolean }> = {
      byStatus: (i) => ({ filter: { status: ['submitted', 'draft'][i % 2]! } }),
      byNik: (i) => {
        const nik = String(pick(i).fields.nik);
        return {
          filter: { search: nik },
          check: (rows) => (rows as { fields: { nik?: string } }[]).some((r) => r.fields.nik === nik),
        };
      },
      byReceipt: (i) => {
        const receipt = String(withReceipt[(i * 7919) % withReceipt.length]!.fields.receiptNumber);
        return {
          filter: { search: receipt.toLowerCase() },
          check: (rows) =>
            (rows as { fields: { receiptNumber?: string } }[]).some((r) => r.fields.receiptNumber === receipt),
        };
      },
      // What an officer types: the start of the first name ("sit"), or of the first and the last name ("sit rah").
      byOneNamePrefix: (i) => ({ filter: { search: words(pick(i + 1000))[0]!.slice(0, 3) } }),
      byTwoNamePrefixes: (i) => {
        const w = words(twoWordNames[(i * 7919) % twoWordNames.length]!);
        return { filter: { search: `${w[0]!.slice(0, 3)} ${w.at(-1)!.slice(0, 3)}` } };
      },
      byStatusAndSyncState: (i) => ({
        filter: { status: ['submitted', 'draft'][i % 2]!, syncState: i % 4 < 2 ? 'pending' : 'synced' },
      }),
      unfiltered: () => ({ filter: {} }),
    };
    const results: Record<string, ReturnType<typeof summary>> = {};
    for (const [kind, make] of Object.entries(cases)) {
      const ms: number[] = [];
      const hits: number[] = [];
      for (let i = 0; i < options.queries; i++) {
        const { filter, check } = make(i);
        const t = performance.now();
        const page = await firstRecordPage(db, cipher, filter, 50);
        ms.push(performance.now() - t);
        hits.push(page.total);
        if (page.total === 0 || page.rows.length === 0) throw new Error(`${kind}: nothing found`);
        if (check && !check(page.rows)) throw new Error(`${kind}: the record searched for is not on the first page`);
      }
      results[kind] = summary(ms, hits);
    }
    return {
      records: records.length,
      stored,
      timedSaves: timed.length,
      writeMs,
      bulkLoaded: rest.length,
      bulkPending: pendingBulk,
      bulkMs,
      save: { medianMs: quantile(saveMs, 0.5), p95Ms: quantile(saveMs, 0.95) },
      queries: results,
      userAgent: navigator.userAgent,
    };
  } finally {
    db.close();
    await db.delete();
  }
}

(window as unknown as { runDeviceBench: typeof runDeviceBench }).runDeviceBench = runDeviceBench;
document.title = 'ready';
