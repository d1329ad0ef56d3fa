export type CountedRecord = { fields: Record<string, unknown>; deleted: boolean };

export type Period = 'today' | 'week' | 'month' | 'all';
export const periods: readonly Period[] = ['today', 'week', 'month', 'all'];

/** Local-calendar starts of today, this week (Monday) and this month, as epoch ms. */
export function periodStarts(now: number): Record<Exclude<Period, 'all'>, number> {
  const d = new Date(now);
  const today = new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
  const sinceMonday = (d.getDay() + 6) % 7;
  return {
    today,
    week: new Date(d.getFullYear(), d.getMonth(), d.getDate() - sinceMonday).getTime(),
    month: new Date(d.getFullYear(), d.getMonth(), 1).getTime(),
  };
}

export type ServiceCounts = {
  /** status → period → number of records created in that period */
  byStatus: Record<string, Record<Period, number>>;
  total: Record<Period, number>;
  /** Sum of `feeRupiah` of approved and issued records, per period. */
  fees: Record<Period, number>;
};

const zero = (): Record<Period, number> => ({ today: 0, week: 0, month: 0, all: 0 });
const feeStatuses = new Set(['approved', 'issued']);

/** Counts of one service's live records by status and period (by `createdAt`), and fees collected. */
export function countService(records: readonly CountedRecord[], now: number): ServiceCounts {
  const starts = periodStarts(now);
  const result: ServiceCounts = { byStatus: {}, total: zero(), fees: zero() };
  for (const record of records) {
    if (record.deleted) continue;
    const status = typeof record.fields.status === 'string' ? record.fields.status : 'unknown';
    const created = typeof record.fields.createdAt === 'string' ? Date.parse(record.fields.createdAt) : Number.NaN;
    const inPeriod = (p: Period) => p === 'all' || (Number.isFinite(created) && created >= starts[p] && created <= now);
    const fee = typeof record.fields.feeRupiah === 'number' && feeStatuses.has(status) ? record.fields.feeRupiah : 0;
    result.byStatus[status] ??= zero();
    for (const p of periods) {
      if (!inPeriod(p)) continue;
      (result.byStatus[status] as Record<Period, number>)[p]++;
      result.total[p]++;
      result.fees[p] += fee;
    }
  }
  return result;
}

const openComplaintStatuses = new Set(['received', 'in_progress']);
export const urgencies = ['tinggi', 'sedang', 'rendah'] as const;

/** Complaints still open (received or in progress), by urgency. */
export function openComplaintsByUrgency(records: readonly CountedRecord[]): Record<string, number> {
  const counts: Record<string, number> = { tinggi: 0, sedang: 0, rendah: 0 };
  for (const record of records) {
    if (record.deleted || !openComplaintStatuses.has(String(record.fields.status))) continue;
    const urgency = typeof record.fields.urgency === 'string' ? record.fields.urgency : 'rendah';
    counts[urgency] = (counts[urgency] ?? 0) + 1;
  }
  return counts;
}
