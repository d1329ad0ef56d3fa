/**
 * A place name folded for search: lower case, accents dropped (é → e), apostrophes removed (Ma'rang →
 * marang), anything else that is not a letter or digit turned into a space, spaces collapsed.
 */
export function normalizeName(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function nameTokens(s: string): string[] {
  const n = normalizeName(s);
  return n === '' ? [] : n.split(' ');
}
