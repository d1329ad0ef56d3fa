import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import type { SqliteDatabase } from '../db/open.js';
import type { Outbox } from '../notify/outbox.js';

/** The entity name under which one-time codes travel through the notification outbox. */
export const otpOutboxEntity = 'public_otp';

export const otpDefaults = { ttlMs: 10 * 60_000, maxAttempts: 5, digits: 6 } as const;

/** SHA-256 of a normalised phone number: what rate limits, duplicates and code rows key on (never the number). */
export function phoneHash(phone: string): string {
  return createHash('sha256').update(`phone:${phone}`, 'utf8').digest('hex');
}

function codeHash(salt: string, code: string): Buffer {
  return createHash('sha256').update(`${salt}:${code}`, 'utf8').digest();
}

export type OtpCheck = { ok: true; used: boolean } | { ok: false; code: 'otp_invalid' | 'otp_expired' };

/** How long a pending submission takes uploads (a slow line may need long; a new code keeps it open). */
const uploadWindowMs = 2 * 60 * 60_000;

type OtpRow = {
  id: string;
  phone_hash: string;
  salt: string;
  code_hash: string;
  attempts: number;
  expires_at: string;
  used_at: string | null;
  created_at: string;
};

export type OtpService = ReturnType<typeof createOtpService>;

/**
 * One-time codes: six digits, kept only as a salted hash, valid ten minutes, five wrong tries at most, sent through
 * the notification outbox (so the file or webhook transport delivers them like any message). The row's id is the
 * pending submission its uploads and its submission are bound to.
 */
export function createOtpService(
  db: SqliteDatabase,
  input: { outbox: Outbox; now: () => number; ttlMs?: number; maxAttempts?: number },
) {
  const ttlMs = input.ttlMs ?? otpDefaults.ttlMs;
  const maxAttempts = input.maxAttempts ?? otpDefaults.maxAttempts;
  const s = {
    insert: db.prepare(
      `INSERT INTO public_otps (id, phone_hash, salt, code_hash, expires_at, created_at)
       VALUES (@id, @phoneHash, @salt, @codeHash, @expiresAt, @createdAt)`,
    ),
    get: db.prepare<[string], OtpRow>('SELECT * FROM public_otps WHERE id = ?'),
    latest: db.prepare<[string], { id: string }>(
      'SELECT id FROM public_otps WHERE phone_hash = ? ORDER BY created_at DESC, rowid DESC LIMIT 1',
    ),
    fail: db.prepare('UPDATE public_otps SET attempts = attempts + 1 WHERE id = ?'),
    use: db.prepare('UPDATE public_otps SET used_at = ? WHERE id = ? AND used_at IS NULL'),
    renew: db.prepare(
      `UPDATE public_otps SET salt = @salt, code_hash = @codeHash, attempts = 0, expires_at = @expiresAt
       WHERE id = @id AND phone_hash = @phoneHash AND used_at IS NULL AND created_at > @openSince`,
    ),
    // Once a code is past use, the message that carried it no longer needs its text.
    redact: db.prepare(
      `UPDATE notification_outbox SET body = 'Kode verifikasi (disembunyikan setelah kedaluwarsa).'
       WHERE entity = '${otpOutboxEntity}' AND created_at < ? AND body NOT LIKE 'Kode verifikasi (%'`,
    ),
  };

  return {
    /**
     * Makes and queues a code for `phone` (already normalised); returns the pending id and the code's expiry. With
     * the `pendingId` of an open submission for the same phone, a new code replaces the old one and the uploads
     * already bound to it stay.
     */
    issue(phone: string, reuse?: string): { pendingId: string; expiresAt: string } {
      const at = input.now();
      const code = String(randomInt(0, 10 ** otpDefaults.digits)).padStart(otpDefaults.digits, '0');
      const salt = randomBytes(16).toString('hex');
      const createdAt = new Date(at).toISOString();
      const expiresAt = new Date(at + ttlMs).toISOString();
      const row = { salt, codeHash: codeHash(salt, code).toString('hex'), expiresAt, phoneHash: phoneHash(phone) };
      let pendingId = reuse ?? '';
      db.transaction(() => {
        s.redact.run(new Date(at - ttlMs).toISOString());
        const openSince = new Date(at - uploadWindowMs).toISOString();
        const renewed = reuse !== undefined && s.renew.run({ ...row, id: reuse, openSince }).changes === 1;
        if (!renewed) {
          pendingId = randomBytes(16).toString('hex');
          s.insert.run({ ...row, id: pendingId, createdAt });
        }
        input.outbox.enqueue({
          entity: otpOutboxEntity,
          entityId: pendingId,
          status: 'otp',
          changeId: randomBytes(16).toString('hex'),
          phone,
          body: `Kode verifikasi Layanan Polri: ${code}. Berlaku ${Math.round(ttlMs / 60_000)} menit. Jangan berikan kode ini kepada siapa pun.`,
          at: createdAt,
        });
      }).immediate();
      return { pendingId, expiresAt };
    },

    /**
     * Checks `code` for the pending id and phone. A wrong code counts an attempt; past the limit or the expiry the
     * code is dead. A code already used still checks (so a repeated submission gets its receipt back), `used` says so.
     */
    check(pendingId: string, phone: string, code: string): OtpCheck {
      const row = s.get.get(pendingId);
      if (!row || row.phone_hash !== phoneHash(phone)) return { ok: false, code: 'otp_invalid' };
      const expired = row.expires_at <= new Date(input.now()).toISOString();
      if (row.attempts >= maxAttempts || (expired && row.used_at === null)) return { ok: false, code: 'otp_expired' };
      const matches =
        /^\d{6}$/.test(code) && timingSafeEqual(codeHash(row.salt, code), Buffer.from(row.code_hash, 'hex'));
      if (!matches) {
        s.fail.run(pendingId);
        return { ok: false, code: row.attempts + 1 >= maxAttempts ? 'otp_expired' : 'otp_invalid' };
      }
      return { ok: true, used: row.used_at !== null };
    },

    /** The newest pending id for a phone (a submission that names none means the last code asked for). */
    latestFor: (phone: string): string | null => s.latest.get(phoneHash(phone))?.id ?? null,

    /** Marks the code spent (in the caller's transaction). */
    markUsed(pendingId: string): void {
      s.use.run(new Date(input.now()).toISOString(), pendingId);
    },

    /** Whether uploads may still be bound to this pending submission (unused, made within the upload window). */
    isOpen(pendingId: string): boolean {
      const row = s.get.get(pendingId);
      const openSince = new Date(input.now() - uploadWindowMs).toISOString();
      return row !== undefined && row.used_at === null && row.created_at > openSince;
    },
  };
}
