import type { RecordCipher } from './recordCipher';

/**
 * Blind indexes, so the encrypted records can still be found by NIK (exact) and by name (any word, or the start
 * of one, from two letters). What is stored are keyed hashes; without the data key they match nothing.
 */
export type SearchIndex = { nik?: string; name: string[] };

const minPrefix = 2;
const maxPrefix = 24;

/** Lowercase words without diacritics: "Sri Wahyuni, S.Pd." → ["sri", "wahyuni", "s", "pd"]. */
export function nameWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}

function prefixes(word: string): string[] {
  const out: string[] = [];
  for (let n = Math.min(minPrefix, word.length); n <= Math.min(word.length, maxPrefix); n++) out.push(word.slice(0, n));
  return out;
}

export function nikToken(cipher: RecordCipher, nik: string): string {
  return cipher.blind('nik', nik.trim());
}

/** Index entries of a record's fields: its NIK and every prefix of every word of its name. */
export function indexRecordFields(cipher: RecordCipher, fields: Record<string, unknown>): SearchIndex {
  const index: SearchIndex = { name: [] };
  if (typeof fields.nik === 'string' && fields.nik.length > 0) index.nik = nikToken(cipher, fields.nik);
  const name = typeof fields.fullName === 'string' ? fields.fullName : typeof fields.name === 'string' ? fields.name : '';
  const tokens = new Set<string>();
  for (const word of nameWords(name)) for (const prefix of prefixes(word)) tokens.add(cipher.blind('name', prefix));
  index.name = [...tokens];
  return index;
}

/**
 * What to look up for a query typed in the search box: a 16-digit query is a NIK; otherwise every word (its first
 * 24 letters) must match a name word's start. Null when the query is too short to search.
 */
export type SearchQuery = { kind: 'nik'; token: string } | { kind: 'name'; tokens: string[] };

export function searchQuery(cipher: RecordCipher, text: string): SearchQuery | null {
  const trimmed = text.trim();
  if (/^\d{16}$/.test(trimmed)) return { kind: 'nik', token: nikToken(cipher, trimmed) };
  const words = nameWords(trimmed).filter((word) => word.length >= minPrefix);
  if (words.length === 0) return null;
  return { kind: 'name', tokens: words.map((word) => cipher.blind('name', word.slice(0, maxPrefix))) };
}
