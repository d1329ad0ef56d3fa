import { type Conflict, fetchConflicts, fetchRejections, type RejectionEntry } from '@keliling/sync';
import type { KelilingDb } from '../db/database';
import type { RecordCipher } from '../security/recordCipher';

/**
 * What the server knows about this unit's records that the device shows offline: open conflicts and the device's
 * rejection log. Fetched after each successful sync, kept sealed in `meta`
 * (they hold what people told an officer), read from there when offline.
 */
export type ServerCredential = { serverUrl: string; token: string };

const conflictsKey = 'cache.conflicts';
const rejectionsKey = 'cache.rejections';

type Cached<T> = { fetchedAt: string; value: T };

async function readCache<T>(db: KelilingDb, cipher: RecordCipher, key: string): Promise<Cached<T> | null> {
  const value = (await db.meta.get(key))?.value;
  return value instanceof Uint8Array ? (cipher.open(value, `meta/${key}`) as Cached<T>) : null;
}

async function writeCache<T>(
  db: KelilingDb,
  cipher: RecordCipher,
  key: string,
  value: T,
  now: () => number,
): Promise<void> {
  await db.meta.put({
    key,
    value: cipher.seal({ fetchedAt: new Date(now()).toISOString(), value } satisfies Cached<T>, `meta/${key}`),
  });
}

const maxPages = 20;

/** Refreshes the cached open conflicts and rejection log (after a successful sync round). */
export async function refreshReviewCache(
  db: KelilingDb,
  cipher: RecordCipher,
  server: ServerCredential,
  now: () => number = Date.now,
): Promise<void> {
  const options = { baseUrl: server.serverUrl, token: server.token, headers: { 'accept-language': 'id' } };
  const conflicts: Conflict[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < maxPages; page++) {
    const response = await fetchConflicts(options, { status: 'open', limit: 500, cursor });
    conflicts.push(...response.conflicts);
    cursor = response.cursor ?? null;
    if (!response.hasMore || !cursor) break;
  }
  const rejections: RejectionEntry[] = [];
  cursor = null;
  for (let page = 0; page < maxPages; page++) {
    const response = await fetchRejections(options, { limit: 500, cursor });
    rejections.push(...response.rejections);
    cursor = response.cursor ?? null;
    if (!response.hasMore || !cursor) break;
  }
  await writeCache(db, cipher, conflictsKey, conflicts, now);
  await writeCache(db, cipher, rejectionsKey, rejections, now);
}

export async function cachedConflicts(db: KelilingDb, cipher: RecordCipher): Promise<Conflict[]> {
  return (await readCache<Conflict[]>(db, cipher, conflictsKey))?.value ?? [];
}

/** How many open conflicts the last fetch found (for the sync panel). */
export async function openConflictCount(db: KelilingDb, cipher: RecordCipher): Promise<number> {
  return (await cachedConflicts(db, cipher)).filter((conflict) => conflict.status === 'open').length;
}

export async function cachedServerRejections(db: KelilingDb, cipher: RecordCipher): Promise<RejectionEntry[]> {
  return (await readCache<RejectionEntry[]>(db, cipher, rejectionsKey))?.value ?? [];
}
