import type { SimCategory } from '../sim/sim-enums.js';

/** A SIM fee row: the categories it covers and the new and renewal fees. */
export type SimFeeRow = {
  service?: 'sim';
  categories: readonly SimCategory[];
  newRupiah: number;
  renewalRupiah: number;
  /** False where the figure comes from news reports, not the regulation's lampiran. */
  confirmed: boolean;
};

/** An SKCK fee row: the fee per issuance (new or renewal) for Indonesian citizens or foreigners. */
export type SkckFeeRow = {
  service: 'skck';
  nationality: 'WNI' | 'WNA';
  rupiah: number;
  confirmed: boolean;
};

export type FeeRow = SimFeeRow | SkckFeeRow;

/**
 * One fee table, as a regulation sets it. A newer table (a `fee_tables` record published by an administrator)
 * takes over from its `validFrom` day for the services it has rows for.
 */
export type FeeTable = {
  id: string;
  regulation: string;
  /** First day the table applies (YYYY-MM-DD). */
  validFrom: string;
  validFromConfirmed: boolean;
  /** Whether the whole table has been checked against the regulation text. */
  confirmed: boolean;
  rows: readonly FeeRow[];
};

export type FeeService = 'sim' | 'skck';

export function rowService(row: FeeRow): FeeService {
  return row.service ?? 'sim';
}

/**
 * The built-in PNBP fee table (domain-facts.md §2). Non-PNBP charges (health check, psychology test, insurance)
 * are third parties' and are not here; SKTLK letters and crowd permits carry no fee.
 */
export const builtInFeeTables: readonly FeeTable[] = [
  {
    id: 'pp-76-2020',
    regulation: 'PP 76/2020 (Jenis dan Tarif atas Jenis PNBP yang Berlaku pada Polri)',
    // In force 30 days after promulgation (Pasal 10); signed 21 Dec 2020. UNCONFIRMED: promulgation date not read.
    validFrom: '2021-01-20',
    validFromConfirmed: false,
    confirmed: false,
    rows: [
      { categories: ['A', 'BI', 'BII'], newRupiah: 120_000, renewalRupiah: 80_000, confirmed: true },
      { categories: ['C', 'CI', 'CII'], newRupiah: 100_000, renewalRupiah: 75_000, confirmed: true },
      { categories: ['D', 'DI'], newRupiah: 50_000, renewalRupiah: 30_000, confirmed: true },
      // UNCONFIRMED: Umum fees as reported in the news; the PP 76/2020 lampiran was not read.
      { categories: ['A_UMUM', 'BI_UMUM', 'BII_UMUM'], newRupiah: 120_000, renewalRupiah: 80_000, confirmed: false },
      // Rp30,000 / Rp60,000 since PP 60/2016, still reported in 2025; the PP 76/2020 lampiran figure is UNCONFIRMED.
      { service: 'skck', nationality: 'WNI', rupiah: 30_000, confirmed: false },
      { service: 'skck', nationality: 'WNA', rupiah: 60_000, confirmed: false },
    ],
  },
];

/** The newest table in force on `on` that has rows for `service`, or null. */
export function tableInForce(tables: readonly FeeTable[], service: FeeService, on: string): FeeTable | null {
  let newest: FeeTable | null = null;
  for (const t of tables) {
    if (t.validFrom > on || !t.rows.some((r) => rowService(r) === service)) continue;
    if (newest === null || t.validFrom > newest.validFrom || (t.validFrom === newest.validFrom && t.id > newest.id)) {
      newest = t;
    }
  }
  return newest;
}
