-- 001: the first schema. Times are ISO 8601 UTC strings; JSON columns hold JSON text.

-- Key/value facts about this database: `epoch` (random id made at creation, carried by every cursor so a
-- cursor from a restored backup is recognised) and `node_id` (the server's own HLC node id).
CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

-- Mobile units (Unit Keliling). `polres` groups units under one coordinator.
CREATE TABLE units (
  id         TEXT PRIMARY KEY,
  name       TEXT NOT NULL,
  polres     TEXT,
  created_at TEXT NOT NULL
) STRICT;

-- Staff accounts. password_hash is `scrypt$N$r$p$salt$hash` (per-user random salt). Officers belong to a unit;
-- a coordinator's scope is every unit of its polres (its own `polres`, else its unit's).
CREATE TABLE users (
  id            TEXT PRIMARY KEY,
  username      TEXT NOT NULL UNIQUE COLLATE NOCASE,
  name          TEXT,
  role          TEXT NOT NULL CHECK (role IN ('officer', 'coordinator', 'hq', 'admin')),
  unit_id       TEXT REFERENCES units(id),
  polres        TEXT,
  password_hash TEXT NOT NULL,
  status        TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'disabled')),
  created_at    TEXT NOT NULL
) STRICT;

-- Enrolled devices. Only the SHA-256 of the bearer token is kept. `retired` devices may still push their last
-- changes; `revoked` devices are refused at once.
CREATE TABLE devices (
  id                TEXT PRIMARY KEY,
  unit_id           TEXT NOT NULL REFERENCES units(id),
  name              TEXT NOT NULL,
  node_id           TEXT NOT NULL UNIQUE,
  token_hash        TEXT NOT NULL UNIQUE,
  status            TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'revoked', 'retired')),
  enrolled_at       TEXT NOT NULL,
  last_seen_at      TEXT,
  status_changed_at TEXT,
  status_changed_by TEXT
) STRICT;

-- One-time enrollment codes, stored as SHA-256 of the normalised code.
CREATE TABLE enrollment_codes (
  code_hash  TEXT PRIMARY KEY,
  unit_id    TEXT NOT NULL REFERENCES units(id),
  created_by TEXT,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  used_at    TEXT,
  device_id  TEXT REFERENCES devices(id)
) STRICT;

-- Staff sessions (login tokens), stored as SHA-256. Every login gets its own HLC node id.
CREATE TABLE sessions (
  token_hash   TEXT PRIMARY KEY,
  user_id      TEXT NOT NULL REFERENCES users(id),
  node_id      TEXT NOT NULL UNIQUE,
  created_at   TEXT NOT NULL,
  expires_at   TEXT NOT NULL,
  last_seen_at TEXT
) STRICT;
CREATE INDEX sessions_user ON sessions(user_id);

-- The replicated history: every accepted change (applied or stale), in server order (`seq`, the pull cursor).
-- `unit_id` is the owning unit of the record (NULL for shared reference data), copied onto each change so a
-- pull can be scoped without a join. `content_hash` recognises retries (duplicate) and reused ids.
-- `author` is the credential that pushed it: `device:<id>` or `user:<id>`.
CREATE TABLE changes (
  seq          INTEGER PRIMARY KEY AUTOINCREMENT,
  id           TEXT NOT NULL UNIQUE,
  entity       TEXT NOT NULL,
  entity_id    TEXT NOT NULL,
  unit_id      TEXT,
  hlc          TEXT NOT NULL,
  fields       TEXT NOT NULL,
  deleted      INTEGER CHECK (deleted IN (0, 1)),
  by           TEXT,
  base_hlc     TEXT,
  author       TEXT NOT NULL,
  status       TEXT NOT NULL CHECK (status IN ('applied', 'stale')),
  content_hash TEXT NOT NULL,
  received_at  TEXT NOT NULL
) STRICT;
CREATE INDEX changes_unit_seq ON changes(unit_id, seq);
CREATE INDEX changes_record ON changes(entity, entity_id, seq);

-- Rejected changes, kept whole with their reason (the rejection log). Their ids stay taken: a retry is a
-- `duplicate` whose `original` is this rejection.
CREATE TABLE rejections (
  seq          INTEGER PRIMARY KEY AUTOINCREMENT,
  change_id    TEXT NOT NULL UNIQUE,
  entity       TEXT NOT NULL,
  entity_id    TEXT NOT NULL,
  unit_id      TEXT,
  change       TEXT NOT NULL,
  reason       TEXT NOT NULL,
  author       TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  created_at   TEXT NOT NULL
) STRICT;
CREATE INDEX rejections_author ON rejections(author, seq);
CREATE INDEX rejections_unit ON rejections(unit_id, seq);

-- The merged state: for each record field (and `$deleted`), the winning value (JSON) with its HLC and change.
CREATE TABLE record_fields (
  entity    TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  field     TEXT NOT NULL,
  value     TEXT NOT NULL,
  hlc       TEXT NOT NULL,
  change_id TEXT NOT NULL,
  PRIMARY KEY (entity, entity_id, field)
) STRICT, WITHOUT ROWID;

-- One row per record for listing: owning unit (fixed at creation), tombstone, a few denormalised columns
-- (status, lower-cased search text) and the seq of the last applied change.
CREATE TABLE records (
  entity     TEXT NOT NULL,
  entity_id  TEXT NOT NULL,
  unit_id    TEXT,
  deleted    INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  status     TEXT,
  search     TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  last_seq   INTEGER NOT NULL,
  PRIMARY KEY (entity, entity_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX records_unit ON records(entity, unit_id, entity_id);
CREATE INDEX records_updated ON records(entity, updated_at);

-- Concurrent writes that overwrote or lost to a value the author had not seen (sync-api.md "Conflicts").
CREATE TABLE conflicts (
  id                 INTEGER PRIMARY KEY AUTOINCREMENT,
  entity             TEXT NOT NULL,
  entity_id          TEXT NOT NULL,
  unit_id            TEXT,
  field              TEXT NOT NULL,
  winner_value       TEXT NOT NULL,
  winner_hlc         TEXT NOT NULL,
  winner_change_id   TEXT NOT NULL,
  winner_author      TEXT NOT NULL,
  loser_value        TEXT NOT NULL,
  loser_hlc          TEXT NOT NULL,
  loser_change_id    TEXT NOT NULL,
  loser_author       TEXT NOT NULL,
  status             TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved')),
  created_at         TEXT NOT NULL,
  resolved_at        TEXT,
  resolved_by        TEXT,
  resolved_change_id TEXT
) STRICT;
CREATE INDEX conflicts_record ON conflicts(entity, entity_id, field, status);
CREATE INDEX conflicts_status ON conflicts(status, id);
