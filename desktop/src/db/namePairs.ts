import type { RecordCipher } from '../security/recordCipher';
import { nameWords } from '../security/searchIndex';

/**
 * A second blind name index, for searches of two or more words ("sit rah"). The word-start index alone makes such a
 * search read the key lists of every word start typed, and a common start ("rah") matches thousands of records;
 * IndexedDB counts by walking, so it cannot even tell cheaply which start is the rarer. Here each record also
 * carries a keyed hash of every pair of its name words' first three letters (a word with itself included), so two
 * typed words of three letters or more are one lookup of about as many keys as there are answers.
 */
const pairStart = 3;
const maxPrefix = 24;

const pairToken = (cipher: RecordCipher, a: string, b: string) =>
  cipher.blind('name-pair', a <= b ? `${a} ${b}` : `${b} ${a}`);

/** The name the blind indexes read (as security/searchIndex.ts indexRecordFields picks it). */
function indexedName(fields: Record<string, unknown>): string {
  return typeof fields.fullName === 'string' ? fields.fullName : typeof fields.name === 'string' ? fields.name : '';
}

/** The pair tokens of a record's fields: every pair (i ≤ j) of its distinct three-letter word starts. */
export function namePairTokens(cipher: RecordCipher, fields: Record<string, unknown>): string[] {
  const starts = [
    ...new Set(
      nameWords(indexedName(fields))
        .filter((word) => word.length >= pairStart)
        .map((word) => word.slice(0, pairStart)),
    ),
  ];
  const tokens: string[] = [];
  for (let i = 0; i < starts.length; i++)
    for (let j = i; j < starts.length; j++) tokens.push(pairToken(cipher, starts[i] as string, starts[j] as string));
  return tokens;
}

/**
 * The pair to look up for a typed name search, or null when fewer than two distinct words have three letters.
 * Every record that matches the search carries the pair (its two longest words' starts), so the pair's keys are a
 * superset of the answer; `exact` when they are the answer (the search is just those two three-letter words),
 * otherwise the caller checks the full word-start tokens on the rows found.
 */
export function namePairQuery(cipher: RecordCipher, text: string): { token: string; exact: boolean } | null {
  const words = [
    ...new Set(
      nameWords(text)
        .filter((word) => word.length >= 2)
        .map((word) => word.slice(0, maxPrefix)),
    ),
  ];
  const [a, b] = words.filter((word) => word.length >= pairStart).sort((x, y) => y.length - x.length);
  if (a === undefined || b === undefined) return null;
  return {
    token: pairToken(cipher, a.slice(0, pairStart), b.slice(0, pairStart)),
    exact: words.length === 2 && a.length === pairStart && b.length === pairStart,
  };
}
