-- Key escrow (docs/security.md): each device's data key, encrypted with the server's escrow key (AES-256-GCM,
-- associated data = the device id), so an officer without a wrap on the device (new, or PIN reset) can get it back
-- online by proving the PIN. Wrong PINs lock a device's release for a while.
CREATE TABLE key_escrow (
  device_id    TEXT PRIMARY KEY REFERENCES devices(id),
  key_id       TEXT NOT NULL,
  iv           BLOB NOT NULL,
  ciphertext   BLOB NOT NULL,
  created_at   TEXT NOT NULL,
  failures     INTEGER NOT NULL DEFAULT 0,
  locked_until TEXT,
  released_at  TEXT
) STRICT;
