import type { z } from 'zod';
import { isoDateSchema } from '../dates.js';
import { referenceFieldsCommon } from '../records/common-fields.js';
import { defineEntity } from '../records/define-entity.js';
import { longTextSchema, shortTextSchema } from '../text.js';

/** `trainings` (records.md): a training session for officers (reference data, no `unitId`). */
export const trainingEntity = defineEntity({
  entity: 'trainings',
  description: 'A training session for officers (reference data)',
  required: {
    title: shortTextSchema,
    topic: shortTextSchema,
    date: isoDateSchema,
  },
  optional: {
    trainer: shortTextSchema,
    notes: longTextSchema,
    ...referenceFieldsCommon.optional,
  },
});

export const trainingSchema = trainingEntity.record;
export const trainingPatchSchema = trainingEntity.patch;
export type Training = z.infer<typeof trainingSchema>;
