import { nameTokens, normalizeName } from './normalize-name.js';
import { districtName, provinceName, regencyName } from './regions.js';
import type { VillageEntry } from './village-data.js';

export type VillageMatch = {
  code: string;
  name: string;
  districtCode: string;
  districtName: string;
  regencyCode: string;
  regencyName: string;
  provinceName: string;
  /** What a picker shows: `Caturtunggal, Kec. Depok, Kabupaten Sleman`. */
  label: string;
};

export type VillageSearchOptions = {
  /** At most this many results (default 20). */
  limit?: number;
  /** Only villages whose code starts with this prefix, e.g. a regency `34.04` or a district `34.04.07`. */
  within?: string;
};

export type VillageIndex = {
  size: number;
  /** The village with this code, or undefined. */
  get(code: string): VillageMatch | undefined;
  /**
   * Villages matching `query`, best first. Each word of the query must begin a word of the village's name, its
   * district's or its regency's (so `catur depok` and `sukamaju bandung` work); a query of digits and dots
   * matches codes by prefix. Ranked: exact name, name prefix, all words in the name, then the rest; shorter
   * names first.
   */
  search(query: string, options?: VillageSearchOptions): VillageMatch[];
};

type Row = { entry: VillageEntry; name: string; haystack: string; digits: string };

function lowerBound(length: number, keyAt: (i: number) => string, value: string): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keyAt(mid) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Words of a district's and its regency's names, without the `Kabupaten`/`Kota` that every regency has. */
function placeTokens(districtCode: string): string[] {
  const regency = nameTokens(regencyName(districtCode.slice(0, 5)) ?? '');
  const withoutKind = regency[0] === 'kabupaten' || regency[0] === 'kota' ? regency.slice(1) : regency;
  return [...nameTokens(districtName(districtCode) ?? ''), ...withoutKind];
}

/** Builds the search index once; each search is then a binary search plus a scan of what matches. */
export function createVillageIndex(villages: readonly VillageEntry[]): VillageIndex {
  const places = new Map<string, string[]>();
  const rows: Row[] = villages.map((entry) => {
    let place = places.get(entry.districtCode);
    if (!place) {
      place = placeTokens(entry.districtCode);
      places.set(entry.districtCode, place);
    }
    const name = normalizeName(entry.name);
    return { entry, name, haystack: ` ${name} ${place.join(' ')} `, digits: entry.code.replaceAll('.', '') };
  });
  const byCode = new Map(rows.map((row, i) => [row.entry.code, i]));

  // Word → villages, for words of village names and of their district's and regency's names.
  const postings = new Map<string, number[]>();
  rows.forEach((row, i) => {
    for (const token of new Set(row.haystack.trim().split(' '))) {
      const list = postings.get(token);
      if (list) list.push(i);
      else postings.set(token, [i]);
    }
  });
  const dictionary = [...postings.keys()].sort();

  // Ties within a rank go to the shorter name, then the lower code: one precomputed ordinal per village.
  const ordinal = new Int32Array(rows.length);
  rows
    .map((_, i) => i)
    .sort((a, b) => {
      const ra = rows[a] as Row;
      const rb = rows[b] as Row;
      return ra.name.length - rb.name.length || compareStrings(ra.entry.code, rb.entry.code);
    })
    .forEach((i, position) => {
      ordinal[i] = position;
    });
  // Villages sorted by their folded name: those whose name starts with the query are one range.
  const byName = rows.map((_, i) => i).sort((a, b) => compareStrings((rows[a] as Row).name, (rows[b] as Row).name));
  // Marks the villages already seen in the current search (this index's own scratch space, reused).
  const seen = new Uint32Array(rows.length);
  let generation = 0;

  const matchOf = (row: Row): VillageMatch => {
    const { code, name, districtCode } = row.entry;
    const regencyCode = districtCode.slice(0, 5);
    const district = districtName(districtCode) ?? '';
    const regency = regencyName(regencyCode) ?? '';
    return {
      code,
      name,
      districtCode,
      districtName: district,
      regencyCode,
      regencyName: regency,
      provinceName: provinceName(districtCode.slice(0, 2)) ?? '',
      label: `${name}, Kec. ${district}, ${regency}`,
    };
  };

  /** The `k` best of `ids` by ordinal, best first, without sorting them all. */
  const best = (ids: readonly number[], k: number): number[] => {
    const top: number[] = [];
    for (const id of ids) {
      const o = ordinal[id] as number;
      if (top.length === k && o >= (ordinal[top[k - 1] as number] as number)) continue;
      let at = top.length;
      while (at > 0 && (ordinal[top[at - 1] as number] as number) > o) at--;
      top.splice(at, 0, id);
      if (top.length > k) top.pop();
    }
    return top;
  };

  /** Villages whose name starts with `query`: rank 0 (the whole name) and 1. */
  const namePrefixMatches = (query: string, within: string): number[][] => {
    const exact: number[] = [];
    const prefix: number[] = [];
    for (
      let k = lowerBound(byName.length, (i) => (rows[byName[i] as number] as Row).name, query);
      k < byName.length;
      k++
    ) {
      const id = byName[k] as number;
      const row = rows[id] as Row;
      if (!row.name.startsWith(query)) break;
      if (within !== '' && !row.entry.code.startsWith(within)) continue;
      (row.name === query ? exact : prefix).push(id);
    }
    return [exact, prefix];
  };

  const rank = (row: Row, tokens: readonly string[]): number => {
    const nameWords = ` ${row.name} `;
    if (tokens.every((t) => nameWords.includes(` ${t}`))) return 2;
    return nameWords.includes(` ${tokens[0]}`) ? 3 : 4;
  };

  const searchByCode = (digits: string, within: string, limit: number): VillageMatch[] => {
    const prefix = within.replaceAll('.', '');
    const found: Row[] = [];
    for (const row of rows) {
      if (row.digits.startsWith(digits) && row.digits.startsWith(prefix)) found.push(row);
      if (found.length >= limit) break;
    }
    return found.map(matchOf);
  };

  const search = (query: string, options: VillageSearchOptions = {}): VillageMatch[] => {
    const limit = options.limit ?? 20;
    const within = options.within ?? '';
    if (limit <= 0) return [];
    const compactDigits = query.replace(/[\s.]/g, '');
    if (/^\d+$/.test(compactDigits)) return searchByCode(compactDigits, within, limit);
    const normalized = normalizeName(query);
    if (normalized === '') return [];
    const tokens = normalized.split(' ');

    const [exact = [], prefix = []] = namePrefixMatches(normalized, within);
    const buckets: number[][] = [exact, prefix, [], [], []];
    // Enough names begin with the query (the usual case while typing): no need to look further.
    if (exact.length + prefix.length < limit) {
      generation = generation === 0xffffffff ? 1 : generation + 1;
      if (generation === 1) seen.fill(0);
      for (const id of [...exact, ...prefix]) seen[id] = generation;
      // The longest word is usually the most selective one to draw candidates from.
      const seed = tokens.reduce((a, b) => (b.length > a.length ? b : a));
      for (let d = lowerBound(dictionary.length, (i) => dictionary[i] as string, seed); d < dictionary.length; d++) {
        const word = dictionary[d] as string;
        if (!word.startsWith(seed)) break;
        for (const id of postings.get(word) ?? []) {
          if (seen[id] === generation) continue;
          seen[id] = generation;
          const row = rows[id] as Row;
          if (within !== '' && !row.entry.code.startsWith(within)) continue;
          if (!tokens.every((t) => row.haystack.includes(` ${t}`))) continue;
          buckets[rank(row, tokens)]?.push(id);
        }
      }
    }
    const results: VillageMatch[] = [];
    for (const bucket of buckets) {
      if (results.length >= limit) break;
      for (const id of best(bucket, limit - results.length)) results.push(matchOf(rows[id] as Row));
    }
    return results;
  };

  return {
    size: rows.length,
    get: (code) => {
      const i = byCode.get(code);
      return i === undefined ? undefined : matchOf(rows[i] as Row);
    },
    search,
  };
}
