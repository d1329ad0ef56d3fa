import { describe, expect, it } from 'vitest';
import { simCategories } from './sim-enums.js';
import { type SimFeeTable, simFee, simFeeTables } from './sim-fees.js';

const on = '2026-03-01';

describe('simFee', () => {
  it.each([
    ['A', 'new', 120_000],
    ['A', 'renewal', 80_000],
    ['BI', 'new', 120_000],
    ['BII', 'renewal', 80_000],
    ['C', 'new', 100_000],
    ['C', 'renewal', 75_000],
    ['CI', 'renewal', 75_000],
    ['CII', 'new', 100_000],
    ['D', 'new', 50_000],
    ['DI', 'renewal', 30_000],
  ] as const)('SIM %s %s costs Rp%i under PP 76/2020', (category, applicationType, feeRupiah) => {
    expect(simFee({ category, applicationType, on })).toMatchObject({
      feeRupiah,
      tableId: 'pp-76-2020',
      regulation: expect.stringContaining('PP 76/2020'),
    });
  });

  it('marks the Umum fees as unconfirmed', () => {
    expect(simFee({ category: 'A_UMUM', applicationType: 'new', on })).toMatchObject({
      feeRupiah: 120_000,
      confirmed: false,
    });
    expect(simFee({ category: 'BII_UMUM', applicationType: 'renewal', on })).toMatchObject({ feeRupiah: 80_000 });
  });

  it('lists every category exactly once in each table', () => {
    for (const table of simFeeTables) {
      expect(table.rows.flatMap((r) => r.categories).sort()).toEqual([...simCategories].sort());
    }
  });

  it('has no fee before the first table applies', () => {
    expect(simFee({ category: 'A', applicationType: 'new', on: '2020-12-31' })).toBeNull();
  });

  it('uses the newest table in force on the day', () => {
    const next: SimFeeTable = {
      id: 'test-2027',
      regulation: 'PP 99/2026 (example)',
      validFrom: '2027-01-01',
      validFromConfirmed: true,
      rows: [{ categories: ['C'], newRupiah: 110_000, renewalRupiah: 85_000, confirmed: true }],
    };
    const tables = [...simFeeTables, next];
    expect(simFee({ category: 'C', applicationType: 'renewal', on: '2026-12-31' }, tables)?.feeRupiah).toBe(75_000);
    expect(simFee({ category: 'C', applicationType: 'renewal', on: '2027-01-01' }, tables)?.feeRupiah).toBe(85_000);
    expect(simFee({ category: 'A', applicationType: 'renewal', on: '2027-01-01' }, tables)).toBeNull();
  });
});
