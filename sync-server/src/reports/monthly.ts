import type { StoredRecord } from '../store/types.js';

export type MonthlyReport = {
  month: string;
  unitId: string | null;
  /** Per service entity: how many of its records created in the month are in each status. */
  services: Record<string, Record<string, number>>;
  /** Visits done in the month, and the distinct villages they reached. */
  visitsDone: number;
  villagesVisited: string[];
  /** feeRupiah summed over SIM and SKCK applications created in the month that are approved or issued. */
  feesRupiah: number;
  outreach: { sessions: number; attendeesMale: number; attendeesFemale: number; attendees: number };
};

export const serviceEntities = [
  'sim_applications',
  'skck_applications',
  'lost_item_reports',
  'complaints',
  'crowd_permit_requests',
] as const;
const feeEntities = new Set(['sim_applications', 'skck_applications']);
const paidStatuses = new Set(['approved', 'issued']);

const inMonth = (value: unknown, month: string) => typeof value === 'string' && value.startsWith(month);
const count = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : 0);

/**
 * The numbers of a month, computed from merged records (deleted ones left out). Service records count by
 * `createdAt`, visits by `date`, outreach sessions by `startedAt`.
 */
export function monthlyReport(
  input: { month: string; unitId: string | null },
  records: { services: StoredRecord[]; visits: StoredRecord[]; outreach: StoredRecord[] },
): MonthlyReport {
  const services: Record<string, Record<string, number>> = {};
  let feesRupiah = 0;
  for (const r of records.services) {
    if (r.deleted || !inMonth(r.fields.createdAt, input.month)) continue;
    const status = typeof r.fields.status === 'string' ? r.fields.status : 'unknown';
    const byStatus = services[r.entity] ?? {};
    services[r.entity] = byStatus;
    byStatus[status] = (byStatus[status] ?? 0) + 1;
    if (feeEntities.has(r.entity) && paidStatuses.has(status)) feesRupiah += count(r.fields.feeRupiah);
  }
  const villages = new Set<string>();
  let visitsDone = 0;
  for (const v of records.visits) {
    if (v.deleted || v.fields.status !== 'done' || !inMonth(v.fields.date, input.month)) continue;
    visitsDone += 1;
    if (typeof v.fields.villageCode === 'string') villages.add(v.fields.villageCode);
  }
  const outreach = { sessions: 0, attendeesMale: 0, attendeesFemale: 0, attendees: 0 };
  for (const o of records.outreach) {
    if (o.deleted || !inMonth(o.fields.startedAt, input.month)) continue;
    outreach.sessions += 1;
    outreach.attendeesMale += count(o.fields.attendeesMale);
    outreach.attendeesFemale += count(o.fields.attendeesFemale);
  }
  outreach.attendees = outreach.attendeesMale + outreach.attendeesFemale;
  return {
    month: input.month,
    unitId: input.unitId,
    services,
    visitsDone,
    villagesVisited: [...villages].sort(),
    feesRupiah,
    outreach,
  };
}
