/**
 * The village list travels as one compact JSON document (about 1.5 MB for 83,762 villages), generated at build
 * time from idn-area-data by `scripts/generate-villages.mjs`: villages grouped by district, each district's
 * villages one string of `DDDD Name` lines.
 */
export type VillageEntry = { code: string; name: string; districtCode: string };

export const villageDataFormat = 'keliling-villages@1';

export type VillageData = {
  format: typeof villageDataFormat;
  source: { package: string; version: string; licence: string; notice: string };
  count: number;
  /** District code `PP.KK.CC` → `DDDD Name` lines, e.g. `"34.04.07": "2001 Caturtunggal\n2002 Maguwoharjo…"`. */
  districts: Readonly<Record<string, string>>;
};

export type VillageDataFailure = { ok: false; code: 'invalid_village_data'; message: string };

const villageLine = /^([123]\d{3}) (.+)$/;
const districtCodePattern = /^\d{2}\.\d{2}\.\d{2}$/;

/** Encodes villages (any order) in the compact form. */
export function encodeVillageData(villages: readonly VillageEntry[], source: VillageData['source']): VillageData {
  const byDistrict = new Map<string, VillageEntry[]>();
  for (const v of villages) {
    const list = byDistrict.get(v.districtCode) ?? [];
    list.push(v);
    byDistrict.set(v.districtCode, list);
  }
  const districts: Record<string, string> = {};
  for (const code of [...byDistrict.keys()].sort()) {
    const list = (byDistrict.get(code) ?? []).sort((a, b) => (a.code < b.code ? -1 : 1));
    districts[code] = list.map((v) => `${v.code.slice(9)} ${v.name}`).join('\n');
  }
  return { format: villageDataFormat, source, count: villages.length, districts };
}

/** Reads the compact form back into villages, checking its shape. */
export function parseVillageData(data: unknown): { ok: true; villages: VillageEntry[] } | VillageDataFailure {
  const fail = (message: string): VillageDataFailure => ({ ok: false, code: 'invalid_village_data', message });
  if (data === null || typeof data !== 'object') return fail('Not an object');
  const d = data as Partial<VillageData>;
  if (d.format !== villageDataFormat) return fail(`Unknown format ${String(d.format)}`);
  if (d.districts === null || typeof d.districts !== 'object') return fail('No districts');
  const villages: VillageEntry[] = [];
  for (const [districtCode, lines] of Object.entries(d.districts)) {
    if (!districtCodePattern.test(districtCode) || typeof lines !== 'string')
      return fail(`Bad district ${districtCode}`);
    for (const line of lines.split('\n')) {
      const m = villageLine.exec(line);
      if (!m) return fail(`Bad village line in ${districtCode}: ${line}`);
      villages.push({ code: `${districtCode}.${m[1]}`, name: m[2] ?? '', districtCode });
    }
  }
  if (d.count !== villages.length) return fail(`Expected ${String(d.count)} villages, found ${villages.length}`);
  return { ok: true, villages };
}
