import { z } from 'zod';
import { isoDateSchema } from '../dates.js';
import { recordIdSchema } from '../ids.js';
import { nikSchema } from '../nik/check-nik.js';
import { phoneSchema } from '../phone.js';
import { receiptNumberSchema } from '../receipt/receipt-number.js';
import { photoSchema } from '../records/attachment.js';
import { recordFieldsCommon } from '../records/common-fields.js';
import { fieldNames, patchSchema, recordSchema } from '../records/define-record.js';
import { villageCodeSchema } from '../regions/regions.js';
import { documentNumberSchema, longTextSchema, shortTextSchema } from '../text.js';
import { applicationStatuses, sexes, simApplicationTypes, simCategories } from './sim-enums.js';

export const birthDateSchema = isoDateSchema.refine((d) => d >= '1900-01-01', {
  message: 'Must be on or after 1900-01-01',
});

/** A SIM card number: 12–16 digits, optionally grouped with spaces or hyphens (formats changed over time). */
export const simNumberSchema = z
  .string()
  .regex(/^\d[\d -]*\d$/, { message: 'Must be digits, optionally grouped with spaces or hyphens' })
  .refine((s) => s.replace(/\D/g, '').length >= 12 && s.replace(/\D/g, '').length <= 16, {
    message: 'Must have 12 to 16 digits',
  });

export const rupiahSchema = z.number().int().min(0).max(1_000_000_000);

/** The fields of `sim_applications` (records.md), defined once for the record and the patch schemas. */
export const simApplicationDefinition = {
  required: {
    applicationType: z.enum(simApplicationTypes),
    category: z.enum(simCategories),
    nik: nikSchema,
    fullName: shortTextSchema,
    birthPlace: shortTextSchema,
    birthDate: birthDateSchema,
    sex: z.enum(sexes),
    address: longTextSchema,
    villageCode: villageCodeSchema,
    feeRupiah: rupiahSchema,
    status: z.enum(applicationStatuses),
    ...recordFieldsCommon.required,
  },
  optional: {
    phone: phoneSchema,
    previousLicenseNumber: simNumberSchema,
    previousLicenseExpiry: isoDateSchema,
    healthCertificateNumber: documentNumberSchema,
    psychTestNumber: documentNumberSchema,
    photo: photoSchema,
    visitId: recordIdSchema,
    receiptNumber: receiptNumberSchema('SIM'),
    statusReason: longTextSchema,
    ...recordFieldsCommon.optional,
  },
};

/** A whole SIM application. A renewal must name the SIM it renews and that SIM's expiry date. */
export const simApplicationSchema = recordSchema(simApplicationDefinition).superRefine((record, ctx) => {
  if (record.applicationType !== 'renewal') return;
  for (const field of ['previousLicenseNumber', 'previousLicenseExpiry'] as const) {
    if (record[field] == null) {
      ctx.addIssue({ code: 'custom', path: [field], message: `A renewal needs ${field}` });
    }
  }
});

/** The `fields` of a change to a SIM application. */
export const simApplicationPatchSchema = patchSchema(simApplicationDefinition);

export const simApplicationFields = fieldNames(simApplicationDefinition);

export type SimApplication = z.infer<typeof simApplicationSchema>;
export type SimApplicationPatch = z.infer<typeof simApplicationPatchSchema>;
export type SimApplicationField = keyof SimApplication;
