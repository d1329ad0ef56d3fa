// The device benchmark page: the desktop app's own Dexie storage (encrypted rows, blind indexes) and its record
// queries, in Chromium. bench/src/device.ts builds this page with Vite, serves it on loopback and calls runDeviceBench.
import { createHlcClock, newUlid, stampChange } from '@keliling/sync';
import { openDatabase } from '../../desktop/src/db/database';
import { createDexieStorage } from '../../desktop/src/db/dexieStorage';
import { listRecordViews, searchRecordViews } from '../../desktop/src/db/recordViews';
import { createRecordCipher } from '../../desktop/src/security/recordCipher';

type SimRecord = { id: string; fields: Record<string, unknown> };
type Options = { recordsUrl: string; nikQueries: number; nameQueries: number; statusQueries: number };

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
  try {
    // Saving: each record through the storage's write in its own transaction (outbox row, sealed visible row, blind
    // index tokens), exactly as the SIM form saves one application.
    const saveMs: number[] = [];
    const writeStart = performance.now();
    for (const record of records) {
      const change = stampChange({ entity, entityId: record.id, fields: record.fields, by: 'officer-1' }, clock, () =>
        newUlid(),
      );
      const t = performance.now();
      await storage.write(change);
      saveMs.push(performance.now() - t);
    }
    const writeMs = performance.now() - writeStart;
    const stored = await db.records.count();

    const pick = (i: number) => records[(i * 7919) % records.length]!;
    const nikMs: number[] = [];
    const nikHits: number[] = [];
    for (let i = 0; i < options.nikQueries; i++) {
      const nik = String(pick(i).fields.nik);
      const t = performance.now();
      const found = await searchRecordViews(db, cipher, entity, nik);
      nikMs.push(performance.now() - t);
      nikHits.push(found?.length ?? 0);
      if (!found?.some((r) => r.fields.nik === nik)) throw new Error(`NIK ${nik} not found`);
    }
    const nameMs: number[] = [];
    const nameHits: number[] = [];
    for (let i = 0; i < options.nameQueries; i++) {
      const words = String(pick(i + 1000).fields.fullName).split(/\s+/);
      // What an officer types: the start of the first name and of the last name, e.g. "sit rah".
      const query = `${words[0]!.slice(0, 3)} ${words.at(-1)!.slice(0, 3)}`;
      const t = performance.now();
      const found = await searchRecordViews(db, cipher, entity, query);
      nameMs.push(performance.now() - t);
      nameHits.push(found?.length ?? 0);
      if (!found || found.length === 0) throw new Error(`name "${query}" not found`);
    }
    const statusMs: number[] = [];
    const statusHits: number[] = [];
    const statuses = ['submitted', 'draft'];
    for (let i = 0; i < options.statusQueries; i++) {
      const status = statuses[i % statuses.length];
      const t = performance.now();
      // Application status is sealed with the rest of the fields: no index can see it, so this is the app's list
      // (newest first) opened and filtered.
      const found = (await listRecordViews(db, cipher, entity)).filter((r) => r.fields.status === status);
      statusMs.push(performance.now() - t);
      statusHits.push(found.length);
    }
    return {
      records: records.length,
      stored,
      writeMs,
      save: { medianMs: quantile(saveMs, 0.5), p95Ms: quantile(saveMs, 0.95) },
      byNik: summary(nikMs, nikHits),
      byNamePrefix: summary(nameMs, nameHits),
      byStatus: summary(statusMs, statusHits),
      userAgent: navigator.userAgent,
    };
  } finally {
    await db.delete();
  }
}

(window as unknown as { runDeviceBench: typeof runDeviceBench }).runDeviceBench = runDeviceBench;
document.title = 'ready';
