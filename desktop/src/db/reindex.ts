import type { RecordCipher } from '../security/recordCipher';
import type { KelilingDb } from './database';
import { indexVersion } from './recordFilters';
import { openView, sealView } from './sealedRows';

/** Rows whose index columns predate this version of the app (schema upgrade to 3 marks them `ix` = 0). */
export function staleIndexCount(db: KelilingDb): Promise<number> {
  return db.records.where('ix').below(indexVersion).count();
}

/**
 * Completes the version-3 migration once the data key is known: each row written before it is opened and sealed
 * again, which writes its status, sync-state, visit and receipt index columns. Works in small transactions so the
 * app stays responsive and a closed window loses nothing (the remaining rows still carry the old `ix`). Returns how
 * many rows it rewrote.
 */
export async function reindexRecords(
  db: KelilingDb,
  cipher: RecordCipher,
  options: { batch?: number; onProgress?: (done: number) => void } = {},
): Promise<number> {
  const batch = options.batch ?? 500;
  let done = 0;
  for (;;) {
    const rewritten = await db.transaction('rw', db.records, async () => {
      const rows = await db.records.where('ix').below(indexVersion).limit(batch).toArray();
      await db.records.bulkPut(rows.map((row) => sealView(cipher, openView(cipher, row))));
      return rows.length;
    });
    done += rewritten;
    options.onProgress?.(done);
    if (rewritten < batch) return done;
  }
}
