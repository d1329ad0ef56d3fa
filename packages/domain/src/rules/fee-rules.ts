import { type ChargedEntity, feeFor } from '../fees/fee-for.js';
import type { FeeTable } from '../fees/fee-table.js';
import { issue, type RuleIssue } from './rule-codes.js';

/** The record's `feeRupiah` must be the fee computed from the table in force on its application date. */
export function feeIssues(
  entity: ChargedEntity,
  record: Readonly<Record<string, unknown>>,
  tables: readonly FeeTable[] | undefined,
  on: string,
): RuleIssue[] {
  const fee = feeFor(entity, record, tables, { on });
  if (fee === null) return [issue('no_fee_table', 'feeRupiah', 'error', { on })];
  if (record.feeRupiah !== fee.feeRupiah) {
    return [issue('fee_mismatch', 'feeRupiah', 'error', { expected: fee.feeRupiah, regulation: fee.regulation })];
  }
  return [];
}
