/** ULIDs for change and record ids: 48-bit time + 80 random bits, Crockford base32, 26 characters, sortable. */
const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export type IdOptions = { now?: () => number; randomBytes?: (n: number) => Uint8Array };

function cryptoBytes(n: number): Uint8Array {
  const bytes = new Uint8Array(n);
  globalThis.crypto.getRandomValues(bytes);
  return bytes;
}

export function newUlid(options: IdOptions = {}): string {
  const time = Math.max(0, Math.floor((options.now ?? Date.now)()));
  const random = (options.randomBytes ?? cryptoBytes)(16);
  let out = '';
  let t = time;
  for (let i = 0; i < 10; i++) {
    out = alphabet[t % 32]! + out;
    t = Math.floor(t / 32);
  }
  for (let i = 0; i < 16; i++) out += alphabet[random[i]! % 32]!;
  return out;
}

/** A factory of ids, so tests can pass a deterministic one. */
export type NewId = () => string;
