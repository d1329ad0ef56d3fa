-- What each device last said it still holds (the `Keliling-Outbox` header on its sync calls): changes not yet
-- acknowledged and attachments not yet uploaded. HQ's device list shows it beside the last sync.
ALTER TABLE devices ADD COLUMN outbox_changes INTEGER;
ALTER TABLE devices ADD COLUMN outbox_uploads INTEGER;
ALTER TABLE devices ADD COLUMN outbox_reported_at TEXT;
