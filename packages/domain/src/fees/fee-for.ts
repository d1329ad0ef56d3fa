import { applicationDate } from '../records/application-date.js';
import { simApplicationTypes, simCategories } from '../sim/sim-enums.js';
import { simFee } from '../sim/sim-fees.js';
import { builtInFeeTables, type FeeTable, type SkckFeeRow, tableInForce } from './fee-table.js';

/** Entities whose records carry a PNBP fee (`feeRupiah`). */
export const chargedEntities = ['sim_applications', 'skck_applications'] as const;
export type ChargedEntity = (typeof chargedEntities)[number];

export function isChargedEntity(entity: string): entity is ChargedEntity {
  return (chargedEntities as readonly string[]).includes(entity);
}

export type Fee = {
  feeRupiah: number;
  regulation: string;
  tableId: string;
  validFrom: string;
  confirmed: boolean;
  /** The fee was waived to Rp0 by the decision named in the record's `feeWaiverRef` (PP 76/2020 Pasal 7). */
  waived?: true;
};

function oneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}

/**
 * The fee a record must carry, computed from the fee table in force on the record's application date
 * (`applicationDate`: its `createdAt` day, or `options.on`). Null when the record lacks what the fee depends
 * on or no table covers it. The form writes this value; the server recomputes it and rejects a disagreement.
 */
export function feeFor(
  entity: ChargedEntity,
  record: Readonly<Record<string, unknown>>,
  tables: readonly FeeTable[] = builtInFeeTables,
  options: { on?: string } = {},
): Fee | null {
  const on = options.on ?? applicationDate(record);
  if (on === null) return null;
  const fee = entity === 'sim_applications' ? simApplicationFee(record, tables, on) : skckFee(record, tables, on);
  if (fee === null) return null;
  return typeof record.feeWaiverRef === 'string' ? { ...fee, feeRupiah: 0, waived: true } : fee;
}

function simApplicationFee(record: Readonly<Record<string, unknown>>, tables: readonly FeeTable[], on: string) {
  const { category, applicationType } = record;
  if (!oneOf(simCategories, category) || !oneOf(simApplicationTypes, applicationType)) return null;
  return simFee({ category, applicationType, on }, tables);
}

function skckFee(record: Readonly<Record<string, unknown>>, tables: readonly FeeTable[], on: string): Fee | null {
  const nationality = record.nationality;
  if (nationality !== 'WNI' && nationality !== 'WNA') return null;
  const table = tableInForce(tables, 'skck', on);
  const row = table?.rows.find((r): r is SkckFeeRow => r.service === 'skck' && r.nationality === nationality);
  if (!table || !row) return null;
  return {
    feeRupiah: row.rupiah,
    regulation: table.regulation,
    tableId: table.id,
    validFrom: table.validFrom,
    confirmed: row.confirmed,
  };
}
