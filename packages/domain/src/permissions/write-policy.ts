import type { EntityName } from '../records/entity-names.js';
import type { Role } from '../roles.js';

/** When a role may edit an existing record: in which of its (or its parent's) statuses, and which fields. */
export type EditGrant = {
  /** The record's statuses in which the role may edit; absent: any. */
  statuses?: readonly string[];
  /** The parent's statuses in which the role may edit a child record; absent: any. */
  parentStatuses?: readonly string[];
  /** The only fields the role may write; absent: all but the entity's `restrictedFields`. */
  fields?: readonly string[];
};

export type WritePolicy = {
  /** Roles that may create records of the entity (within their scope). */
  create: readonly Role[];
  edit: Readonly<Partial<Record<Role, EditGrant>>>;
  /** Fields only HQ writes (e.g. the deciding authority's answer on a crowd permit). */
  restrictedFields?: readonly string[];
};

/**
 * records.md "who may", as one table. HQ may correct any field of any record (audited) and is left out of the
 * table: see `fieldWritePermission`. Which unit's records a role reaches (its scope) is checked by the server.
 */
export const writePolicies: Readonly<Record<EntityName, WritePolicy>> = {
  // Officers edit applications until they are verified (documents checked on site); HQ takes them on from there.
  sim_applications: { create: ['officer'], edit: { officer: { statuses: ['draft', 'submitted'] } } },
  skck_applications: { create: ['officer'], edit: { officer: { statuses: ['draft', 'submitted'] } } },
  crowd_permit_requests: {
    create: ['officer'],
    edit: { officer: { statuses: ['draft', 'submitted'] } },
    restrictedFields: ['forwardedTo', 'decisionRef'],
  },
  lost_item_reports: { create: ['officer'], edit: { officer: { statuses: ['submitted'] } } },
  lost_items: { create: ['officer'], edit: { officer: { parentStatuses: ['submitted'] } } },
  complaints: { create: ['officer'], edit: { officer: { statuses: ['received', 'in_progress'] } } },
  complaint_follow_ups: {
    create: ['officer'],
    edit: { officer: { parentStatuses: ['received', 'in_progress', 'resolved', 'referred'] } },
  },
  outreach_sessions: { create: ['officer'], edit: { officer: {} } },
  // Coordinators plan visits; the unit's device only moves them along and notes arrival, departure and remarks.
  visits: {
    create: ['coordinator'],
    edit: {
      coordinator: { statuses: ['planned'] },
      officer: { statuses: ['planned', 'in_progress'], fields: ['status', 'arrivedAt', 'leftAt', 'notes'] },
    },
  },
  // A survey is the resident's answer: taken once, never edited by the officer.
  satisfaction_surveys: { create: ['officer'], edit: {} },
  units: { create: ['admin'], edit: { admin: {} } },
  officers: { create: ['admin'], edit: { admin: {} } },
  fee_tables: { create: ['admin'], edit: { admin: {} } },
  trainings: { create: ['admin'], edit: { admin: {} } },
  training_attendance: { create: ['admin'], edit: { admin: {} } },
};

/** Fields set when a record is created and never changed afterwards, by anyone. */
export const creationOnlyFields: readonly string[] = ['unitId', 'createdAt', 'createdBy'];
