import { z } from 'zod';
import { isoDateSchema } from '../dates.js';
import { recordIdSchema } from '../ids.js';
import { letterNumberSchema } from '../letters/letter-number.js';
import { nikSchema } from '../nik/check-nik.js';
import { phoneSchema } from '../phone.js';
import { receiptNumberSchema } from '../receipt/receipt-number.js';
import { recordFieldsCommon } from '../records/common-fields.js';
import { defineEntity, requireThat } from '../records/define-entity.js';
import { accessCodeSchema, birthDateSchema } from '../records/field-schemas.js';
import { villageCodeSchema } from '../regions/regions.js';
import { sexes } from '../sim/sim-enums.js';
import { lostItemReportStatuses } from '../status/entity-statuses.js';
import { longTextSchema, shortTextSchema } from '../text.js';

/** `lost_item_reports` (records.md): answered with an SKTLK letter; the items are `lost_items` children. */
export const lostItemReportEntity = defineEntity({
  entity: 'lost_item_reports',
  description: 'Lost-item report, answered with an SKTLK letter (items in lost_items)',
  required: {
    nik: nikSchema,
    fullName: shortTextSchema,
    birthPlace: shortTextSchema,
    birthDate: birthDateSchema,
    sex: z.enum(sexes),
    address: longTextSchema,
    lostOn: isoDateSchema,
    lostPlace: shortTextSchema,
    chronology: longTextSchema,
    status: z.enum(lostItemReportStatuses),
    ...recordFieldsCommon.required,
  },
  optional: {
    phone: phoneSchema,
    villageCode: villageCodeSchema,
    receiptNumber: receiptNumberSchema('LAP'),
    accessCode: accessCodeSchema,
    letterNumber: letterNumberSchema,
    statusReason: longTextSchema,
    visitId: recordIdSchema,
    ...recordFieldsCommon.optional,
  },
  refine: (r, ctx) => {
    requireThat(
      ctx,
      r.status !== 'issued' || r.letterNumber != null,
      'letterNumber',
      'An issued report needs letterNumber',
    );
  },
});

export const lostItemReportSchema = lostItemReportEntity.record;
export const lostItemReportPatchSchema = lostItemReportEntity.patch;
export type LostItemReport = z.infer<typeof lostItemReportSchema>;
