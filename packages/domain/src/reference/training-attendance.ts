import { z } from 'zod';
import { recordIdSchema } from '../ids.js';
import { referenceFieldsCommon } from '../records/common-fields.js';
import { defineEntity } from '../records/define-entity.js';

/** `training_attendance` (records.md): an officer at a training (child of trainings via trainingId). */
export const trainingAttendanceEntity = defineEntity({
  entity: 'training_attendance',
  description: 'An officer’s attendance at a training (child of trainings via trainingId)',
  required: {
    trainingId: recordIdSchema,
    officerId: recordIdSchema,
  },
  optional: {
    attended: z.boolean(),
    ...referenceFieldsCommon.optional,
  },
});

export const trainingAttendanceSchema = trainingAttendanceEntity.record;
export const trainingAttendancePatchSchema = trainingAttendanceEntity.patch;
export type TrainingAttendance = z.infer<typeof trainingAttendanceSchema>;
