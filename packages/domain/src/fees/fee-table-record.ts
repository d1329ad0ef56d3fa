import { z } from 'zod';
import { isoDateSchema } from '../dates.js';
import { referenceFieldsCommon } from '../records/common-fields.js';
import { defineEntity, requireThat } from '../records/define-entity.js';
import { rupiahSchema } from '../records/field-schemas.js';
import { nationalities } from '../records/person-enums.js';
import { simCategories } from '../sim/sim-enums.js';
import { longTextSchema, shortTextSchema } from '../text.js';
import { builtInFeeTables, type FeeTable } from './fee-table.js';

const simFeeRowSchema = z.strictObject({
  service: z.literal('sim'),
  categories: z
    .array(z.enum(simCategories))
    .min(1)
    .refine((c) => new Set(c).size === c.length, { message: 'Must not repeat a category' }),
  newRupiah: rupiahSchema,
  renewalRupiah: rupiahSchema,
  confirmed: z.boolean(),
});

const skckFeeRowSchema = z.strictObject({
  service: z.literal('skck'),
  nationality: z.enum(nationalities),
  rupiah: rupiahSchema,
  confirmed: z.boolean(),
});

export const feeRowSchema = z.discriminatedUnion('service', [simFeeRowSchema, skckFeeRowSchema]);

/**
 * `fee_tables` (records.md): a fee table an administrator publishes; every device pulls it. The record's id is
 * the table's id; from `validFrom` on it replaces older tables for the services it has rows for.
 */
export const feeTableEntity = defineEntity({
  entity: 'fee_tables',
  description: 'A PNBP fee table naming its regulation, published by an administrator (reference data)',
  required: {
    regulation: shortTextSchema,
    validFrom: isoDateSchema,
    rows: z.array(feeRowSchema).min(1).max(100),
  },
  optional: {
    validFromConfirmed: z.boolean(),
    confirmed: z.boolean(),
    notes: longTextSchema,
    ...referenceFieldsCommon.optional,
  },
  refine: (r, ctx) => {
    const simCategoriesSeen = r.rows.flatMap((row) => (row.service === 'sim' ? row.categories : []));
    requireThat(
      ctx,
      new Set(simCategoriesSeen).size === simCategoriesSeen.length,
      'rows',
      'A SIM category appears twice',
    );
    const skck = r.rows.flatMap((row) => (row.service === 'skck' ? [row.nationality] : []));
    requireThat(ctx, new Set(skck).size === skck.length, 'rows', 'An SKCK nationality appears twice');
  },
});

export const feeTableSchema = feeTableEntity.record;
export const feeTablePatchSchema = feeTableEntity.patch;
export type FeeTableRecord = z.infer<typeof feeTableSchema>;

/** A stored record as the sync layer keeps it. */
export type StoredRecord = { id: string; fields: Readonly<Record<string, unknown>>; deleted?: boolean };

/**
 * The fee tables in force everywhere: the built-in ones, replaced or joined by the `fee_tables` records a device
 * has pulled (a record with a built-in table's id replaces it). Invalid or deleted records are left out, so a
 * half-synced table never prices an application.
 */
export function feeTablesFromRecords(
  records: readonly StoredRecord[],
  builtIn: readonly FeeTable[] = builtInFeeTables,
): FeeTable[] {
  const byId = new Map(builtIn.map((t) => [t.id, t]));
  for (const record of records) {
    if (record.deleted) {
      byId.delete(record.id);
      continue;
    }
    const parsed = feeTableSchema.safeParse(record.fields);
    if (!parsed.success) continue;
    const f = parsed.data;
    byId.set(record.id, {
      id: record.id,
      regulation: f.regulation,
      validFrom: f.validFrom,
      validFromConfirmed: f.validFromConfirmed ?? false,
      confirmed: f.confirmed ?? false,
      rows: f.rows,
    });
  }
  return [...byId.values()];
}

/** A built-in table as `fee_tables` record fields, e.g. for an administrator to copy and amend. */
export function feeTableRecordFields(table: FeeTable): FeeTableRecord {
  return {
    regulation: table.regulation,
    validFrom: table.validFrom,
    validFromConfirmed: table.validFromConfirmed,
    confirmed: table.confirmed,
    rows: table.rows.map((r) =>
      r.service === 'skck' ? { ...r } : { ...r, service: 'sim', categories: [...r.categories] },
    ),
  };
}
