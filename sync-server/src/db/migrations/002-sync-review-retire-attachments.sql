-- 002: conflicts and rejections review, compacted pulls, the retire handshake, attachments.

-- A retired device sets this when its final push is done (POST /devices/:id/retire/complete); from then on its
-- token is refused like a revoked one, while the device row still says it was handed back, not lost.
ALTER TABLE devices ADD COLUMN retire_completed_at TEXT;

-- Compacted pulls scan records in the order of their last applied change (each seq belongs to one record).
CREATE INDEX records_last_seq ON records(last_seq);

-- Listing conflicts by unit (devices and coordinators see their units').
CREATE INDEX conflicts_unit ON conflicts(unit_id, id);

-- Completed uploads, stored content-addressed under <data-dir>/blobs/ab/abcdef… (ab = first two hex digits).
CREATE TABLE blobs (
  sha256      TEXT PRIMARY KEY CHECK (length(sha256) = 64),
  size        INTEGER NOT NULL,
  mime        TEXT NOT NULL,
  name        TEXT,
  uploaded_by TEXT NOT NULL,
  created_at  TEXT NOT NULL
) STRICT, WITHOUT ROWID;

-- Which record fields refer to which attachment (a field whose value is {"sha256", "mime", "size", "name"}, or
-- a list of them), filled when a change is accepted. Whoever may read one of these records may fetch the blob.
-- Refs are only added: a value that was once in a record stays readable to those who could read it.
CREATE TABLE attachment_refs (
  sha256    TEXT NOT NULL,
  entity    TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  PRIMARY KEY (sha256, entity, entity_id)
) STRICT, WITHOUT ROWID;
