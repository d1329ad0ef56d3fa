import type { SimApplicationType, SimCategory } from './sim-enums.js';

export type SimFeeRow = {
  categories: readonly SimCategory[];
  newRupiah: number;
  renewalRupiah: number;
  /** False where the figure comes from news reports, not the regulation's lampiran. */
  confirmed: boolean;
};

export type SimFeeTable = {
  id: string;
  regulation: string;
  /** First day the table applies (YYYY-MM-DD). */
  validFrom: string;
  validFromConfirmed: boolean;
  rows: readonly SimFeeRow[];
};

/**
 * PNBP fees for SIM issuance, newest last. Admins can publish newer tables (`fee_tables` records);
 * pass them to `simFee`. Sources: domain-facts.md §2.
 */
export const simFeeTables: readonly SimFeeTable[] = [
  {
    id: 'pp-76-2020',
    regulation: 'PP 76/2020 (Jenis dan Tarif atas Jenis PNBP yang Berlaku pada Polri)',
    // In force 30 days after promulgation (Pasal 10); signed 21 Dec 2020. UNCONFIRMED: promulgation date not read.
    validFrom: '2021-01-20',
    validFromConfirmed: false,
    rows: [
      { categories: ['A', 'BI', 'BII'], newRupiah: 120_000, renewalRupiah: 80_000, confirmed: true },
      { categories: ['C', 'CI', 'CII'], newRupiah: 100_000, renewalRupiah: 75_000, confirmed: true },
      { categories: ['D', 'DI'], newRupiah: 50_000, renewalRupiah: 30_000, confirmed: true },
      // UNCONFIRMED: Umum fees as reported in the news; the PP 76/2020 lampiran was not read.
      { categories: ['A_UMUM', 'BI_UMUM', 'BII_UMUM'], newRupiah: 120_000, renewalRupiah: 80_000, confirmed: false },
    ],
  },
];

export type SimFee = {
  feeRupiah: number;
  regulation: string;
  tableId: string;
  validFrom: string;
  /** Whether the amount is confirmed against the regulation (see SimFeeRow.confirmed). */
  confirmed: boolean;
};

/**
 * The fee for a SIM application on a date, from the newest table in force that day; null before the
 * first table or for a category no table lists. Waivers to Rp0 (PP 76/2020 Pasal 7) are decided per case.
 */
export function simFee(
  { category, applicationType, on }: { category: SimCategory; applicationType: SimApplicationType; on: string },
  tables: readonly SimFeeTable[] = simFeeTables,
): SimFee | null {
  const table = tables
    .filter((t) => t.validFrom <= on)
    .reduce<SimFeeTable | null>((newest, t) => (newest === null || t.validFrom > newest.validFrom ? t : newest), null);
  const row = table?.rows.find((r) => r.categories.includes(category));
  if (!table || !row) return null;
  return {
    feeRupiah: applicationType === 'new' ? row.newRupiah : row.renewalRupiah,
    regulation: table.regulation,
    tableId: table.id,
    validFrom: table.validFrom,
    confirmed: row.confirmed,
  };
}
