import { createVillageIndex, parseVillageData, type VillageIndex, type VillageMatch } from '@keliling/domain';
import { useEffect, useState } from 'react';

/**
 * The official village list (idn-area-data, all 83,762 villages) is built into the app as one JSON document and
 * loaded the first time a village is asked for. The index over it is built once per page: it is read-only
 * reference data, the same for every screen.
 */
let loading: Promise<VillageIndex> | null = null;

export function loadVillageIndex(): Promise<VillageIndex> {
  loading ??= import('@keliling/domain/villages.json').then((module) => {
    const parsed = parseVillageData(module.default);
    if (!parsed.ok) throw new Error(parsed.message);
    return createVillageIndex(parsed.villages);
  });
  return loading;
}

/** The village index once loaded (null until then). */
export function useVillageIndex(): VillageIndex | null {
  const [index, setIndex] = useState<VillageIndex | null>(null);
  useEffect(() => {
    let live = true;
    loadVillageIndex().then(
      (loaded) => live && setIndex(loaded),
      (error: unknown) => console.error('village list failed to load', error),
    );
    return () => {
      live = false;
    };
  }, []);
  return index;
}

/** Villages for a typed name or code: the unit's regency first, then the rest of the country. */
export function searchVillages(
  index: VillageIndex,
  query: string,
  regencyCode: string | null,
  limit = 8,
): VillageMatch[] {
  if (query.trim().length < 2) return [];
  const local = regencyCode ? index.search(query, { within: regencyCode, limit }) : [];
  if (local.length >= limit) return local;
  const seen = new Set(local.map((village) => village.code));
  const rest = index.search(query, { limit: limit * 2 }).filter((village) => !seen.has(village.code));
  return [...local, ...rest].slice(0, limit);
}
