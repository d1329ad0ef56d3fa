import { z } from 'zod';
import { recordIdSchema } from '../ids.js';
import { recordFieldsCommon } from '../records/common-fields.js';
import { defineEntity, requireThat } from '../records/define-entity.js';
import { documentNumberSchema, longTextSchema } from '../text.js';

export const lostItemTypes = [
  'KTP',
  'SIM',
  'STNK',
  'BPKB',
  'ATM',
  'BUKU_TABUNGAN',
  'IJAZAH',
  'SERTIFIKAT',
  'HP',
  'DOMPET',
  'LAINNYA',
] as const;
export type LostItemType = (typeof lostItemTypes)[number];

/** `lost_items` (records.md): one lost item, a child of a `lost_item_reports` record (`reportId`). */
export const lostItemEntity = defineEntity({
  entity: 'lost_items',
  description: 'One lost item of a lost-item report (child of lost_item_reports via reportId)',
  required: {
    reportId: recordIdSchema,
    itemType: z.enum(lostItemTypes),
    ...recordFieldsCommon.required,
  },
  optional: {
    description: longTextSchema,
    identifier: documentNumberSchema,
    ...recordFieldsCommon.optional,
  },
  refine: (r, ctx) => {
    requireThat(
      ctx,
      r.itemType !== 'LAINNYA' || r.description != null,
      'description',
      'Describe an item of type LAINNYA',
    );
  },
});

export const lostItemSchema = lostItemEntity.record;
export const lostItemPatchSchema = lostItemEntity.patch;
export type LostItem = z.infer<typeof lostItemSchema>;
