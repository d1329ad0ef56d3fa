import { createHash, randomBytes } from 'node:crypto';
import type { SqliteDatabase } from '../db/open.js';

/** Leading zero bits of a byte string (the proof-of-work measure). */
export function leadingZeroBits(bytes: Uint8Array): number {
  let bits = 0;
  for (const byte of bytes) {
    if (byte === 0) {
      bits += 8;
      continue;
    }
    return bits + Math.clz32(byte) - 24;
  }
  return bits;
}

/** SHA-256 of `challenge:nonce`, as the portal's worker computes it. */
export function powDigest(challenge: string, nonce: string): Buffer {
  return createHash('sha256').update(`${challenge}:${nonce}`, 'utf8').digest();
}

export type PowService = ReturnType<typeof createPowService>;

/**
 * Proof-of-work challenges instead of a third-party captcha: the client finds a nonce whose SHA-256 over
 * `challenge:nonce` starts with `difficulty` zero bits. Each challenge is single-use and expires.
 */
export function createPowService(
  db: SqliteDatabase,
  options: { now: () => number; difficulty: number; ttlMs?: number },
) {
  const ttlMs = options.ttlMs ?? 10 * 60_000;
  const s = {
    insert: db.prepare('INSERT INTO public_challenges (challenge, difficulty, expires_at) VALUES (?, ?, ?)'),
    use: db.prepare<[string, string, string], { difficulty: number }>(
      `UPDATE public_challenges SET used_at = ? WHERE challenge = ? AND used_at IS NULL AND expires_at > ?
       RETURNING difficulty`,
    ),
    sweep: db.prepare('DELETE FROM public_challenges WHERE expires_at < ?'),
    get: db.prepare<[string], { difficulty: number }>('SELECT difficulty FROM public_challenges WHERE challenge = ?'),
  };
  return {
    issue(): { challenge: string; difficulty: number; expiresAt: string } {
      const at = options.now();
      s.sweep.run(new Date(at - ttlMs).toISOString());
      const challenge = randomBytes(16).toString('hex');
      const expiresAt = new Date(at + ttlMs).toISOString();
      s.insert.run(challenge, options.difficulty, expiresAt);
      return { challenge, difficulty: options.difficulty, expiresAt };
    },
    /** True when the nonce solves an open challenge; the challenge is spent only by a correct nonce. */
    verify(challenge: unknown, nonce: unknown): boolean {
      if (typeof challenge !== 'string' || !/^[0-9a-f]{32}$/.test(challenge)) return false;
      if (typeof nonce !== 'string' || nonce.length === 0 || nonce.length > 32) return false;
      const row = s.get.get(challenge);
      if (!row || leadingZeroBits(powDigest(challenge, nonce)) < row.difficulty) return false;
      const now = new Date(options.now()).toISOString();
      return s.use.get(now, challenge, now) !== undefined;
    },
  };
}
