import type { EntityName } from '../records/entity-names.js';
import { applicationStatuses } from '../sim/sim-enums.js';

/** Crowd permits (records.md "Statuses"): the deciding authority's answer is recorded by HQ. */
export const crowdPermitStatuses = [
  'draft',
  'submitted',
  'verified',
  'forwarded',
  'approved',
  'rejected',
  'cancelled',
] as const;
export type CrowdPermitStatus = (typeof crowdPermitStatuses)[number];

export const lostItemReportStatuses = ['submitted', 'issued', 'cancelled'] as const;
export type LostItemReportStatus = (typeof lostItemReportStatuses)[number];

export const complaintStatuses = ['received', 'in_progress', 'resolved', 'referred', 'closed'] as const;
export type ComplaintStatus = (typeof complaintStatuses)[number];

export const visitStatuses = ['planned', 'in_progress', 'done', 'cancelled'] as const;
export type VisitStatus = (typeof visitStatuses)[number];

/** The statuses of each entity that has a `status` field. */
export const entityStatuses: Readonly<Partial<Record<EntityName, readonly string[]>>> = {
  sim_applications: applicationStatuses,
  skck_applications: applicationStatuses,
  crowd_permit_requests: crowdPermitStatuses,
  lost_item_reports: lostItemReportStatuses,
  complaints: complaintStatuses,
  visits: visitStatuses,
};

/**
 * The statuses a record may be created in. An application may be saved as a draft or submitted at once (the
 * field form submits on save); nothing is created already verified, approved or issued.
 */
export const initialStatuses: Readonly<Partial<Record<EntityName, readonly string[]>>> = {
  sim_applications: ['draft', 'submitted'],
  skck_applications: ['draft', 'submitted'],
  crowd_permit_requests: ['draft', 'submitted'],
  lost_item_reports: ['submitted'],
  complaints: ['received'],
  visits: ['planned'],
};

/** Statuses after which nothing more happens to the record. */
export const finalStatuses: Readonly<Partial<Record<EntityName, readonly string[]>>> = {
  sim_applications: ['issued', 'rejected', 'cancelled'],
  skck_applications: ['issued', 'rejected', 'cancelled'],
  crowd_permit_requests: ['approved', 'rejected', 'cancelled'],
  lost_item_reports: ['issued', 'cancelled'],
  complaints: ['closed'],
  visits: ['done', 'cancelled'],
};
