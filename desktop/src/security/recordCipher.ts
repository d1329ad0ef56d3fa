import { gcm } from '@noble/ciphers/aes.js';
import { hkdf } from '@noble/hashes/hkdf.js';
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { randomBytes, toBase64Url } from './bytes';

/**
 * Encrypts what the device stores about people with the device's data key: AES-256-GCM, a random 96-bit IV per
 * sealed value, the value's place (table and record) as associated data so a sealed value cannot be moved to
 * another record unnoticed. Synchronous on purpose (audited pure-JS AES, @noble/ciphers): the Dexie storage seals
 * and opens inside its IndexedDB transactions, where awaiting WebCrypto would let the transaction commit half done.
 */
export type RecordCipher = {
  seal(value: unknown, place: string): Uint8Array;
  /** Throws a `SecurityError` with code `tampered` when the bytes or their place were changed. */
  open(sealed: Uint8Array, place: string): unknown;
  /** A keyed hash (HMAC-SHA-256, 128 bits) of `text` for equality lookups that reveal nothing without the key. */
  blind(purpose: string, text: string): string;
};

export type SecurityErrorCode = 'locked' | 'tampered' | 'wrong_pin' | 'invalid_key';

export class SecurityError extends Error {
  constructor(readonly code: SecurityErrorCode, message: string = code) {
    super(message);
    this.name = 'SecurityError';
  }
}

const formatVersion = 1;
const ivLength = 12;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** The cipher for a 32-byte data key; separate subkeys (HKDF) for sealing and for blind indexes. */
export function createRecordCipher(dataKey: Uint8Array): RecordCipher {
  if (dataKey.length !== 32) throw new SecurityError('invalid_key', 'data key must be 32 bytes');
  const sealKey = hkdf(sha256, dataKey, undefined, encoder.encode('keliling/seal/v1'), 32);
  const indexKey = hkdf(sha256, dataKey, undefined, encoder.encode('keliling/blind-index/v1'), 32);

  return {
    seal(value, place) {
      const iv = randomBytes(ivLength);
      const body = gcm(sealKey, iv, encoder.encode(place)).encrypt(encoder.encode(JSON.stringify(value)));
      const out = new Uint8Array(1 + ivLength + body.length);
      out[0] = formatVersion;
      out.set(iv, 1);
      out.set(body, 1 + ivLength);
      return out;
    },
    open(sealed, place) {
      if (!(sealed instanceof Uint8Array) || sealed.length < 1 + ivLength + 16 || sealed[0] !== formatVersion) {
        throw new SecurityError('tampered', 'not a sealed value');
      }
      let plain: Uint8Array;
      try {
        plain = gcm(sealKey, sealed.subarray(1, 1 + ivLength), encoder.encode(place)).decrypt(sealed.subarray(1 + ivLength));
      } catch {
        throw new SecurityError('tampered', `sealed value at ${place} failed authentication`);
      }
      return JSON.parse(decoder.decode(plain)) as unknown;
    },
    blind(purpose, text) {
      return toBase64Url(hmac(sha256, indexKey, encoder.encode(`${purpose}\u0000${text}`)).subarray(0, 16));
    },
  };
}

export function isSecurityError(e: unknown, code?: SecurityErrorCode): e is SecurityError {
  return e instanceof SecurityError && (code === undefined || e.code === code);
}
