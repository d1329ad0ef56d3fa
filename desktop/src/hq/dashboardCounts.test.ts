import { describe, expect, it } from 'vitest';
import { countService, openComplaintsByUrgency } from './dashboardCounts';

const at = (y: number, m: number, d: number, h = 10) => new Date(y, m - 1, d, h).toISOString();
// Thursday 26 November 2026, 15:00 local time.
const now = new Date(2026, 10, 26, 15).getTime();

describe('dashboard counts', () => {
  it('counts by status and period, and sums fees of approved and issued only', () => {
    const rec = (status: string, createdAt: string, feeRupiah = 75_000, deleted = false) => ({
      fields: { status, createdAt, feeRupiah },
      deleted,
    });
    const counts = countService(
      [
        rec('submitted', at(2026, 11, 26)),
        rec('approved', at(2026, 11, 24)), // Tuesday: this week
        rec('issued', at(2026, 11, 3), 80_000), // this month
        rec('issued', at(2026, 10, 30)), // last month
        rec('rejected', at(2026, 11, 26)),
        rec('submitted', at(2026, 11, 26), 75_000, true), // deleted: not counted
      ],
      now,
    );
    expect(counts.total).toEqual({ today: 2, week: 3, month: 4, all: 5 });
    expect(counts.byStatus.issued).toEqual({ today: 0, week: 0, month: 1, all: 2 });
    expect(counts.fees).toEqual({ today: 0, week: 75_000, month: 155_000, all: 230_000 });
  });

  it('open complaints by urgency', () => {
    const c = (status: string, urgency: string) => ({ fields: { status, urgency }, deleted: false });
    expect(
      openComplaintsByUrgency([
        c('received', 'tinggi'),
        c('in_progress', 'tinggi'),
        c('closed', 'sedang'),
        c('received', 'rendah'),
      ]),
    ).toEqual({
      tinggi: 2,
      sedang: 0,
      rendah: 1,
    });
  });
});
