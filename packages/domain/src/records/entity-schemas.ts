import type { z } from 'zod';
import { simApplicationPatchSchema, simApplicationSchema } from '../sim/sim-application.js';
import { basicPatchSchema } from './basic-patch.js';
import type { EntityName } from './entity-names.js';

/** What the app and the server know about one entity. `record` is absent until the entity is defined. */
type AnyObjectSchema = z.ZodObject<z.ZodRawShape, z.core.$ZodObjectConfig>;

export type EntitySchemas = { patch: AnyObjectSchema; record?: AnyObjectSchema };

const interim: EntitySchemas = { patch: basicPatchSchema };

/** One entry per entity: defining an entity's fields replaces its `interim` entry. */
export const entitySchemas: Readonly<Record<EntityName, EntitySchemas>> = {
  sim_applications: { patch: simApplicationPatchSchema, record: simApplicationSchema },
  skck_applications: interim,
  outreach_sessions: interim,
  lost_item_reports: interim,
  lost_items: interim,
  complaints: interim,
  complaint_follow_ups: interim,
  crowd_permit_requests: interim,
  visits: interim,
  units: interim,
  officers: interim,
  fee_tables: interim,
  satisfaction_surveys: interim,
  trainings: interim,
  training_attendance: interim,
};
