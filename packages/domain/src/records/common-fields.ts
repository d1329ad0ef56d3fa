import { instantSchema } from '../dates.js';
import { recordIdSchema } from '../ids.js';

/**
 * Fields on every unit-owned record (records.md). `unitId` is set at creation and never changed; the
 * server enforces that, as it needs the stored record. `deleted` travels as the change's flag, not a field.
 */
export const recordFieldsCommon = {
  required: { unitId: recordIdSchema, createdAt: instantSchema },
  optional: { createdBy: recordIdSchema },
} as const;

/**
 * Fields on shared reference data (units, fee tables, trainings), which carries no `unitId`. Such records are
 * often written by the server or an administrator's tool, so `createdAt` is optional.
 */
export const referenceFieldsCommon = {
  optional: { createdAt: instantSchema, createdBy: recordIdSchema },
} as const;
