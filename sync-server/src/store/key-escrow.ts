import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { EscrowKey } from '../auth/escrow-key.js';
import type { SqliteDatabase } from '../db/open.js';

/** Wrong PINs allowed before a device's release locks, and how long it locks (doubling with every further one). */
const freeFailures = 5;
const lockMs = 15 * 60_000;
const maxLockMs = 24 * 60 * 60_000;

export type KeyEscrowStore = {
  /** Write-once: a second deposit for the same device is refused ('exists'). */
  deposit(deviceId: string, dataKey: Buffer): 'stored' | 'exists';
  /** The device's data key, or null when none was deposited (or it was sealed by another escrow key). */
  open(deviceId: string): Buffer | null;
  /** ISO time until which release is locked for this device after wrong PINs, or null. */
  lockedUntil(deviceId: string): string | null;
  recordFailure(deviceId: string): void;
  recordRelease(deviceId: string): void;
};

type Row = { key_id: string; iv: Buffer; ciphertext: Buffer; failures: number; locked_until: string | null };

/** Device data keys at rest under the server's escrow key (AES-256-GCM, the device id as associated data). */
export function createKeyEscrowStore(
  db: SqliteDatabase,
  escrowKey: EscrowKey,
  now: () => number = Date.now,
): KeyEscrowStore {
  const s = {
    insert: db.prepare(
      'INSERT INTO key_escrow (device_id, key_id, iv, ciphertext, created_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (device_id) DO NOTHING',
    ),
    get: db.prepare<[string], Row>(
      'SELECT key_id, iv, ciphertext, failures, locked_until FROM key_escrow WHERE device_id = ?',
    ),
    fail: db.prepare<[string | null, string]>(
      'UPDATE key_escrow SET failures = failures + 1, locked_until = ? WHERE device_id = ?',
    ),
    release: db.prepare<[string, string]>(
      'UPDATE key_escrow SET failures = 0, locked_until = NULL, released_at = ? WHERE device_id = ?',
    ),
  };
  const iso = (ms: number) => new Date(ms).toISOString();

  return {
    deposit(deviceId, dataKey) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', escrowKey.key, iv);
      cipher.setAAD(Buffer.from(deviceId, 'utf8'));
      const ciphertext = Buffer.concat([cipher.update(dataKey), cipher.final(), cipher.getAuthTag()]);
      const { changes } = s.insert.run(deviceId, escrowKey.id, iv, ciphertext, iso(now()));
      return changes === 1 ? 'stored' : 'exists';
    },
    open(deviceId) {
      const row = s.get.get(deviceId);
      if (!row || row.key_id !== escrowKey.id) return null;
      const decipher = createDecipheriv('aes-256-gcm', escrowKey.key, row.iv);
      decipher.setAAD(Buffer.from(deviceId, 'utf8'));
      decipher.setAuthTag(row.ciphertext.subarray(row.ciphertext.length - 16));
      return Buffer.concat([decipher.update(row.ciphertext.subarray(0, row.ciphertext.length - 16)), decipher.final()]);
    },
    lockedUntil(deviceId) {
      const row = s.get.get(deviceId);
      return row?.locked_until && Date.parse(row.locked_until) > now() ? row.locked_until : null;
    },
    recordFailure(deviceId) {
      const failures = (s.get.get(deviceId)?.failures ?? 0) + 1;
      const until =
        failures >= freeFailures ? iso(now() + Math.min(maxLockMs, lockMs * 2 ** (failures - freeFailures))) : null;
      s.fail.run(until, deviceId);
    },
    recordRelease(deviceId) {
      s.release.run(iso(now()), deviceId);
    },
  };
}
