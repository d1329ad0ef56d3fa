import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

/**
 * Officers' PIN verifiers, `scrypt$N$r$p$<salt>$<hash>` (@keliling/domain's pinVerifierSchema), hash = the first
 * 32 bytes of scrypt(PIN NFKC-normalised, salt), salt and hash base64url. The field app checks PINs offline against
 * the same string and derives its key-encryption key from bytes 32–63 (desktop/src/security/pinVerifier.ts).
 */
export type ScryptParams = { N: number; r: number; p: number };

/** 64 MiB and about 0.5–1 s per guess on a field laptop (the desktop's own scrypt is slower than node's). */
export const defaultPinParams: ScryptParams = { N: 2 ** 16, r: 8, p: 1 };

const maxMemoryBytes = 2 ** 28;
const pattern = /^scrypt\$([1-9]\d*)\$([1-9]\d*)\$([1-9]\d*)\$([A-Za-z0-9_-]{16,})\$([A-Za-z0-9_-]{32,})$/;

function derive(pin: string, salt: Buffer, params: ScryptParams, length: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(pin.normalize('NFKC'), salt, length, { ...params, maxmem: maxMemoryBytes + 2 ** 20 }, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

export async function makePinVerifier(pin: string, params: ScryptParams = defaultPinParams, salt: Buffer = randomBytes(16)): Promise<string> {
  const hash = await derive(pin, salt, params, 32);
  return `scrypt$${params.N}$${params.r}$${params.p}$${salt.toString('base64url')}$${hash.toString('base64url')}`;
}

/** True when `pin` matches; false for a wrong PIN and for a verifier this server would not compute. */
export async function verifyPin(pin: string, verifier: string): Promise<boolean> {
  const match = pattern.exec(verifier);
  if (!match) return false;
  const [N, r, p] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if ((N & (N - 1)) !== 0 || 128 * N * r > maxMemoryBytes || r * p > 64) return false;
  const expected = Buffer.from(match[5] ?? '', 'base64url');
  if (expected.length !== 32) return false;
  const actual = await derive(pin, Buffer.from(match[4] ?? '', 'base64url'), { N, r, p }, 32);
  return timingSafeEqual(actual, expected);
}
