import type { Change, RecordState } from '@keliling/sync';
import type Database from 'better-sqlite3';
import { canonicalJson } from '../store/content-hash.js';
import {
  historyMismatches,
  integrityCheck,
  openReadOnly,
  readChangeRows,
  readServerStates,
  stateKey,
} from './db-checks.js';
import type { SimClient } from './sim-client.js';

/** What the end-of-run checks found. Every list is empty in a passing run (lists are capped at a few samples). */
export type Verification = {
  integrity: string;
  serverRecords: number;
  serverChanges: number;
  /** The materialised state (record_fields) differs from folding the history (changes) with the merge rule. */
  historyMismatches: string[];
  /** A client's visible state differs from the server's merged state for its scope. */
  stateMismatches: string[];
  /** A change a client wrote that is on the server neither as a change nor as a rejection. */
  lost: string[];
  /** A change found in both tables, or with other content than the client wrote. */
  corrupted: string[];
  /** Server changes or rejections no client wrote. */
  phantoms: string[];
  /** Rejections the simulation did not intend (see `isIntendedRejection`). */
  unintendedRejections: string[];
  /** The client's rejection list differs from the server's rejection log for that author. */
  rejectionListMismatches: string[];
  intendedRejections: Record<string, number>;
  conflicts: number;
};

type RejectionRow = { change_id: string; change: string; reason: string; author: string; created_at: string };

const cap = (list: string[], item: string) => {
  if (list.length < 20) list.push(item);
};

/** A status write of the server's history, as `isIntendedRejection` reads it. */
export type StatusWrite = {
  author: string;
  hlc: string;
  status: unknown;
  receivedAt: string;
  /** This write lost `status` to a newer one and is kept as the loser of a listed conflict. */
  keptAsConflict: boolean;
};

/**
 * Races the simulation provokes on purpose:
 * - an officer's edit reaching the server after HQ verified the application (out_of_scope: officers edit until
 *   `verified`), or a device submitting a draft that HQ, seeing another device's submission first, had already
 *   moved on (forbidden_transition to `submitted`);
 * - HQ approving on top of its own `verified` that lost last-writer-wins on `status` to another author's status
 *   write with a newer HLC (typically a stale device re-submitting the draft, `submitted`, written after HQ's
 *   verify but reaching the server before it): HQ's verify is stored `stale`, the record stays `submitted`, and the
 *   approve HQ based on its own view is refused (forbidden_transition). `history` is the record's accepted status
 *   writes; the refusal counts only when it shows exactly that: HQ's earlier `verified` for this record, kept as the
 *   losing side of a listed conflict on `status` (so HQ sees it and can restore it), and a newer status write by
 *   someone else, received no later than the rejection.
 */
export function isIntendedRejection(
  author: string,
  change: Change,
  reason: { code: string; field?: string },
  rejectedAt?: string,
  history: readonly StatusWrite[] = [],
): boolean {
  if (author.startsWith('device:')) {
    // An officer's edit that reached the server after HQ verified (or moved on) the record.
    if (reason.code === 'out_of_scope') return true;
    return reason.code === 'forbidden_transition' && change.fields.status === 'submitted';
  }
  if (reason.code !== 'forbidden_transition' || reason.field !== 'status' || change.fields.status !== 'approved')
    return false;
  if (rejectedAt === undefined) return false;
  return history.some(
    (basis) =>
      basis.author === author &&
      basis.status === 'verified' &&
      basis.keptAsConflict &&
      basis.hlc < change.hlc &&
      basis.receivedAt <= rejectedAt &&
      history.some(
        (newer) =>
          newer.author !== author &&
          newer.status !== 'verified' &&
          newer.hlc > basis.hlc &&
          newer.receivedAt <= rejectedAt,
      ),
  );
}

/** The accepted status writes of each record of `entity`, in server order. */
export function readStatusWrites(db: Database.Database, entity: string): Map<string, StatusWrite[]> {
  const rows = db
    .prepare(
      `SELECT id, entity_id, author, hlc, json_extract(fields, '$.status') AS status, received_at FROM changes
       WHERE entity = ? AND json_extract(fields, '$.status') IS NOT NULL ORDER BY seq`,
    )
    .all(entity) as {
    id: string;
    entity_id: string;
    author: string;
    hlc: string;
    status: unknown;
    received_at: string;
  }[];
  const losers = new Set(
    (
      db.prepare("SELECT loser_change_id FROM conflicts WHERE entity = ? AND field = 'status'").all(entity) as {
        loser_change_id: string;
      }[]
    ).map((row) => row.loser_change_id),
  );
  const writes = new Map<string, StatusWrite[]>();
  for (const row of rows) {
    const list = writes.get(row.entity_id) ?? [];
    list.push({
      author: row.author,
      hlc: row.hlc,
      status: row.status,
      receivedAt: row.received_at,
      keptAsConflict: losers.has(row.id),
    });
    writes.set(row.entity_id, list);
  }
  return writes;
}

/** Runs every check against the server's SQLite file (read-only; the server may still be running). */
export function verifyRun(dbPath: string, clients: readonly SimClient[], entity = 'sim_applications'): Verification {
  const db = openReadOnly(dbPath);
  try {
    return verifyWith(db, clients, entity);
  } finally {
    db.close();
  }
}

async function clientStates(client: SimClient): Promise<Map<string, RecordState>> {
  const states = await client.storage.confirmedStates();
  return new Map(states.filter((s) => s.entity === 'sim_applications').map((s) => [s.entityId, s]));
}

function verifyWith(db: Database.Database, clients: readonly SimClient[], entity: string): Verification {
  const v: Verification = {
    integrity: integrityCheck(db),
    serverRecords: 0,
    serverChanges: 0,
    historyMismatches: [],
    stateMismatches: [],
    lost: [],
    corrupted: [],
    phantoms: [],
    unintendedRejections: [],
    rejectionListMismatches: [],
    intendedRejections: {},
    conflicts: (db.prepare('SELECT COUNT(*) AS n FROM conflicts').get() as { n: number }).n,
  };

  const server = readServerStates(db, entity);
  v.serverRecords = server.size;
  const changeRows = readChangeRows(db, entity);
  v.serverChanges = changeRows.length;
  v.historyMismatches = historyMismatches(server, changeRows).slice(0, 20);
  const byId = new Map(changeRows.map((row) => [row.id, row]));

  // Rejections: intended or not.
  const rejections = new Map<string, RejectionRow>();
  const statusWrites = readStatusWrites(db, entity);
  for (const row of db
    .prepare('SELECT change_id, change, reason, author, created_at FROM rejections WHERE entity = ?')
    .all(entity) as RejectionRow[]) {
    rejections.set(row.change_id, row);
    const reason = JSON.parse(row.reason) as { code: string; field?: string };
    const change = JSON.parse(row.change) as Change;
    const history = statusWrites.get(change.entityId) ?? [];
    if (isIntendedRejection(row.author, change, reason, row.created_at, history)) {
      // HQ's approve that lost its own verify is counted apart from the officers' races.
      const key = `${row.author.startsWith('device:') ? '' : 'hq:'}${reason.code}${reason.field ? `:${reason.field}` : ''}`;
      v.intendedRejections[key] = (v.intendedRejections[key] ?? 0) + 1;
    } else cap(v.unintendedRejections, `${row.change_id} by ${row.author}: ${row.reason}`);
  }

  // Every change each client wrote is on the server exactly once, as written.
  const written = new Set<string>();
  for (const client of clients) {
    for (const change of client.written) {
      written.add(change.id);
      const row = byId.get(change.id);
      const rejected = rejections.get(change.id);
      if (!row && !rejected) cap(v.lost, `${client.name}: ${change.id} (${change.entityId})`);
      else if (row && rejected) cap(v.corrupted, `${change.id}: both recorded and rejected`);
      else if (row) {
        const same =
          row.hlc === change.hlc &&
          row.author === client.author &&
          canonicalJson(JSON.parse(row.fields)) === canonicalJson(change.fields) &&
          (row.deleted === null ? undefined : row.deleted === 1) === change.deleted;
        if (!same) cap(v.corrupted, `${change.id}: stored content differs from what ${client.name} wrote`);
      }
    }
  }
  for (const row of changeRows) if (!written.has(row.id)) cap(v.phantoms, `change ${row.id} by ${row.author}`);
  for (const id of rejections.keys()) if (!written.has(id)) cap(v.phantoms, `rejection ${id}`);
  return v;
}

/** Compares every client's state with the server's (call after `verifyRun` data is read, clients quiet). */
export async function compareClients(dbPath: string, clients: readonly SimClient[], v: Verification): Promise<void> {
  const db = openReadOnly(dbPath);
  const server = new Map<string, { unitId: string | null; key: string }>();
  const rejectionsByAuthor = new Map<string, Set<string>>();
  try {
    const states = readServerStates(db, 'sim_applications');
    for (const row of db.prepare(`SELECT entity_id, unit_id FROM records WHERE entity = 'sim_applications'`).all() as {
      entity_id: string;
      unit_id: string | null;
    }[]) {
      const state = states.get(row.entity_id);
      server.set(row.entity_id, { unitId: row.unit_id, key: state ? stateKey(state) : 'none' });
    }
    for (const row of db.prepare('SELECT change_id, author FROM rejections').all() as RejectionRow[]) {
      const set = rejectionsByAuthor.get(row.author) ?? new Set<string>();
      set.add(row.change_id);
      rejectionsByAuthor.set(row.author, set);
    }
  } finally {
    db.close();
  }

  for (const client of clients) {
    const pending = await client.storage.outboxSize();
    if (pending > 0) cap(v.stateMismatches, `${client.name}: ${pending} changes still in the outbox`);
    const mine = await clientStates(client);
    let expected = 0;
    for (const [id, { unitId, key }] of server) {
      if (client.unitId !== null && unitId !== client.unitId) continue;
      expected += 1;
      const local = mine.get(id);
      if (!local) cap(v.stateMismatches, `${client.name}: missing record ${id}`);
      else if (stateKey(local) !== key) cap(v.stateMismatches, `${client.name}: record ${id} differs from the server`);
    }
    if (mine.size !== expected)
      cap(v.stateMismatches, `${client.name}: holds ${mine.size} records, server scope has ${expected}`);
    for (const record of await client.storage.records('sim_applications')) {
      const view = record.confirmed ? stateKey(record.confirmed) : 'none';
      if (record.pending.length > 0 || view !== (server.get(record.entityId)?.key ?? 'none')) {
        cap(v.stateMismatches, `${client.name}: visible record ${record.entityId} differs from the server`);
      }
    }
    const local = new Set((await client.storage.rejections({ includeDismissed: true })).map((r) => r.change.id));
    const remote = rejectionsByAuthor.get(client.author) ?? new Set<string>();
    const same = local.size === remote.size && [...local].every((id) => remote.has(id));
    if (!same)
      cap(v.rejectionListMismatches, `${client.name}: ${local.size} local rejections, ${remote.size} on the server`);
  }
}
