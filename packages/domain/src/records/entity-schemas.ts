import type { z } from 'zod';
import { complaintEntity } from '../complaints/complaint.js';
import { complaintFollowUpEntity } from '../complaints/complaint-follow-up.js';
import { crowdPermitRequestEntity } from '../crowd-permits/crowd-permit-request.js';
import { feeTableEntity } from '../fees/fee-table-record.js';
import { lostItemEntity } from '../lost-items/lost-item.js';
import { lostItemReportEntity } from '../lost-items/lost-item-report.js';
import { outreachSessionEntity } from '../outreach/outreach-session.js';
import { officerEntity } from '../reference/officer.js';
import { trainingEntity } from '../reference/training.js';
import { trainingAttendanceEntity } from '../reference/training-attendance.js';
import { unitEntity } from '../reference/unit.js';
import { simApplicationEntity } from '../sim/sim-application.js';
import { skckApplicationEntity } from '../skck/skck-application.js';
import { satisfactionSurveyEntity } from '../survey/satisfaction-survey.js';
import { visitEntity } from '../visits/visit.js';
import type { EntityName } from './entity-names.js';

type AnyObjectSchema = z.ZodObject<z.ZodRawShape, z.core.$ZodObjectConfig>;

/** What the app and the server know about one entity: the whole-record and the patch schema. */
export type EntitySchemas = { patch: AnyObjectSchema; record: AnyObjectSchema };

/** One entity's definition: its schemas, its fields (required first) and a line describing it. */
export type EntityDefinition = EntitySchemas & {
  entity: EntityName;
  description: string;
  fields: readonly string[];
  requiredFields: readonly string[];
  definition: { required: Readonly<Record<string, z.ZodType>>; optional: Readonly<Record<string, z.ZodType>> };
};

/** Every entity of records.md, each defined once (`defineEntity`). */
export const entityDefinitions: Readonly<Record<EntityName, EntityDefinition>> = {
  sim_applications: simApplicationEntity,
  skck_applications: skckApplicationEntity,
  outreach_sessions: outreachSessionEntity,
  lost_item_reports: lostItemReportEntity,
  lost_items: lostItemEntity,
  complaints: complaintEntity,
  complaint_follow_ups: complaintFollowUpEntity,
  crowd_permit_requests: crowdPermitRequestEntity,
  visits: visitEntity,
  units: unitEntity,
  officers: officerEntity,
  fee_tables: feeTableEntity,
  satisfaction_surveys: satisfactionSurveyEntity,
  trainings: trainingEntity,
  training_attendance: trainingAttendanceEntity,
} as Readonly<Record<EntityName, EntityDefinition>>;

/** The schemas of every entity, the one table `validateFields` and `validateRecord` read. */
export const entitySchemas: Readonly<Record<EntityName, EntitySchemas>> = entityDefinitions;

/** Child entities and the field naming their parent. */
export const entityParents: Readonly<Partial<Record<EntityName, { parent: EntityName; field: string }>>> = {
  lost_items: { parent: 'lost_item_reports', field: 'reportId' },
  complaint_follow_ups: { parent: 'complaints', field: 'complaintId' },
  training_attendance: { parent: 'trainings', field: 'trainingId' },
};

/**
 * Shared reference data: no `unitId`, pulled by every device (records.md). Officers carry a `unitId` and are
 * pulled only by their unit's devices.
 */
export const referenceEntities: readonly EntityName[] = ['units', 'fee_tables', 'trainings', 'training_attendance'];

export function isReferenceEntity(entity: EntityName): boolean {
  return referenceEntities.includes(entity);
}
