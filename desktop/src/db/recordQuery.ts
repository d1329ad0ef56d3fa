import type { Change } from '@keliling/sync';
import type { Collection } from 'dexie';
import type { RecordCipher } from '../security/recordCipher';
import { searchQuery } from '../security/searchIndex';
import type { KelilingDb, RecordViewRow, StoredViewRow } from './database';
import { namePairQuery } from './namePairs';
import { isServiceEntity, looksLikeReceipt, type RecordFilter } from './recordFilters';
import { indexesComplete } from './reindex';
import { openHistory, openView, receiptToken, visitToken } from './sealedRows';

/** A record's primary key in `records`: [entity, entityId]. */
export type RecordKey = [entity: string, entityId: string];

const low = '';
const high = '\uffff';

type Column = 'status' | 'sync' | 'visit';
type Condition = { column: Column; value: string };

function conditionsOf(cipher: RecordCipher, filter: RecordFilter): Condition[] {
  const out: Condition[] = [];
  if (filter.status) out.push({ column: 'status', value: filter.status });
  if (filter.syncState) out.push({ column: 'sync', value: filter.syncState });
  if (filter.visitId) out.push({ column: 'visit', value: visitToken(cipher, filter.visitId) });
  return out;
}

/** The column sets that have an index of their own ([<columns>+lastHlc], and [entity+<columns>+lastHlc]). */
const indexedColumnSets: Column[][] = [['status'], ['sync'], ['visit'], ['status', 'sync']];

/** One index range, newest first: the service records of `entity` (or all) with these column values. */
type Range = { covers: Condition[]; count(): Promise<number>; collection(): Collection<StoredViewRow, RecordKey> };

function rangeOf(db: KelilingDb, entity: string | undefined, conditions: Condition[]): Range {
  const columns = conditions.map((condition) => condition.column);
  const values = conditions.map((condition) => condition.value);
  const [index, prefix]: [string, (string | number)[]] =
    columns.length === 0
      ? entity
        ? ['[entity+lastHlc]', [entity]]
        : ['[svc+lastHlc]', [1]]
      : entity
        ? [`[entity+${columns.join('+')}+lastHlc]`, [entity, ...values]]
        : [`[${columns.join('+')}+lastHlc]`, values];
  const collection = () =>
    db.records
      .where(index)
      .between([...prefix, low], [...prefix, high])
      .reverse();
  return { covers: conditions, count: () => collection().count(), collection };
}

/** Keys present in every list (each in primary-key order, as an index equality range returns them). */
function intersectSorted(lists: RecordKey[][]): RecordKey[] {
  const [shortest, ...others] = [...lists].sort((a, b) => a.length - b.length);
  if (!shortest) return [];
  let result = shortest;
  for (const other of others) {
    const kept: RecordKey[] = [];
    let j = 0;
    for (const key of result) {
      while (j < other.length && compareKeys(other[j] as RecordKey, key) < 0) j++;
      if (j < other.length && compareKeys(other[j] as RecordKey, key) === 0) kept.push(key);
    }
    result = kept;
  }
  return result;
}

function compareKeys(a: RecordKey, b: RecordKey): number {
  if (a[0] !== b[0]) return a[0] < b[0] ? -1 : 1;
  return a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0;
}

function matches(row: StoredViewRow, filter: RecordFilter, conditions: Condition[]): boolean {
  if (row.svc !== 1) return false;
  if (filter.entity && row.entity !== filter.entity) return false;
  return conditions.every((condition) => row[condition.column] === condition.value);
}

const newestFirst = (a: StoredViewRow, b: StoredViewRow) =>
  a.lastHlc < b.lastHlc ? 1 : a.lastHlc > b.lastHlc ? -1 : 0;

/**
 * The keys a name search finds: every word start must match. Two typed words of three letters or more are one
 * lookup in the pair index (db/namePairs.ts), about as many keys as answers; further or longer words are checked on
 * those rows' word-start tokens. Otherwise (a two-letter word, or rows still waiting for their pair tokens) each
 * start's keys are read from the word-start index in key order, once (IndexedDB counts by walking a range, so
 * counting first would walk the largest list twice), and merged from the shortest list up.
 */
async function nameKeys(db: KelilingDb, cipher: RecordCipher, text: string, tokens: string[]): Promise<RecordKey[]> {
  const distinct = [...new Set(tokens)];
  const pair = distinct.length > 1 ? namePairQuery(cipher, text) : null;
  if (pair && (await indexesComplete(db))) {
    const keys = (await db.records.where('namePair').equals(pair.token).primaryKeys()) as RecordKey[];
    if (pair.exact) return keys;
    const rows = await db.records.bulkGet(keys);
    return rows
      .filter((row): row is StoredViewRow => row !== undefined && distinct.every((token) => row.name.includes(token)))
      .map((row) => [row.entity, row.entityId]);
  }
  const lists = await Promise.all(
    distinct.map((token) => db.records.where('name').equals(token).primaryKeys() as Promise<RecordKey[]>),
  );
  return lists.length === 1 ? (lists[0] as RecordKey[]) : intersectSorted(lists);
}

const byIdNewestFirst = (a: RecordKey, b: RecordKey) => (a[1] < b[1] ? 1 : a[1] > b[1] ? -1 : 0);

/**
 * The keys of the service records that pass `filter`, newest first. Every filter is an index range (status in
 * clear, sync state, visit through a keyed hash; see db/database.ts), so 100,000 records are never opened: the list
 * opens only the rows on screen (`openRecordWindow`). A search (NIK, receipt number, name word starts) looks up
 * its blind index and orders its hits newest first by id (ULIDs: creation order) from the keys alone; only a
 * status, sync-state or visit filter on top loads the (few) rows found to check their clear columns. A search too
 * short to look up is ignored.
 */
export async function queryRecordKeys(
  db: KelilingDb,
  cipher: RecordCipher,
  filter: RecordFilter,
): Promise<RecordKey[]> {
  const source = await openRecordSource(db, cipher, filter);
  return source.keys(0, source.total);
}

async function searchKeys(
  db: KelilingDb,
  cipher: RecordCipher,
  filter: RecordFilter,
  conditions: Condition[],
  text: string,
): Promise<RecordKey[] | null> {
  const search = looksLikeReceipt(text)
    ? ({ kind: 'receipt', token: receiptToken(cipher, text) } as const)
    : searchQuery(cipher, text);
  if (!search) return null;
  const keys =
    search.kind === 'name'
      ? await nameKeys(db, cipher, text, search.tokens)
      : ((await db.records.where(search.kind).equals(search.token).primaryKeys()) as RecordKey[]);
  // The key alone says the entity; only status, sync-state and visit filters need the rows themselves.
  const candidates = keys.filter((key) => isServiceEntity(key[0]) && (!filter.entity || key[0] === filter.entity));
  if (conditions.length === 0) return candidates.sort(byIdNewestFirst);
  const rows = (await db.records.bulkGet(candidates)).filter((row): row is StoredViewRow => row !== undefined);
  return rows
    .filter((row) => matches(row, filter, conditions))
    .sort(newestFirst)
    .map((row) => [row.entity, row.entityId]);
}

/** The visible records for these keys (the rows on screen), opened with the data key; missing keys are skipped. */
export async function openRecordWindow(
  db: KelilingDb,
  cipher: RecordCipher,
  keys: readonly RecordKey[],
): Promise<RecordViewRow[]> {
  const rows = await db.records.bulkGet(keys as RecordKey[]);
  return rows.filter((row): row is StoredViewRow => row !== undefined).map((row) => openView(cipher, row));
}

/**
 * A filter's result as the virtualised list reads it: how many match, and the keys of any slice (newest first).
 * A filter that one index range covers (no search; at most one of status / sync state / visit, or status and sync
 * state together through [status+sync+lastHlc]) is never read whole: the count comes from the index and a slice is
 * read with offset and limit, so 100,000 matches cost what 50 do. Searches, and a visit combined with another
 * filter (read through its smallest range), read their (smaller) key lists once.
 */
export type RecordSource = { total: number; keys(start: number, end: number): Promise<RecordKey[]> };

export async function openRecordSource(
  db: KelilingDb,
  cipher: RecordCipher,
  filter: RecordFilter,
): Promise<RecordSource> {
  const conditions = conditionsOf(cipher, filter);
  const text = filter.search?.trim() ?? '';
  const found = text === '' ? null : await searchKeys(db, cipher, filter, conditions, text);
  if (found) return listSource(found);
  // The ranges that could answer: one per indexed set of the filter's columns. One that covers every condition is
  // read lazily (count from the index, slices by offset); otherwise the smallest is read and the rest checked on
  // its rows' clear columns.
  const columns = new Set(conditions.map((condition) => condition.column));
  const ranges = indexedColumnSets
    .filter((set) => set.every((column) => columns.has(column)))
    .map((set) =>
      rangeOf(
        db,
        filter.entity,
        set.map((column) => conditions.find((condition) => condition.column === column) as Condition),
      ),
    );
  const covering =
    conditions.length === 0
      ? rangeOf(db, filter.entity, [])
      : ranges.find((range) => range.covers.length === conditions.length);
  if (covering) {
    const total = await covering.count();
    return {
      total,
      keys: async (start, end) =>
        end <= start
          ? []
          : ((await covering
              .collection()
              .offset(start)
              .limit(end - start)
              .primaryKeys()) as RecordKey[]),
    };
  }
  const counts = await Promise.all(ranges.map((range) => range.count()));
  const smallest = ranges[counts.indexOf(Math.min(...counts))] as Range;
  const rows = await smallest.collection().toArray();
  return listSource(
    rows.filter((row) => matches(row, filter, conditions)).map((row) => [row.entity, row.entityId] as RecordKey),
  );
}

function listSource(all: RecordKey[]): RecordSource {
  return { total: all.length, keys: async (start, end) => all.slice(start, end) };
}

/** What the list shows first for a filter: how many match, and the first `size` rows opened. (Also the bench's query.) */
export async function firstRecordPage(
  db: KelilingDb,
  cipher: RecordCipher,
  filter: RecordFilter,
  size = 50,
): Promise<{ total: number; rows: RecordViewRow[] }> {
  const source = await openRecordSource(db, cipher, filter);
  return { total: source.total, rows: await openRecordWindow(db, cipher, await source.keys(0, size)) };
}

/** One visible record, opened; null when the device holds nothing of it. */
export async function openRecord(
  db: KelilingDb,
  cipher: RecordCipher,
  entity: string,
  entityId: string,
): Promise<RecordViewRow | null> {
  const row = await db.records.get([entity, entityId]);
  return row ? openView(cipher, row) : null;
}

/** How many service records are in each sync state (for the sync panel; counts need no key). */
export async function syncStateCounts(db: KelilingDb): Promise<{ pending: number; rejected: number }> {
  const count = (state: string) => db.records.where('[sync+lastHlc]').between([state, low], [state, high]).count();
  const [pending, rejected] = await Promise.all([count('pending'), count('rejected')]);
  return { pending, rejected };
}

/** The confirmed changes of one record this device has seen (pushed or pulled), oldest first. */
export async function recordChangeLog(
  db: KelilingDb,
  cipher: RecordCipher,
  entity: string,
  entityId: string,
): Promise<Change[]> {
  const rows = await db.history.where('[entity+entityId]').equals([entity, entityId]).toArray();
  return rows.sort((a, b) => (a.hlc < b.hlc ? -1 : a.hlc > b.hlc ? 1 : 0)).map((row) => openHistory(cipher, row));
}
