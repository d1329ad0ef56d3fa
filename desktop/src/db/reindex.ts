import type { RecordCipher } from '../security/recordCipher';
import type { KelilingDb } from './database';
import { indexVersion } from './recordFilters';
import { openView, viewIndexColumns } from './sealedRows';

/** Rows whose index columns predate this version of the app (`ix` below indexVersion; see db/database.ts). */
export function staleIndexCount(db: KelilingDb): Promise<number> {
  return db.records.where('ix').below(indexVersion).count();
}

/** True when no row waits for its index columns (an existence check: cheap however many rows there are). */
export async function indexesComplete(db: KelilingDb): Promise<boolean> {
  return (await db.records.where('ix').below(indexVersion).limit(1).primaryKeys()).length === 0;
}

/**
 * Completes the schema migrations that need the data key (version 3's filter columns, version 5's name pairs and
 * attachment ids): each row written before them is opened and its index columns written again (nothing is
 * re-encrypted). Works in small transactions so the app stays responsive and a closed window loses nothing (the
 * remaining rows still carry the old `ix`). Returns how many rows it rewrote.
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
      // The sealed part stays as it is (bound to the same record); only the index columns are computed again.
      await db.records.bulkPut(
        rows.map((row) => ({ ...viewIndexColumns(cipher, openView(cipher, row)), sealed: row.sealed })),
      );
      return rows.length;
    });
    done += rewritten;
    options.onProgress?.(done);
    if (rewritten < batch) return done;
  }
}
