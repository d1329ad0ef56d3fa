import type { SqliteDatabase } from '../db/open.js';
import { canonicalJson } from '../store/content-hash.js';
import { auditEntryHash, genesisHash } from './audit-hash.js';

export type ActorKind = 'user' | 'device' | 'cli' | 'server' | 'anonymous';

/** What is recorded. Details carry ids, field names and statuses, never NIKs or phone numbers. */
export type AuditInput = {
  actor: string;
  actorKind: ActorKind;
  action: string;
  entity?: string | null;
  entityId?: string | null;
  details?: Record<string, unknown>;
};

export type AuditEntry = {
  seq: number;
  at: string;
  actor: string;
  actorKind: string;
  action: string;
  entity: string | null;
  entityId: string | null;
  details: Record<string, unknown>;
  prevHash: string;
  hash: string;
};

export type AuditRow = {
  seq: number;
  at: string;
  actor: string;
  actor_kind: string;
  action: string;
  entity: string | null;
  entity_id: string | null;
  details: string;
  prev_hash: string;
  hash: string;
};

export type AuditQuery = {
  actor?: string | undefined;
  action?: string | undefined;
  entity?: string | undefined;
  entityId?: string | undefined;
  since?: string | undefined;
  until?: string | undefined;
  /** Newest first: entries with seq below this. */
  beforeSeq?: number | undefined;
  limit: number;
};

export type VerifyResult = { ok: true; entries: number } | { ok: false; seq: number; reason: 'hash' | 'link' };

export const toAuditEntry = (row: AuditRow): AuditEntry => ({
  seq: row.seq,
  at: row.at,
  actor: row.actor,
  actorKind: row.actor_kind,
  action: row.action,
  entity: row.entity,
  entityId: row.entity_id,
  details: JSON.parse(row.details) as Record<string, unknown>,
  prevHash: row.prev_hash,
  hash: row.hash,
});

export type AuditLog = ReturnType<typeof createAuditLog>;

/**
 * The hash-chained audit log. `append` must run inside the transaction of what it records (SQLite serialises
 * writers, so reading the last hash there is safe); `record` opens that transaction around a piece of work.
 */
export function createAuditLog(db: SqliteDatabase, now: () => number = Date.now) {
  const s = {
    last: db.prepare<[], { seq: number; hash: string }>('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1'),
    insert: db.prepare(
      `INSERT INTO audit_log (seq, at, actor, actor_kind, action, entity, entity_id, details, prev_hash, hash)
       VALUES (@seq, @at, @actor, @actorKind, @action, @entity, @entityId, @details, @prevHash, @hash)`,
    ),
    query: db.prepare<
      {
        actor: string | null;
        action: string | null;
        entity: string | null;
        entityId: string | null;
        since: string | null;
        until: string | null;
        before: number | null;
        limit: number;
      },
      AuditRow
    >(
      `SELECT * FROM audit_log
       WHERE (@actor IS NULL OR actor = @actor) AND (@action IS NULL OR action = @action)
         AND (@entity IS NULL OR entity = @entity) AND (@entityId IS NULL OR entity_id = @entityId)
         AND (@since IS NULL OR at >= @since) AND (@until IS NULL OR at < @until)
         AND (@before IS NULL OR seq < @before)
       ORDER BY seq DESC LIMIT @limit`,
    ),
    all: db.prepare<[], AuditRow>('SELECT * FROM audit_log ORDER BY seq'),
  };

  function append(input: AuditInput): AuditEntry {
    if (!db.inTransaction) throw new Error('audit append outside a transaction');
    const last = s.last.get();
    const fields = {
      seq: (last?.seq ?? 0) + 1,
      at: new Date(now()).toISOString(),
      actor: input.actor,
      actorKind: input.actorKind,
      action: input.action,
      entity: input.entity ?? null,
      entityId: input.entityId ?? null,
      details: canonicalJson(input.details ?? {}),
      prevHash: last?.hash ?? genesisHash,
    };
    const hash = auditEntryHash(fields);
    s.insert.run({ ...fields, hash });
    return { ...fields, details: input.details ?? {}, hash };
  }

  return {
    append,
    /** Runs `work` and appends the entry it returns (if any) in one immediate transaction. */
    record<T>(work: () => T, entry: (result: T) => AuditInput | null): T {
      return db
        .transaction(() => {
          const result = work();
          const input = entry(result);
          if (input) append(input);
          return result;
        })
        .immediate();
    },
    query(q: AuditQuery): AuditEntry[] {
      return s.query
        .all({
          actor: q.actor ?? null,
          action: q.action ?? null,
          entity: q.entity ?? null,
          entityId: q.entityId ?? null,
          since: q.since ?? null,
          until: q.until ?? null,
          before: q.beforeSeq ?? null,
          limit: q.limit,
        })
        .map(toAuditEntry);
    },
    verify: (): VerifyResult => verifyAuditRows(s.all.iterate()),
  };
}

/** Recomputes every hash and link; the first entry that does not match names where the chain broke. */
export function verifyAuditRows(rows: Iterable<AuditRow>): VerifyResult {
  let prev = genesisHash;
  let expectedSeq = 1;
  let entries = 0;
  for (const row of rows) {
    if (row.seq !== expectedSeq || row.prev_hash !== prev) return { ok: false, seq: row.seq, reason: 'link' };
    const hash = auditEntryHash({
      seq: row.seq,
      at: row.at,
      actor: row.actor,
      actorKind: row.actor_kind,
      action: row.action,
      entity: row.entity,
      entityId: row.entity_id,
      details: row.details,
      prevHash: row.prev_hash,
    });
    if (hash !== row.hash) return { ok: false, seq: row.seq, reason: 'hash' };
    prev = row.hash;
    expectedSeq += 1;
    entries += 1;
  }
  return { ok: true, entries };
}
