import { builtInFeeTables, type FeeTable, rowService, type SimFeeRow, tableInForce } from '../fees/fee-table.js';
import type { SimApplicationType, SimCategory } from './sim-enums.js';

export type { SimFeeRow } from '../fees/fee-table.js';

/** A fee table with SIM rows only (the SIM view of a `FeeTable`). */
export type SimFeeTable = {
  id: string;
  regulation: string;
  validFrom: string;
  validFromConfirmed: boolean;
  rows: readonly SimFeeRow[];
};

/** The SIM rows of the built-in fee tables. Admins can publish newer tables (`fee_tables` records). */
export const simFeeTables: readonly SimFeeTable[] = builtInFeeTables.map((t) => ({
  id: t.id,
  regulation: t.regulation,
  validFrom: t.validFrom,
  validFromConfirmed: t.validFromConfirmed,
  rows: t.rows.filter((r): r is SimFeeRow => rowService(r) === 'sim'),
}));

export type SimFee = {
  feeRupiah: number;
  regulation: string;
  tableId: string;
  validFrom: string;
  /** Whether the amount is confirmed against the regulation (see SimFeeRow.confirmed). */
  confirmed: boolean;
};

function asFeeTable(t: SimFeeTable | FeeTable): FeeTable {
  return 'confirmed' in t ? t : { ...t, confirmed: false };
}

/**
 * The fee for a SIM application on a date, from the newest table in force that day; null before the
 * first table or for a category that table does not list. Waivers to Rp0 (PP 76/2020 Pasal 7) are decided per
 * case (`feeWaiverRef`, see `feeFor`).
 */
export function simFee(
  { category, applicationType, on }: { category: SimCategory; applicationType: SimApplicationType; on: string },
  tables: readonly (SimFeeTable | FeeTable)[] = builtInFeeTables,
): SimFee | null {
  const table = tableInForce(tables.map(asFeeTable), 'sim', on);
  const row = table?.rows.find(
    (r): r is SimFeeRow => rowService(r) === 'sim' && 'categories' in r && r.categories.includes(category),
  );
  if (!table || !row) return null;
  return {
    feeRupiah: applicationType === 'new' ? row.newRupiah : row.renewalRupiah,
    regulation: table.regulation,
    tableId: table.id,
    validFrom: table.validFrom,
    confirmed: row.confirmed,
  };
}
