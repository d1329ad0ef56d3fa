import { applyChange, type Change, type RecordState } from '@keliling/sync';
import Database from 'better-sqlite3';
import { canonicalJson } from '../store/content-hash.js';
import { loadState, parseGroups } from '../store/record-state.js';

export type ChangeRow = {
  id: string;
  entity: string;
  entity_id: string;
  hlc: string;
  fields: string;
  deleted: 0 | 1 | null;
  author: string;
  status: 'applied' | 'stale';
};

/** Opens the server database read-only; fine while the server runs (WAL). */
export function openReadOnly(dbPath: string): Database.Database {
  return new Database(dbPath, { readonly: true, fileMustExist: true });
}

/** `PRAGMA integrity_check`: 'ok', or the first problem SQLite reports. */
export function integrityCheck(db: Database.Database): string {
  return String(db.pragma('integrity_check', { simple: true }) ?? 'no answer');
}

/** A record state as one comparable string: every field's value, HLC and change id, and the deleted flag. */
export function stateKey(state: RecordState): string {
  const fields = Object.entries(state.fields)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([k, v]) => `${k}=${canonicalJson(v.value)}@${v.hlc}/${v.changeId}`);
  const d = state.deleted;
  return `${fields.join(';')}|deleted=${d ? `${String(d.value)}@${d.hlc}/${d.changeId}` : 'unset'}`;
}

/** The server's merged state of every record of `entity` (`records.state`, store/record-state.ts). */
export function readServerStates(db: Database.Database, entity: string): Map<string, RecordState> {
  const states = new Map<string, RecordState>();
  const rows = db.prepare('SELECT entity_id, state FROM records WHERE entity = ?').all(entity) as {
    entity_id: string;
    state: string;
  }[];
  for (const row of rows) {
    const groups = parseGroups(row.state);
    if (groups.length > 0) states.set(row.entity_id, loadState(entity, row.entity_id, groups).state);
  }
  return states;
}

/** The history of `entity` in server order. */
export function readChangeRows(db: Database.Database, entity: string): ChangeRow[] {
  return db
    .prepare(
      'SELECT id, entity, entity_id, hlc, fields, deleted, author, status FROM changes WHERE entity = ? ORDER BY seq',
    )
    .all(entity) as ChangeRow[];
}

export function rowToChange(row: ChangeRow): Change {
  return {
    id: row.id,
    entity: row.entity,
    entityId: row.entity_id,
    hlc: row.hlc,
    fields: JSON.parse(row.fields) as Record<string, unknown>,
    ...(row.deleted === null ? {} : { deleted: row.deleted === 1 }),
  };
}

/**
 * Records whose merged state is not what folding their history with the merge rule gives: a push applied in
 * part, a lost field write, or a materialisation bug.
 */
export function historyMismatches(server: Map<string, RecordState>, history: readonly ChangeRow[]): string[] {
  const folded = new Map<string, RecordState>();
  for (const row of history) folded.set(row.entity_id, applyChange(folded.get(row.entity_id), rowToChange(row)).state);
  const problems: string[] = [];
  for (const [id, state] of folded) {
    const stored = server.get(id);
    if (!stored || stateKey(stored) !== stateKey(state)) problems.push(`${id}: history and stored state differ`);
  }
  for (const id of server.keys()) if (!folded.has(id)) problems.push(`${id}: fields without history`);
  return problems;
}
