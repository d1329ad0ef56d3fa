import { createHash, randomBytes } from 'node:crypto';

/** Bearer tokens: a kind prefix and 256 random bits. Only their SHA-256 is stored. */
export function newDeviceToken(): string {
  return `kld_${randomBytes(32).toString('base64url')}`;
}

export function newSessionToken(): string {
  return `kls_${randomBytes(32).toString('base64url')}`;
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('base64url');
}

/** 16 lowercase hex characters: a device's or a session's HLC node id. */
export function newNodeId(): string {
  return randomBytes(8).toString('hex');
}

// Enrollment codes: 12 characters of Crockford base32 (no I, L, O, U), shown as XXXX-XXXX-XXXX (60 bits).
const codeAlphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const codePattern = /^[0-9A-HJKMNP-TV-Z]{12}$/;

export function newEnrollmentCode(): string {
  const bytes = randomBytes(12);
  const chars = Array.from(bytes, (b) => codeAlphabet[b & 31]).join('');
  return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}`;
}

/** The canonical form of a typed code (case, spaces and dashes ignored; O→0, I/L→1), or null if malformed. */
export function normalizeEnrollmentCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  return codePattern.test(code) ? code : null;
}

export function enrollmentCodeHash(input: string): string | null {
  const code = normalizeEnrollmentCode(input);
  return code === null ? null : sha256(`enroll:${code}`);
}
