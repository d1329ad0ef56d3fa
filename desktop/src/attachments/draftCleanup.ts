import type { KelilingDb } from '../db/database';
import { indexesComplete } from '../db/reindex';

/** How long a photo captured into a form that was never saved is kept. */
export const draftLifetimeMs = 7 * 24 * 60 * 60 * 1000;

/**
 * Removes photo drafts (captured, but no saved record refers to them: the form was closed unsaved) older than
 * `maxAgeMs`. Only drafts go: a saved record's photo is `pending` from the save on, and a draft that a record here
 * refers to anyway (one pulled from another device with the same photo) is kept, by the records' attachment index.
 * While rows still wait for that index (db/reindex.ts) nothing is removed. Returns how many were removed.
 */
export async function removeStaleDrafts(
  db: KelilingDb,
  options: { now?: () => number; maxAgeMs?: number } = {},
): Promise<number> {
  const now = options.now ?? Date.now;
  const cutoff = new Date(now() - (options.maxAgeMs ?? draftLifetimeMs)).toISOString();
  // One transaction over both tables: a save (which marks its drafts pending in its own) cannot slip in between.
  return db.transaction('rw', [db.attachments, db.records], async () => {
    if (!(await indexesComplete(db))) return 0;
    const old = await db.attachments
      .where('state')
      .equals('draft')
      .filter((row) => row.createdAt < cutoff)
      .primaryKeys();
    const unreferenced: string[] = [];
    for (const id of old)
      if ((await db.records.where('attachments').equals(id).limit(1).primaryKeys()).length === 0) unreferenced.push(id);
    await db.attachments.bulkDelete(unreferenced);
    return unreferenced.length;
  });
}
