import { describe, expect, it } from 'vitest';
import {
  districtName,
  districtNames,
  isVillageCode,
  provinceName,
  provinceNames,
  regencyName,
  regencyNames,
} from './regions.js';

describe('region tables', () => {
  it('hold the 2025 counts: 38 provinces, 514 regencies, 7,285 districts', () => {
    expect(Object.keys(provinceNames)).toHaveLength(38);
    expect(Object.keys(regencyNames)).toHaveLength(514);
    expect(Object.keys(districtNames)).toHaveLength(7285);
  });

  it('name Sleman and Kabupaten Bandung', () => {
    expect(provinceName('34')).toBe('Daerah Istimewa Yogyakarta');
    expect(regencyName('34.04')).toBe('Kabupaten Sleman');
    expect(districtName('34.04.07')).toBe('Depok');
    expect(regencyName('32.04')).toBe('Kabupaten Bandung');
    expect(districtName('32.04.12')).toBe('Dayeuhkolot');
  });

  it('do not answer for inherited object keys', () => {
    expect(provinceName('constructor')).toBeUndefined();
    expect(provinceName('99')).toBeUndefined();
  });
});

describe('isVillageCode', () => {
  it.each(['34.04.07.2001', '32.04.12.1001', '32.04.12.2002'])('accepts %s', (code) => {
    expect(isVillageCode(code)).toBe(true);
  });

  it.each([
    ['3404072001', 'no dots'],
    ['34.04.07.4001', 'an island code'],
    ['34.04.99.2001', 'an unknown district'],
    ['99.01.01.2001', 'an unknown province'],
    ['34.04.07.201', 'short village part'],
  ])('rejects %s (%s)', (code) => {
    expect(isVillageCode(code)).toBe(false);
  });
});
