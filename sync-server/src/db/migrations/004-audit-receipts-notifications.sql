-- Audit log (issue 6): append-only and hash-chained. hash = SHA-256 over the canonical encoding of the entry's
-- fields and prev_hash (audit/audit-hash.ts); `keliling-server verify-audit` recomputes the chain.
CREATE TABLE audit_log (
  seq        INTEGER PRIMARY KEY,
  at         TEXT NOT NULL,
  actor      TEXT NOT NULL,
  actor_kind TEXT NOT NULL,
  action     TEXT NOT NULL,
  entity     TEXT,
  entity_id  TEXT,
  details    TEXT NOT NULL,
  prev_hash  TEXT NOT NULL,
  hash       TEXT NOT NULL
) STRICT;
CREATE INDEX audit_log_actor ON audit_log (actor, seq);
CREATE INDEX audit_log_action ON audit_log (action, seq);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id, seq);
CREATE INDEX audit_log_at ON audit_log (at);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;

-- Receipt number -> record, kept on push when a record's receiptNumber is written (citizen status lookups).
CREATE TABLE receipts (
  receipt_number TEXT PRIMARY KEY,
  entity         TEXT NOT NULL,
  entity_id      TEXT NOT NULL
) STRICT;

-- Messages to applicants, queued in the transaction of the status change; one per (record, status, change).
CREATE TABLE notification_outbox (
  id              TEXT PRIMARY KEY,
  entity          TEXT NOT NULL,
  entity_id       TEXT NOT NULL,
  status          TEXT NOT NULL,
  change_id       TEXT NOT NULL,
  phone           TEXT NOT NULL,
  body            TEXT NOT NULL,
  state           TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sent', 'failed')),
  attempts        INTEGER NOT NULL DEFAULT 0,
  last_error      TEXT,
  next_attempt_at TEXT NOT NULL,
  created_at      TEXT NOT NULL,
  sent_at         TEXT,
  UNIQUE (entity, entity_id, status, change_id)
) STRICT;
CREATE INDEX notification_outbox_due ON notification_outbox (state, next_attempt_at);

-- Conflict resolutions are audited with the change that resolved them.
CREATE INDEX conflicts_resolved_change ON conflicts (resolved_change_id) WHERE resolved_change_id IS NOT NULL;
