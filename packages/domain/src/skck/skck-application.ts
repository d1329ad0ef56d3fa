import { z } from 'zod';
import { isoDateSchema } from '../dates.js';
import { skckDocumentKeys } from '../documents/checklists.js';
import { recordIdSchema } from '../ids.js';
import { nikSchema } from '../nik/check-nik.js';
import { phoneSchema } from '../phone.js';
import { receiptNumberSchema } from '../receipt/receipt-number.js';
import { photoSchema } from '../records/attachment.js';
import { recordFieldsCommon } from '../records/common-fields.js';
import { defineEntity, requireThat } from '../records/define-entity.js';
import { birthDateSchema, checklistSchema, rupiahSchema } from '../records/field-schemas.js';
import { maritalStatuses, nationalities, religions } from '../records/person-enums.js';
import { villageCodeSchema } from '../regions/regions.js';
import { applicationStatuses, sexes, simApplicationTypes } from '../sim/sim-enums.js';
import { documentNumberSchema, longTextSchema, shortTextSchema } from '../text.js';
import { skckPurposes } from './skck-purposes.js';

export const skckDocumentsSchema = checklistSchema(skckDocumentKeys);

/** `skck_applications` (records.md): police clearance certificate, new or renewal. */
export const skckApplicationEntity = defineEntity({
  entity: 'skck_applications',
  description: 'SKCK (police clearance certificate), new or renewal',
  required: {
    applicationType: z.enum(simApplicationTypes),
    purpose: z.enum(skckPurposes),
    nik: nikSchema,
    fullName: shortTextSchema,
    birthPlace: shortTextSchema,
    birthDate: birthDateSchema,
    sex: z.enum(sexes),
    nationality: z.enum(nationalities),
    religion: z.enum(religions),
    occupation: shortTextSchema,
    maritalStatus: z.enum(maritalStatuses),
    address: longTextSchema,
    villageCode: villageCodeSchema,
    feeRupiah: rupiahSchema,
    status: z.enum(applicationStatuses),
    ...recordFieldsCommon.required,
  },
  optional: {
    purposeOther: shortTextSchema,
    phone: phoneSchema,
    documents: skckDocumentsSchema,
    previousSkckNumber: documentNumberSchema,
    /** Expiry of the SKCK being renewed: an expired SKCK is not renewed (Perpol 6/2023 Pasal 17(2)). */
    previousSkckExpiry: isoDateSchema,
    photo: photoSchema,
    visitId: recordIdSchema,
    receiptNumber: receiptNumberSchema('SKCK'),
    statusReason: longTextSchema,
    /** Reference of a decision waiving the fee to Rp0 (PP 76/2020 Pasal 7); the fee must then be 0. */
    feeWaiverRef: documentNumberSchema,
    ...recordFieldsCommon.optional,
  },
  refine: (r, ctx) => {
    requireThat(
      ctx,
      r.purpose !== 'other' || r.purposeOther != null,
      'purposeOther',
      'Purpose "other" needs purposeOther',
    );
    requireThat(
      ctx,
      r.applicationType !== 'renewal' || r.previousSkckNumber != null,
      'previousSkckNumber',
      'A renewal needs previousSkckNumber',
    );
  },
});

export const skckApplicationDefinition = skckApplicationEntity.definition;
export const skckApplicationSchema = skckApplicationEntity.record;
export const skckApplicationPatchSchema = skckApplicationEntity.patch;
export type SkckApplication = z.infer<typeof skckApplicationSchema>;
