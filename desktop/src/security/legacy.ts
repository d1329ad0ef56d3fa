import type { Change, Rejection, SyncStorage } from '@keliling/sync';
import type { KelilingDb } from '../db/database';

/**
 * Work captured before encryption (schema version 1) waits in `legacy` in clear; at the first sign-in it goes back
 * into the outbox and the rejections list through the (sealing) storage, and the clear copies are deleted.
 */
export async function adoptLegacyWork(db: KelilingDb, storage: SyncStorage): Promise<number> {
  const rows = await db.legacy.toArray();
  if (rows.length === 0) return 0;
  for (const row of rows) {
    if (row.table === 'outbox') await storage.write(row.row.change as Change);
  }
  const rejections = rows.filter((row) => row.table === 'rejections').map((row) => row.row.rejection as Rejection);
  if (rejections.length > 0) {
    await storage.recordPushOutcomes(
      rejections.map((rejection) => ({ kind: 'rejected', change: rejection.change, reason: rejection.reason, rejectedAt: rejection.rejectedAt })),
    );
  }
  await db.legacy.bulkDelete(rows.flatMap((row) => (row.id === undefined ? [] : [row.id])));
  return rows.length;
}
