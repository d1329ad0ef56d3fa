import { getVillages } from 'idn-area-data';
import { beforeAll, describe, expect, it } from 'vitest';
import { normalizeName } from './normalize-name.js';
import { encodeVillageData, parseVillageData, type VillageEntry } from './village-data.js';
import { createVillageIndex, type VillageIndex } from './village-index.js';

// The whole official list, made in memory from idn-area-data the way scripts/generate-villages.mjs makes the
// file the app loads (the multi-megabyte file itself is built, never committed).
let villages: VillageEntry[] = [];
let index: VillageIndex;

beforeAll(async () => {
  const rows = await getVillages();
  const encoded = encodeVillageData(
    rows.map((r) => ({ code: r.code, name: r.name, districtCode: r.district_code })),
    { package: 'idn-area-data', version: 'test', licence: 'ODbL-1.0', notice: 'test' },
  );
  const parsed = parseVillageData(JSON.parse(JSON.stringify(encoded)));
  if (!parsed.ok) throw new Error(parsed.message);
  villages = parsed.villages;
  index = createVillageIndex(villages);
});

describe('the village list', () => {
  it('holds all 83,762 villages and survives its compact JSON form', () => {
    expect(villages).toHaveLength(83_762);
    expect(index.size).toBe(83_762);
    expect(villages).toContainEqual({ code: '34.04.07.2001', name: 'Caturtunggal', districtCode: '34.04.07' });
  });

  it('refuses a damaged file', () => {
    expect(parseVillageData({ format: 'other' })).toMatchObject({ ok: false, code: 'invalid_village_data' });
    const data = { format: 'keliling-villages@1', count: 2, districts: { '34.04.07': '2001 Caturtunggal' } };
    expect(parseVillageData(data)).toMatchObject({ ok: false });
    expect(parseVillageData({ ...data, count: 1, districts: { '34.04.07': '9001 X' } })).toMatchObject({ ok: false });
    expect(parseVillageData({ ...data, count: 1 })).toMatchObject({ ok: true });
  });
});

describe('createVillageIndex', () => {
  it('finds a village by name, with its district, regency and province', () => {
    expect(index.search('Caturtunggal')[0]).toEqual({
      code: '34.04.07.2001',
      name: 'Caturtunggal',
      districtCode: '34.04.07',
      districtName: 'Depok',
      regencyCode: '34.04',
      regencyName: 'Kabupaten Sleman',
      provinceName: 'Daerah Istimewa Yogyakarta',
      label: 'Caturtunggal, Kec. Depok, Kabupaten Sleman',
    });
  });

  it('matches word prefixes in any case, ranking the exact name and name prefixes first', () => {
    const results = index.search('catur', { limit: 50 });
    expect(results.length).toBeGreaterThan(10);
    expect(
      results.every(
        (r) =>
          normalizeName(r.name)
            .split(' ')
            .some((w) => w.startsWith('catur')) || r.label.toLowerCase().includes('catur'),
      ),
    ).toBe(true);
    const names = results.map((r) => normalizeName(r.name));
    const firstNonPrefix = names.findIndex((n) => !n.startsWith('catur'));
    if (firstNonPrefix >= 0) expect(names.slice(firstNonPrefix).every((n) => !n.startsWith('catur'))).toBe(true);
    expect(index.search('CATURTUNGGAL')[0]?.code).toBe('34.04.07.2001');
  });

  it('narrows a common name by its district or regency', () => {
    const everywhere = index.search('sukamaju', { limit: 500 });
    expect(everywhere.length).toBeGreaterThan(50);
    const inBandung = index.search('sukamaju bandung', { limit: 500 });
    expect(inBandung.length).toBeGreaterThan(0);
    expect(inBandung.length).toBeLessThan(everywhere.length);
    expect(inBandung.every((r) => /bandung/i.test(`${r.districtName} ${r.regencyName}`))).toBe(true);
    expect(index.search('catur depok')[0]?.code).toBe('34.04.07.2001');
    expect(index.search('pasawahan dayeuhkolot')).toMatchObject([{ code: '32.04.12.1001', name: 'Pasawahan' }]);
  });

  it('limits to a regency or district on request', () => {
    const sleman = index.search('sari', { within: '34.04', limit: 100 });
    expect(sleman.length).toBeGreaterThan(0);
    expect(sleman.every((r) => r.code.startsWith('34.04.'))).toBe(true);
  });

  it('finds villages by code, with or without dots', () => {
    expect(index.search('34.04.07.2001')).toMatchObject([{ name: 'Caturtunggal' }]);
    expect(index.search('3404072001')).toMatchObject([{ name: 'Caturtunggal' }]);
    expect(index.search('34.04.07', { limit: 100 }).every((r) => r.districtCode === '34.04.07')).toBe(true);
    expect(index.get('32.04.12.1001')?.label).toBe('Pasawahan, Kec. Dayeuhkolot, Kabupaten Bandung');
    expect(index.get('32.04.12.2001')).toBeUndefined();
  });

  it('answers nothing for an empty or unknown query, and respects the limit', () => {
    expect(index.search('')).toEqual([]);
    expect(index.search('  -- ')).toEqual([]);
    expect(index.search('qqqzzzx')).toEqual([]);
    expect(index.search('a', { limit: 5 })).toHaveLength(5);
    expect(index.search('a', { limit: 0 })).toEqual([]);
  });

  it('answers a picker’s keystrokes over all 83,762 villages (bench: time printed, not asserted)', () => {
    const queries = [
      'c',
      'ca',
      'cat',
      'catu',
      'catur',
      'caturt',
      'su',
      'suka',
      'sukamaju b',
      'kampung',
      'desa',
      'sari',
    ];
    const started = performance.now();
    let found = 0;
    for (let round = 0; round < 10; round++) for (const q of queries) found += index.search(q, { limit: 20 }).length;
    const perQuery = (performance.now() - started) / (queries.length * 10);
    console.log(`village search: ${perQuery.toFixed(2)} ms per query over ${index.size} villages`);
    expect(found).toBeGreaterThan(0);
  });
});
