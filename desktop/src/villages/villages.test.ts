import { describe, expect, it } from 'vitest';
import { regionForBase, villageRegions, villagesByCode } from './villages';

describe('village regions', () => {
  const regions = villageRegions();

  it('places a Sleman base in Sleman and a Soreang base in Bandung', () => {
    expect(regionForBase(regions, { lat: -7.71646, lng: 110.38321 })?.regencyName).toBe('Kabupaten Sleman');
    expect(regionForBase(regions, { lat: -7.0253, lng: 107.5187 })?.regencyName).toBe('Kabupaten Bandung');
  });

  it('finds a village by its code', () => {
    expect(villagesByCode(regions).get('34.04.01.2001')?.name).toBe('Balecatur');
  });
});
