import { z } from 'zod';
import { recordIdSchema } from '../ids.js';
import { nikSchema } from '../nik/check-nik.js';
import { phoneSchema } from '../phone.js';
import { receiptNumberSchema } from '../receipt/receipt-number.js';
import { recordFieldsCommon } from '../records/common-fields.js';
import { defineEntity, requireThat } from '../records/define-entity.js';
import { accessCodeSchema } from '../records/field-schemas.js';
import { villageCodeSchema } from '../regions/regions.js';
import { complaintStatuses } from '../status/entity-statuses.js';
import { longTextSchema, shortTextSchema } from '../text.js';

export const complaintCategories = [
  'keamanan_lingkungan',
  'lalu_lintas',
  'pelayanan',
  'perilaku_petugas',
  'lainnya',
] as const;
export type ComplaintCategory = (typeof complaintCategories)[number];

export const complaintUrgencies = ['rendah', 'sedang', 'tinggi'] as const;
export type ComplaintUrgency = (typeof complaintUrgencies)[number];

/**
 * `complaints` (records.md). The reporter's name, phone and NIK are all optional when `anonymous`; otherwise
 * the name and a way to reach the reporter (phone or NIK) are needed. Follow-ups are `complaint_follow_ups`.
 */
export const complaintEntity = defineEntity({
  entity: 'complaints',
  description: "A resident's complaint (pengaduan), with follow-ups in complaint_follow_ups",
  required: {
    anonymous: z.boolean(),
    category: z.enum(complaintCategories),
    description: longTextSchema,
    urgency: z.enum(complaintUrgencies),
    status: z.enum(complaintStatuses),
    ...recordFieldsCommon.required,
  },
  optional: {
    fullName: shortTextSchema,
    phone: phoneSchema,
    nik: nikSchema,
    villageCode: villageCodeSchema,
    location: shortTextSchema,
    receiptNumber: receiptNumberSchema('ADU'),
    accessCode: accessCodeSchema,
    statusReason: longTextSchema,
    visitId: recordIdSchema,
    ...recordFieldsCommon.optional,
  },
  refine: (r, ctx) => {
    if (r.anonymous) return;
    requireThat(ctx, r.fullName != null, 'fullName', 'A complaint that is not anonymous needs fullName');
    requireThat(ctx, r.phone != null || r.nik != null, 'phone', 'A complaint that is not anonymous needs phone or nik');
  },
});

export const complaintSchema = complaintEntity.record;
export const complaintPatchSchema = complaintEntity.patch;
export type Complaint = z.infer<typeof complaintSchema>;
