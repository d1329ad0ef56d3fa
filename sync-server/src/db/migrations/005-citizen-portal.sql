-- Citizen portal (issue 8): one-time codes, proof-of-work challenges, submissions and their uploads, the holiday
-- table for working-day deadlines, complaint service-level targets and escalations, status-link surveys.

-- One-time codes sent to a phone before a submission. Only hashes are kept: the phone as SHA-256 (for rate
-- limits and duplicate detection), the code as SHA-256 over a per-row salt. `id` is the pending submission that
-- public uploads are bound to.
CREATE TABLE public_otps (
  id          TEXT PRIMARY KEY,
  phone_hash  TEXT NOT NULL,
  salt        TEXT NOT NULL,
  code_hash   TEXT NOT NULL,
  attempts    INTEGER NOT NULL DEFAULT 0,
  expires_at  TEXT NOT NULL,
  used_at     TEXT,
  created_at  TEXT NOT NULL
) STRICT;
CREATE INDEX public_otps_phone ON public_otps (phone_hash, created_at);

-- Proof-of-work challenges: single use, short-lived.
CREATE TABLE public_challenges (
  challenge  TEXT PRIMARY KEY,
  difficulty INTEGER NOT NULL,
  expires_at TEXT NOT NULL,
  used_at    TEXT
) STRICT, WITHOUT ROWID;

-- What the portal created: one row per submission, for duplicate detection (same content from the same phone
-- within a window gives the same receipt back) and for staff to find its uploads.
CREATE TABLE public_submissions (
  receipt_number TEXT PRIMARY KEY,
  entity         TEXT NOT NULL,
  entity_id      TEXT NOT NULL,
  access_code    TEXT NOT NULL,
  content_hash   TEXT NOT NULL,
  phone_hash     TEXT NOT NULL,
  pending_id     TEXT NOT NULL UNIQUE,
  created_at     TEXT NOT NULL
) STRICT, WITHOUT ROWID;
CREATE INDEX public_submissions_content ON public_submissions (content_hash, created_at);

-- Receipt sequence for the portal's own receipt numbers (one reserved device code).
CREATE TABLE public_receipt_sequence (
  service  TEXT PRIMARY KEY,
  next_seq INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

-- Verified uploads of a pending submission (the file itself is in the blob store, outside the web root).
CREATE TABLE public_uploads (
  pending_id TEXT NOT NULL,
  sha256     TEXT NOT NULL,
  mime       TEXT NOT NULL,
  size       INTEGER NOT NULL,
  name       TEXT NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (pending_id, sha256)
) STRICT, WITHOUT ROWID;

-- National holidays and cuti bersama: days that are not working days for permit deadlines. Admins keep it.
CREATE TABLE holidays (
  date       TEXT PRIMARY KEY CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  name       TEXT NOT NULL,
  kind       TEXT NOT NULL CHECK (kind IN ('libur_nasional', 'cuti_bersama')),
  source     TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT, WITHOUT ROWID;

-- 2026: SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB Nomor 1497 Tahun 2025, Nomor 2 Tahun 2025,
-- Nomor 5 Tahun 2025 (17 libur nasional, 8 cuti bersama). Weekend holidays are listed too (they change nothing).
INSERT INTO holidays (date, name, kind, source, updated_at) VALUES
  ('2026-01-01', 'Tahun Baru 2026 Masehi', 'libur_nasional', 'SKB 1497/2/5 Tahun 2025', '2025-09-19T00:00:00.000Z'),
  ('2026-01-16', 'Isra Mikraj Nabi Muhammad SAW', 'libur_nasional', 'SKB 1497/2/5 Tahun 2025', '2025-09-19T00:00:00.000Z'),
  ('2026-02-16', 'Cuti Bersama Tahun Baru Imlek', 'cuti_bersama', 'SKB 1497/2/5 Tahun 2025', '2025-09-19T00:00:00.000Z'),
  ('2026-02-17', 'Tahun Baru Imlek 2577 Kongzili', 'libur_nasional', 'SKB 1497/2/5 Tahun 2025', '2025-09-19T00:00:00.000Z'),
  ('2026-03-18', 'Cuti Bersama Hari Suci Nyepi', 'cuti_bersama', 'SKB 1497/2/5 Tahun 2025', '2025-09-19T00:00:00.000Z'),
  ('2026-03-19', 'Hari Suci Nyepi (Tahun Baru Saka 1948)', 'libur_nasional', 'SKB 1497/2/5 Tahun 2025', '2025-09-19T00:00:00.000Z'),
  ('2026-03-20', 'Cuti Bersama Idulfitri 1447 H', 'cuti_bersama', 'SKB 1497/2/5 Tahun 2025', '2025-09-19T00:00:00.000Z'),
  ('2026-03-21', 'Idulfitri 1447 H', 'libur_nasional', 'SKB 1497/2/5 Tahun 2025', '2025-09-19T00:00:00.000Z'),
  ('2026-03-22', 'Idulfitri 1447 H', 'libur_nasional', 'SKB 1497/2/5 Tahun 2025', '2025-09-19T00:00:00.000Z'),
  ('2026-03-23', 'Cuti Bersama Idulfitri 1447 H', 'cuti_bersama', 'SKB 1497/2/5 Tahun 2025', '2025-09-19T00:00:00.000Z'),
  ('2026-03-24', 'Cuti Bersama Idulfitri 1447 H', 'cuti_bersama', 'SKB 1497/2/5 Tahun 2025', '2025-09-19T00:00:00.000Z'),
  ('2026-04-03', 'Wafat Yesus Kristus', 'libur_nasional', 'SKB 1497/2/5 Tahun 2025', '2025-09-19T00:00:00.000Z'),
  ('2026-04-05', 'Kebangkitan Yesus Kristus (Paskah)', 'libur_nasional', 'SKB 1497/2/5 Tahun 2025', '2025-09-19T00:00:00.000Z'),
  ('2026-05-01', 'Hari Buruh Internasional', 'libur_nasional', 'SKB 1497/2/5 Tahun 2025', '2025-09-19T00:00:00.000Z'),
  ('2026-05-14', 'Kenaikan Yesus Kristus', 'libur_nasional', 'SKB 1497/2/5 Tahun 2025', '2025-09-19T00:00:00.000Z'),
  ('2026-05-15', 'Cuti Bersama Kenaikan Yesus Kristus', 'cuti_bersama', 'SKB 1497/2/5 Tahun 2025', '2025-09-19T00:00:00.000Z'),
  ('2026-05-27', 'Iduladha 1447 H', 'libur_nasional', 'SKB 1497/2/5 Tahun 2025', '2025-09-19T00:00:00.000Z'),
  ('2026-05-28', 'Cuti Bersama Iduladha 1447 H', 'cuti_bersama', 'SKB 1497/2/5 Tahun 2025', '2025-09-19T00:00:00.000Z'),
  ('2026-05-31', 'Hari Raya Waisak 2570 BE', 'libur_nasional', 'SKB 1497/2/5 Tahun 2025', '2025-09-19T00:00:00.000Z'),
  ('2026-06-01', 'Hari Lahir Pancasila', 'libur_nasional', 'SKB 1497/2/5 Tahun 2025', '2025-09-19T00:00:00.000Z'),
  ('2026-06-16', '1 Muharam Tahun Baru Islam 1448 H', 'libur_nasional', 'SKB 1497/2/5 Tahun 2025', '2025-09-19T00:00:00.000Z'),
  ('2026-08-17', 'Proklamasi Kemerdekaan', 'libur_nasional', 'SKB 1497/2/5 Tahun 2025', '2025-09-19T00:00:00.000Z'),
  ('2026-08-25', 'Maulid Nabi Muhammad SAW', 'libur_nasional', 'SKB 1497/2/5 Tahun 2025', '2025-09-19T00:00:00.000Z'),
  ('2026-12-24', 'Cuti Bersama Kelahiran Yesus Kristus', 'cuti_bersama', 'SKB 1497/2/5 Tahun 2025', '2025-09-19T00:00:00.000Z'),
  ('2026-12-25', 'Kelahiran Yesus Kristus', 'libur_nasional', 'SKB 1497/2/5 Tahun 2025', '2025-09-19T00:00:00.000Z');

-- Complaint service-level targets per urgency, in hours (a Polres policy; admins may change the rows).
CREATE TABLE complaint_sla (
  urgency               TEXT PRIMARY KEY CHECK (urgency IN ('rendah', 'sedang', 'tinggi')),
  first_response_hours  INTEGER NOT NULL CHECK (first_response_hours > 0),
  resolution_hours      INTEGER NOT NULL CHECK (resolution_hours > 0),
  updated_at            TEXT NOT NULL
) STRICT, WITHOUT ROWID;
INSERT INTO complaint_sla (urgency, first_response_hours, resolution_hours, updated_at) VALUES
  ('tinggi', 24, 72, '2026-01-01T00:00:00.000Z'),
  ('sedang', 72, 336, '2026-01-01T00:00:00.000Z'),
  ('rendah', 120, 720, '2026-01-01T00:00:00.000Z');

-- A complaint escalated for a missed target, once per (complaint, target).
CREATE TABLE complaint_escalations (
  complaint_id TEXT NOT NULL,
  target       TEXT NOT NULL CHECK (target IN ('first_response', 'resolution')),
  due_at       TEXT NOT NULL,
  escalated_at TEXT NOT NULL,
  PRIMARY KEY (complaint_id, target)
) STRICT, WITHOUT ROWID;

-- Status-link surveys: one per receipt.
CREATE TABLE public_surveys (
  receipt_number TEXT PRIMARY KEY,
  survey_id      TEXT NOT NULL,
  created_at     TEXT NOT NULL
) STRICT, WITHOUT ROWID;

-- How far the complaint follow-up notifier has read the records (by the records' last_seq).
CREATE TABLE public_cursors (
  name TEXT PRIMARY KEY,
  seq  INTEGER NOT NULL
) STRICT, WITHOUT ROWID;
