import { SecurityError } from './recordCipher';

/**
 * The data key wrapped under an officer's key-encryption key with AES-KW (RFC 3394, WebCrypto). Unwrapping with
 * the wrong KEK fails the RFC's integrity check. Runs outside any IndexedDB transaction (sign-in only).
 */
const bytes = (data: Uint8Array): Uint8Array<ArrayBuffer> => new Uint8Array(data);

export async function wrapDataKey(dataKey: Uint8Array, kek: Uint8Array): Promise<Uint8Array> {
  const wrapping = await crypto.subtle.importKey('raw', bytes(kek), 'AES-KW', false, ['wrapKey']);
  const key = await crypto.subtle.importKey('raw', bytes(dataKey), 'AES-GCM', true, ['encrypt']);
  return new Uint8Array(await crypto.subtle.wrapKey('raw', key, wrapping, 'AES-KW'));
}

export async function unwrapDataKey(wrapped: Uint8Array, kek: Uint8Array): Promise<Uint8Array> {
  const wrapping = await crypto.subtle.importKey('raw', bytes(kek), 'AES-KW', false, ['unwrapKey']);
  let key: CryptoKey;
  try {
    key = await crypto.subtle.unwrapKey('raw', bytes(wrapped), wrapping, 'AES-KW', 'AES-GCM', true, ['encrypt']);
  } catch {
    throw new SecurityError('wrong_pin', 'the key does not open this wrap');
  }
  return new Uint8Array(await crypto.subtle.exportKey('raw', key));
}

/** A new random 256-bit data key. */
export function newDataKey(): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(32));
}
