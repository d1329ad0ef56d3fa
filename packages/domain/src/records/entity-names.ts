/** Every entity of records.md, as written there (part of the sync contract). */
export const entityNames = [
  'sim_applications',
  'skck_applications',
  'outreach_sessions',
  'lost_item_reports',
  'lost_items',
  'complaints',
  'complaint_follow_ups',
  'crowd_permit_requests',
  'visits',
  'units',
  'officers',
  'fee_tables',
  'satisfaction_surveys',
  'trainings',
  'training_attendance',
] as const;

export type EntityName = (typeof entityNames)[number];

export function isEntityName(s: string): s is EntityName {
  return (entityNames as readonly string[]).includes(s);
}
