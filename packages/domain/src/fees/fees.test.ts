import { describe, expect, it } from 'vitest';
import { exampleRecords } from '../records/example-records.js';
import { feeFor } from './fee-for.js';
import { builtInFeeTables, type FeeTable } from './fee-table.js';
import { feeTableRecordFields, feeTableSchema, feeTablesFromRecords } from './fee-table-record.js';

const on = '2026-11-28';

describe('feeFor', () => {
  it('computes the SIM and SKCK fees from the table in force, naming the regulation', () => {
    expect(feeFor('sim_applications', { category: 'C', applicationType: 'renewal' }, undefined, { on })).toMatchObject({
      feeRupiah: 75_000,
      tableId: 'pp-76-2020',
      regulation: expect.stringContaining('PP 76/2020'),
    });
    expect(feeFor('skck_applications', { nationality: 'WNI' }, undefined, { on })).toMatchObject({
      feeRupiah: 30_000,
      confirmed: false,
    });
    expect(feeFor('skck_applications', { nationality: 'WNA' }, undefined, { on })?.feeRupiah).toBe(60_000);
  });

  it("uses the record's application day (createdAt in WIB) when no date is given", () => {
    // 23:30 UTC on 19 Jan 2021 is 06:30 WIB on 20 Jan, the first day of PP 76/2020.
    const record = { category: 'A', applicationType: 'new', createdAt: '2021-01-19T23:30:00.000Z' };
    expect(feeFor('sim_applications', record)?.feeRupiah).toBe(120_000);
    expect(feeFor('sim_applications', { ...record, createdAt: '2021-01-19T16:00:00.000Z' })).toBeNull();
    expect(feeFor('sim_applications', { category: 'A', applicationType: 'new' })).toBeNull();
  });

  it('is null when the record lacks what the fee depends on', () => {
    expect(feeFor('sim_applications', { category: 'Z', applicationType: 'new' }, undefined, { on })).toBeNull();
    expect(feeFor('skck_applications', {}, undefined, { on })).toBeNull();
  });

  it('is Rp0 for a waived record, still naming the table', () => {
    expect(
      feeFor('skck_applications', { nationality: 'WNI', feeWaiverRef: 'KEP/1/2026' }, undefined, { on }),
    ).toMatchObject({ feeRupiah: 0, waived: true, tableId: 'pp-76-2020' });
  });
});

describe('fee tables published by an administrator', () => {
  const newSkck: FeeTable = {
    id: 'pp-2027-skck',
    regulation: 'PP 5/2027 (contoh)',
    validFrom: '2027-01-01',
    validFromConfirmed: true,
    confirmed: true,
    rows: [{ service: 'skck', nationality: 'WNI', rupiah: 35_000, confirmed: true }],
  };

  it('take over from their first day, for the services they list only', () => {
    const tables = [...builtInFeeTables, newSkck];
    expect(feeFor('skck_applications', { nationality: 'WNI' }, tables, { on: '2026-12-31' })?.feeRupiah).toBe(30_000);
    expect(feeFor('skck_applications', { nationality: 'WNI' }, tables, { on: '2027-01-01' })?.feeRupiah).toBe(35_000);
    // The new table has no WNA row: no fee rather than a stale one.
    expect(feeFor('skck_applications', { nationality: 'WNA' }, tables, { on: '2027-01-01' })).toBeNull();
    // SIM fees still come from PP 76/2020.
    const sim = feeFor('sim_applications', { category: 'C', applicationType: 'new' }, tables, { on: '2027-01-01' });
    expect(sim?.tableId).toBe('pp-76-2020');
  });

  it('arrive as fee_tables records; a record with a built-in id replaces it, invalid ones are ignored', () => {
    const { id, ...fields } = newSkck;
    const records = [
      { id, fields: { ...fields, rows: fields.rows } },
      { id: 'broken', fields: { regulation: 'x', validFrom: '2027-13-01', rows: [] } },
      {
        id: 'pp-76-2020',
        fields: {
          ...feeTableRecordFields(builtInFeeTables[0] as FeeTable),
          rows: [{ service: 'skck', nationality: 'WNI', rupiah: 0, confirmed: true }],
        },
      },
    ];
    const tables = feeTablesFromRecords(records);
    expect(tables.map((t) => t.id).sort()).toEqual(['pp-2027-skck', 'pp-76-2020']);
    expect(feeFor('skck_applications', { nationality: 'WNI' }, tables, { on })?.feeRupiah).toBe(0);
    expect(feeTablesFromRecords([{ id: 'pp-76-2020', fields: {}, deleted: true }])).toEqual([]);
  });

  it('are checked by the fee_tables schema', () => {
    expect(feeTableSchema.safeParse(exampleRecords.fee_tables).success).toBe(true);
    expect(feeTableSchema.safeParse(feeTableRecordFields(builtInFeeTables[0] as FeeTable)).success).toBe(true);
    const twice = {
      ...exampleRecords.fee_tables,
      rows: [
        { service: 'sim', categories: ['C'], newRupiah: 1, renewalRupiah: 1, confirmed: true },
        { service: 'sim', categories: ['C'], newRupiah: 2, renewalRupiah: 2, confirmed: true },
      ],
    };
    expect(feeTableSchema.safeParse(twice).error?.issues[0]?.path).toEqual(['rows']);
    const badRow = { ...exampleRecords.fee_tables, rows: [{ service: 'stnk', rupiah: 1, confirmed: true }] };
    expect(feeTableSchema.safeParse(badRow).success).toBe(false);
  });
});
