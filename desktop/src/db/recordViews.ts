import type { RecordCipher } from '../security/recordCipher';
import { searchQuery } from '../security/searchIndex';
import type { KelilingDb, RecordViewRow, StoredViewRow } from './database';
import { openView } from './sealedRows';

const newestFirst = (a: StoredViewRow, b: StoredViewRow) =>
  a.lastHlc < b.lastHlc ? 1 : a.lastHlc > b.lastHlc ? -1 : 0;

/** An entity's visible records, newest first, opened with the data key. */
export async function listRecordViews(db: KelilingDb, cipher: RecordCipher, entity: string): Promise<RecordViewRow[]> {
  const rows = await db.records.where('[entity+lastHlc]').between([entity, ''], [entity, '\uffff']).reverse().toArray();
  return rows.map((row) => openView(cipher, row));
}

/**
 * Records found by NIK (16 digits, exact) or by name (every word typed must start a word of the name), through the
 * blind indexes: IndexedDB compares keyed hashes and never sees the NIK or the name. Null when the query is too short.
 */
export async function searchRecordViews(
  db: KelilingDb,
  cipher: RecordCipher,
  entity: string,
  text: string,
): Promise<RecordViewRow[] | null> {
  const query = searchQuery(cipher, text);
  if (!query) return null;
  let rows: StoredViewRow[];
  if (query.kind === 'nik') {
    rows = await db.records.where('nik').equals(query.token).toArray();
  } else {
    const [first, ...rest] = query.tokens;
    rows = (
      await db.records
        .where('name')
        .equals(first ?? '')
        .toArray()
    ).filter((row) => rest.every((token) => row.name.includes(token)));
  }
  return rows
    .filter((row) => row.entity === entity)
    .sort(newestFirst)
    .map((row) => openView(cipher, row));
}
