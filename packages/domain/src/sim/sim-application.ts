import { z } from 'zod';
import { isoDateSchema } from '../dates.js';
import { simDocumentKeys } from '../documents/checklists.js';
import { recordIdSchema } from '../ids.js';
import { nikSchema } from '../nik/check-nik.js';
import { phoneSchema } from '../phone.js';
import { receiptNumberSchema } from '../receipt/receipt-number.js';
import { photoSchema } from '../records/attachment.js';
import { recordFieldsCommon } from '../records/common-fields.js';
import { defineEntity } from '../records/define-entity.js';
import { birthDateSchema, checklistSchema, rupiahSchema, simNumberSchema } from '../records/field-schemas.js';
import { villageCodeSchema } from '../regions/regions.js';
import { documentNumberSchema, longTextSchema, shortTextSchema } from '../text.js';
import { applicationStatuses, sexes, simApplicationTypes, simCategories } from './sim-enums.js';

export { birthDateSchema, rupiahSchema, simNumberSchema } from '../records/field-schemas.js';

export const simDocumentsSchema = checklistSchema(simDocumentKeys);

/** `sim_applications` (records.md): SIM, new or renewal. A renewal names the SIM it renews and its expiry. */
export const simApplicationEntity = defineEntity({
  entity: 'sim_applications',
  description: 'SIM (driving licence), new or renewal',
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
    /** For C I and C II: the lower SIM the applicant holds (C for C I, C I for C II) and when it was issued. */
    heldLicenceCategory: z.enum(simCategories),
    heldLicenceIssuedOn: isoDateSchema,
    healthCertificateNumber: documentNumberSchema,
    psychTestNumber: documentNumberSchema,
    documents: simDocumentsSchema,
    photo: photoSchema,
    visitId: recordIdSchema,
    receiptNumber: receiptNumberSchema('SIM'),
    statusReason: longTextSchema,
    /** Reference of a decision waiving the fee to Rp0 (PP 76/2020 Pasal 7); the fee must then be 0. */
    feeWaiverRef: documentNumberSchema,
    ...recordFieldsCommon.optional,
  },
  refine: (record, ctx) => {
    if (record.applicationType !== 'renewal') return;
    for (const field of ['previousLicenseNumber', 'previousLicenseExpiry'] as const) {
      if (record[field] == null) {
        ctx.addIssue({ code: 'custom', path: [field], message: `A renewal needs ${field}` });
      }
    }
  },
});

/** The fields of `sim_applications` (records.md), defined once for the record and the patch schemas. */
export const simApplicationDefinition = simApplicationEntity.definition;

/** A whole SIM application. A renewal must name the SIM it renews and that SIM's expiry date. */
export const simApplicationSchema = simApplicationEntity.record;

/** The `fields` of a change to a SIM application. */
export const simApplicationPatchSchema = simApplicationEntity.patch;

export const simApplicationFields = simApplicationEntity.fields;

export type SimApplication = z.infer<typeof simApplicationSchema>;
export type SimApplicationPatch = z.infer<typeof simApplicationPatchSchema>;
export type SimApplicationField = keyof SimApplication;
