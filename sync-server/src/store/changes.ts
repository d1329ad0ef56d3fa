import {
  applyChange,
  type Change,
  deletedField,
  type FieldVersion,
  type HistoryEntry,
  materialize,
  type PushResult,
  type RecordState,
  type RejectionReason,
} from '@keliling/sync';
import { inScope } from '../auth/principal.js';
import type { SqliteDatabase } from '../db/open.js';
import { attachmentHashes } from './attachments.js';
import { canonicalJson, changeContentHash } from './content-hash.js';
import { recordSearchText, recordStatus } from './record-columns.js';
import { type LoadedState, loadState, parseGroups, toGroups } from './record-state.js';
import type { ExistingRecord, PullInput, PullPage, PushInput } from './types.js';

/** A change that won at least one field, as the audit/receipt/notification effects see it (same transaction). */
export type AcceptedChange = {
  change: Change;
  unitId: string | null;
  author: string;
  /** The author's role (`server` for changes the server authors). */
  role: string;
  before: Record<string, unknown> | undefined;
  after: Record<string, unknown>;
  won: string[];
  at: string;
};
export type OnAccepted = (accepted: AcceptedChange) => void;

type ChangeRow = {
  seq: number;
  id: string;
  entity: string;
  entity_id: string;
  hlc: string;
  fields: string;
  deleted: 0 | 1 | null;
  by: string | null;
  base_hlc: string | null;
};
/** A record as a change finds it: its unit (fixed at creation) and its merged state. */
type Loaded = { unitId: string | null } & LoadedState;

/** Who wrote a change, as conflicts compare and show it. */
type Authorship = { author: string; by: string | null };

const pullColumns = 'seq, id, entity, entity_id, hlc, fields, deleted, by, base_hlc';

export function rowToChange(row: ChangeRow): Change {
  const change: Change = {
    id: row.id,
    entity: row.entity,
    entityId: row.entity_id,
    hlc: row.hlc,
    fields: JSON.parse(row.fields) as Record<string, unknown>,
  };
  if (row.deleted !== null) change.deleted = row.deleted === 1;
  if (row.by !== null) change.by = row.by;
  if (row.base_hlc !== null) change.baseHlc = row.base_hlc;
  return change;
}

/**
 * The change log: push (idempotent, merged per field, conflicts recorded, rejections logged) and pull (server
 * order, scoped). Every push runs in one immediate transaction, so it is recorded whole or not at all.
 */
export function createChangeLog(db: SqliteDatabase, now: () => number, onAccepted?: OnAccepted) {
  const s = {
    changeById: db.prepare<[string], { status: 'applied' | 'stale'; content_hash: string }>(
      'SELECT status, content_hash FROM changes WHERE id = ?',
    ),
    rejectionById: db.prepare<[string], { reason: string; content_hash: string }>(
      'SELECT reason, content_hash FROM rejections WHERE change_id = ?',
    ),
    authorOf: db.prepare<[string], Authorship>('SELECT author, by FROM changes WHERE id = ?'),
    insertChange: db.prepare(
      `INSERT INTO changes (id, entity, entity_id, unit_id, hlc, fields, deleted, by, base_hlc, author, status, content_hash, received_at)
       VALUES (@id, @entity, @entityId, @unitId, @hlc, @fields, @deleted, @by, @baseHlc, @author, @status, @hash, @at)`,
    ),
    insertRef: db.prepare('INSERT OR IGNORE INTO attachment_refs (sha256, entity, entity_id) VALUES (?, ?, ?)'),
    insertRejection: db.prepare(
      `INSERT INTO rejections (change_id, entity, entity_id, unit_id, change, reason, author, content_hash, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    recordState: db.prepare<[string, string], { unit_id: string | null; state: string }>(
      'SELECT unit_id, state FROM records WHERE entity = ? AND entity_id = ?',
    ),
    upsertRecord: db.prepare(
      `INSERT INTO records (entity, entity_id, unit_id, deleted, status, search, created_at, updated_at, last_seq, state)
       VALUES (@entity, @entityId, @unitId, @deleted, @status, @search, @at, @at, @seq, @state)
       ON CONFLICT (entity, entity_id) DO UPDATE SET deleted = excluded.deleted, status = excluded.status,
         search = excluded.search, updated_at = excluded.updated_at, last_seq = excluded.last_seq,
         state = excluded.state`,
    ),
    insertConflict: db.prepare(
      `INSERT INTO conflicts (entity, entity_id, unit_id, field, winner_value, winner_hlc, winner_change_id, winner_author,
         loser_value, loser_hlc, loser_change_id, loser_author, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    resolveConflicts: db.prepare(
      `UPDATE conflicts SET status = 'resolved', resolved_at = @at, resolved_by = @by, resolved_change_id = @changeId
       WHERE entity = @entity AND entity_id = @entityId AND field = @field AND status = 'open'
         AND winner_hlc <= @baseHlc AND loser_hlc <= @baseHlc`,
    ),
    pullAll: db.prepare<[number, number], ChangeRow>(
      `SELECT ${pullColumns} FROM changes WHERE seq > ? ORDER BY seq LIMIT ?`,
    ),
    pullScoped: db.prepare<[number, string, number], ChangeRow>(
      `SELECT ${pullColumns} FROM changes
       WHERE seq > ? AND (unit_id IS NULL OR unit_id IN (SELECT value FROM json_each(?)))
       ORDER BY seq LIMIT ?`,
    ),
    maxSeq: db.prepare<[], { seq: number }>('SELECT COALESCE(MAX(seq), 0) AS seq FROM changes'),
    history: db.prepare<
      [string, string],
      ChangeRow & { status: 'applied' | 'stale'; author: string; received_at: string }
    >(
      `SELECT ${pullColumns}, status, author, received_at FROM changes WHERE entity = ? AND entity_id = ? ORDER BY seq`,
    ),
  };

  function loadRecord(entity: string, entityId: string): Loaded | undefined {
    const row = s.recordState.get(entity, entityId);
    if (!row) return undefined;
    return { unitId: row.unit_id, ...loadState(entity, entityId, parseGroups(row.state)) };
  }

  const label = (a: Authorship) => a.by ?? a.author;
  const sameAuthor = (a: Authorship, b: Authorship) => a.author === b.author && a.by === b.by;

  /** Conflicts per sync-api.md: the other value was written by someone else and not seen (HLC > baseHlc). */
  function recordConflicts(
    change: Change,
    me: Authorship,
    unitId: string | null,
    before: RecordState | undefined,
    won: string[],
    lost: { field: string; current: FieldVersion }[],
    at: string,
  ): void {
    const unseen = (v: FieldVersion) => change.baseHlc === undefined || v.hlc > change.baseHlc;
    const mine = (field: string): unknown => (field === deletedField ? change.deleted : change.fields[field]);
    const versionOf = (state: RecordState | undefined, field: string) =>
      field === deletedField ? (state?.deleted ?? undefined) : state?.fields[field];
    const insert = (field: string, w: FieldVersion & Authorship, l: FieldVersion & Authorship) => {
      if (canonicalJson(w.value) === canonicalJson(l.value)) return; // same value written twice is no conflict
      s.insertConflict.run(
        change.entity,
        change.entityId,
        unitId,
        field,
        canonicalJson(w.value),
        w.hlc,
        w.changeId,
        label(w),
        canonicalJson(l.value),
        l.hlc,
        l.changeId,
        label(l),
        at,
      );
    };
    const ours = (field: string): FieldVersion & Authorship => ({
      value: mine(field) ?? null,
      hlc: change.hlc,
      changeId: change.id,
      ...me,
    });
    for (const field of won) {
      const previous = versionOf(before, field);
      if (change.baseHlc !== undefined) {
        s.resolveConflicts.run({
          at,
          by: label(me),
          changeId: change.id,
          entity: change.entity,
          entityId: change.entityId,
          field,
          baseHlc: change.baseHlc,
        });
      }
      if (!previous || previous.changeId === change.id || !unseen(previous)) continue;
      const theirs = s.authorOf.get(previous.changeId) ?? { author: 'unknown', by: null };
      if (!sameAuthor(theirs, me)) insert(field, ours(field), { ...previous, ...theirs });
    }
    for (const { field, current } of lost) {
      if (!unseen(current)) continue;
      const theirs = s.authorOf.get(current.changeId) ?? { author: 'unknown', by: null };
      if (!sameAuthor(theirs, me)) insert(field, { ...current, ...theirs }, ours(field));
    }
  }

  /** Records an accepted change: history row, the record's state and listing row (one row), conflicts. */
  function accept(
    change: Change,
    loaded: Loaded | undefined,
    unitId: string | null,
    author: string,
    hash: string,
    at: string,
    role: string,
    beforeFields?: Record<string, unknown>,
  ): 'applied' | 'stale' {
    const before = loaded?.state;
    const { state, won, lost } = applyChange(before, change);
    const status = won.length > 0 ? 'applied' : 'stale';
    const { lastInsertRowid } = s.insertChange.run({
      id: change.id,
      entity: change.entity,
      entityId: change.entityId,
      unitId,
      hlc: change.hlc,
      fields: JSON.stringify(change.fields),
      deleted: change.deleted === undefined ? null : change.deleted ? 1 : 0,
      by: change.by ?? null,
      baseHlc: change.baseHlc ?? null,
      author,
      status,
      hash,
      at,
    });
    const me: Authorship = { author, by: change.by ?? null };
    recordConflicts(change, me, unitId, before, won, lost, at);
    for (const sha256 of attachmentHashes(change.fields)) s.insertRef.run(sha256, change.entity, change.entityId);
    if (status === 'stale') return status;
    const by = loaded?.by ?? new Map<string, string | null>();
    by.set(change.id, change.by ?? null);
    const view = materialize(state);
    s.upsertRecord.run({
      entity: change.entity,
      entityId: change.entityId,
      unitId,
      deleted: view.deleted ? 1 : 0,
      status: recordStatus(view.fields),
      search: recordSearchText(view.fields),
      at,
      seq: Number(lastInsertRowid),
      state: JSON.stringify(toGroups(state, by)),
    });
    onAccepted?.({
      change,
      unitId,
      author,
      role,
      before: before ? (beforeFields ?? materialize(before).fields) : undefined,
      after: view.fields,
      won,
      at,
    });
    return status;
  }

  function existingRecord(loaded: Loaded | undefined): ExistingRecord | null {
    if (!loaded) return null;
    return { unitId: loaded.unitId, ...materialize(loaded.state) };
  }

  /**
   * The unit a rejection is filed under, for who may review it: the record's unit; for a new record the unit it
   * names when the author may write there, else the author's own unit (never a unit the author was refused).
   */
  function rejectionUnit(input: PushInput, change: Change, record: ExistingRecord | null): string | null {
    if (record) return record.unitId;
    const named = change.fields.unitId;
    if (typeof named === 'string' && inScope(input.principal.scope, named)) return named;
    return input.principal.unitId;
  }

  function pushOne(input: PushInput, change: Change, at: string): PushResult {
    const hash = changeContentHash(change);
    const earlier = s.changeById.get(change.id);
    const earlierRejection = earlier ? undefined : s.rejectionById.get(change.id);
    if (earlier || earlierRejection) {
      if ((earlier?.content_hash ?? earlierRejection?.content_hash) !== hash) {
        return { id: change.id, status: 'rejected', reason: input.idReusedReason };
      }
      const original = earlier
        ? { status: earlier.status }
        : { status: 'rejected' as const, reason: JSON.parse(earlierRejection!.reason) as RejectionReason };
      return { id: change.id, status: 'duplicate', original };
    }
    const loaded = loadRecord(change.entity, change.entityId);
    const record = existingRecord(loaded);
    const verdict = input.check(change, { principal: input.principal, record });
    if (!verdict.ok) {
      s.insertRejection.run(
        change.id,
        change.entity,
        change.entityId,
        rejectionUnit(input, change, record),
        JSON.stringify(change),
        JSON.stringify(verdict.reason),
        input.principal.author,
        hash,
        at,
      );
      return { id: change.id, status: 'rejected', reason: verdict.reason };
    }
    const unitId = record ? record.unitId : verdict.unitId;
    const { author, role } = input.principal;
    const status = accept(change, loaded, unitId, author, hash, at, role, record?.fields);
    return { id: change.id, status };
  }

  const pushTransaction = db.transaction((input: PushInput): PushResult[] => {
    const at = input.now.toISOString();
    return input.changes.map((change) => pushOne(input, change, at));
  });

  const serverChangeTransaction = db.transaction((change: Change, unitId: string | null) => {
    const at = new Date(now()).toISOString();
    const loaded = loadRecord(change.entity, change.entityId);
    return accept(change, loaded, unitId, 'server', changeContentHash(change), at, 'server');
  });

  const pullTransaction = db.transaction((input: PullInput): PullPage => {
    const rows = input.scope.all
      ? s.pullAll.all(input.afterSeq, input.limit + 1)
      : s.pullScoped.all(input.afterSeq, JSON.stringify(input.scope.unitIds), input.limit + 1);
    const hasMore = rows.length > input.limit;
    const page = hasMore ? rows.slice(0, input.limit) : rows;
    // With nothing more in scope, the cursor can jump to the newest change: later pulls skip what is out of scope.
    const lastSeq = hasMore ? page[page.length - 1]!.seq : Math.max(input.afterSeq, s.maxSeq.get()!.seq);
    return { changes: page.map(rowToChange), lastSeq, hasMore };
  });

  return {
    history: (entity: string, entityId: string): HistoryEntry[] =>
      s.history.all(entity, entityId).map((row) => ({
        ...rowToChange(row),
        status: row.status,
        author: row.author,
        receivedAt: row.received_at,
      })),
    pushChanges: (input: PushInput): PushResult[] => pushTransaction.immediate(input),
    pullChanges: (input: PullInput): PullPage => pullTransaction.deferred(input),
    /** A change the server itself authors (reference data such as `units` records). */
    recordServerChange: (change: Change, unitId: string | null) => serverChangeTransaction.immediate(change, unitId),
  };
}
