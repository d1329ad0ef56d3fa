/** What a visit offers (records.md `visits.servicesOffered`). */
export const visitServices = [
  'sim_renewal',
  'sim_new',
  'skck',
  'outreach',
  'lost_report',
  'complaint',
  'crowd_permit',
] as const;
export type VisitService = (typeof visitServices)[number];
