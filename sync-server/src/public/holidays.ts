import type { SqliteDatabase } from '../db/open.js';

export const holidayKinds = ['libur_nasional', 'cuti_bersama'] as const;
export type HolidayKind = (typeof holidayKinds)[number];
export type Holiday = { date: string; name: string; kind: HolidayKind; source: string; updatedAt: string };

type HolidayRow = { date: string; name: string; kind: HolidayKind; source: string; updated_at: string };
const toHoliday = (r: HolidayRow): Holiday => ({
  date: r.date,
  name: r.name,
  kind: r.kind,
  source: r.source,
  updatedAt: r.updated_at,
});

export type HolidayTable = ReturnType<typeof createHolidayTable>;

/** The holiday table (migration 005 seeds 2026 from the SKB); admins add, change and remove days. */
export function createHolidayTable(db: SqliteDatabase, now: () => number) {
  const s = {
    year: db.prepare<[string, string], HolidayRow>(
      'SELECT * FROM holidays WHERE date >= ? AND date <= ? ORDER BY date',
    ),
    get: db.prepare<[string], HolidayRow>('SELECT * FROM holidays WHERE date = ?'),
    upsert: db.prepare(
      `INSERT INTO holidays (date, name, kind, source, updated_at) VALUES (@date, @name, @kind, @source, @at)
       ON CONFLICT (date) DO UPDATE SET name = excluded.name, kind = excluded.kind, source = excluded.source,
       updated_at = excluded.updated_at`,
    ),
    remove: db.prepare('DELETE FROM holidays WHERE date = ?'),
    between: db.prepare<[string, string], { date: string }>('SELECT date FROM holidays WHERE date >= ? AND date <= ?'),
  };
  return {
    list: (year: number): Holiday[] => s.year.all(`${year}-01-01`, `${year}-12-31`).map(toHoliday),
    get: (date: string): Holiday | null => {
      const row = s.get.get(date);
      return row ? toHoliday(row) : null;
    },
    put(input: { date: string; name: string; kind: HolidayKind; source: string }): Holiday {
      s.upsert.run({ ...input, at: new Date(now()).toISOString() });
      return toHoliday(s.get.get(input.date)!);
    },
    remove: (date: string): boolean => s.remove.run(date).changes === 1,
    /** The holiday dates in a range, as the working-day count takes them. */
    datesBetween: (from: string, to: string): Set<string> => new Set(s.between.all(from, to).map((r) => r.date)),
  };
}
