import { loadVillages, villageSets } from '@keliling/fixtures';
import { describe, expect, it } from 'vitest';
import { villageRegions } from './villages';

// The app's built-in village points are exactly the fixtures' CSVs (regenerate with scripts/generate-villages.mjs).
describe('villages.generated.ts', () => {
  it.each(villageSets)('matches fixtures/data/villages-%s.csv', (set) => {
    const region = villageRegions().find((r) => r.id === set);
    expect(region?.villages).toEqual(
      loadVillages(set).map(({ code, name, districtName, lat, lng }) => ({ code, name, districtName, lat, lng })),
    );
  });
});
