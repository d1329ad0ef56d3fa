import { scryptAsync } from '@noble/hashes/scrypt.js';
import { equalBytes, fromBase64Url, randomBytes, toBase64Url } from './bytes';

/**
 * The officer's PIN check and key derivation, offline. An `officers` record carries
 * `pinVerifier = scrypt$N$r$p$<salt>$<hash>` (@keliling/domain's pinVerifierSchema), where `hash` is the first
 * 32 bytes of scrypt(PIN, salt). The device computes 64 bytes with the same parameters: bytes 0–31 must equal
 * `hash` (the PIN is right), bytes 32–63 are the officer's key-encryption key. scrypt ends in PBKDF2-HMAC-SHA256,
 * whose output blocks are independent, so the verifier (stored in clear, synced) says nothing about the KEK.
 */
export type ScryptParams = { N: number; r: number; p: number };

/** ~0.5–1 s and 64 MiB per guess on a field laptop (docs/security.md has the measurements). */
export const defaultScryptParams: ScryptParams = { N: 2 ** 16, r: 8, p: 1 };

export type ParsedVerifier = ScryptParams & { salt: Uint8Array; hash: Uint8Array };

const verifierPattern = /^scrypt\$([1-9]\d*)\$([1-9]\d*)\$([1-9]\d*)\$([A-Za-z0-9_-]{16,})\$([A-Za-z0-9_-]{32,})$/;
/** Bounds that keep a hostile verifier from exhausting the device: at most 256 MiB of scrypt memory. */
const maxMemoryBytes = 2 ** 28;

export function parsePinVerifier(verifier: string): ParsedVerifier | null {
  const match = verifierPattern.exec(verifier);
  if (!match) return null;
  const [N, r, p] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (N < 2 || (N & (N - 1)) !== 0 || 128 * N * r > maxMemoryBytes || r * p > 64) return null;
  const salt = fromBase64Url(match[4] ?? '');
  const hash = fromBase64Url(match[5] ?? '');
  if (hash.length !== 32) return null;
  return { N, r, p, salt, hash };
}

/** The same text for the same PIN typed on any keyboard (full-width digits, composed letters). */
export function normalizePin(pin: string): string {
  return pin.normalize('NFKC');
}

/** What the sign-in form accepts: at least 8 digits, or a passphrase of at least 12 characters. */
export function isAcceptablePin(pin: string): boolean {
  const normalized = normalizePin(pin);
  return /^\d{8,}$/.test(normalized) || normalized.length >= 12;
}

export type PinCheck = { matches: boolean; kek: Uint8Array };

/** Runs the slow KDF (yielding to the event loop so the UI keeps painting). */
export async function checkPin(pin: string, verifier: ParsedVerifier): Promise<PinCheck> {
  const out = await scryptAsync(new TextEncoder().encode(normalizePin(pin)), verifier.salt, {
    N: verifier.N,
    r: verifier.r,
    p: verifier.p,
    dkLen: 64,
    maxmem: maxMemoryBytes + 2 ** 20,
    asyncTick: 20,
  });
  const matches = equalBytes(out.subarray(0, 32), verifier.hash);
  const kek = out.slice(32, 64);
  out.fill(0);
  return { matches, kek };
}

/** A verifier for `pin` (the server makes the real ones; tests and tools use this with low parameters). */
export async function makePinVerifier(pin: string, params: ScryptParams = defaultScryptParams, salt: Uint8Array = randomBytes(16)): Promise<string> {
  const hash = await scryptAsync(new TextEncoder().encode(normalizePin(pin)), salt, { ...params, dkLen: 32, maxmem: maxMemoryBytes + 2 ** 20 });
  return `scrypt$${params.N}$${params.r}$${params.p}$${toBase64Url(salt)}$${toBase64Url(hash)}`;
}
