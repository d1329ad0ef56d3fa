import type { z } from 'zod';
import { instantSchema } from '../dates.js';
import { recordIdSchema } from '../ids.js';
import { recordFieldsCommon } from '../records/common-fields.js';
import { defineEntity } from '../records/define-entity.js';
import { longTextSchema } from '../text.js';

/** `complaint_follow_ups` (records.md): one action taken on a complaint (child of complaints via complaintId). */
export const complaintFollowUpEntity = defineEntity({
  entity: 'complaint_follow_ups',
  description: 'One follow-up of a complaint (child of complaints via complaintId)',
  required: {
    complaintId: recordIdSchema,
    at: instantSchema,
    officerId: recordIdSchema,
    action: longTextSchema,
    ...recordFieldsCommon.required,
  },
  optional: {
    outcome: longTextSchema,
    ...recordFieldsCommon.optional,
  },
});

export const complaintFollowUpSchema = complaintFollowUpEntity.record;
export const complaintFollowUpPatchSchema = complaintFollowUpEntity.patch;
export type ComplaintFollowUp = z.infer<typeof complaintFollowUpSchema>;
