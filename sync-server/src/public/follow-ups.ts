import { citizenFollowUpNotification } from '@keliling/domain';
import type { SqliteDatabase } from '../db/open.js';
import type { Outbox } from '../notify/outbox.js';

type FollowUpRow = { entity_id: string; last_seq: number; complaint_id: string | null; action: string | null };

export type FollowUpNotifier = ReturnType<typeof createFollowUpNotifier>;

/**
 * Each new `complaint_follow_ups` record is told to the complainant's phone through the notification outbox (status
 * changes are queued by the push itself; follow-ups are child records, so they are picked up here). Reads records
 * after a stored cursor; the outbox's uniqueness (complaint, `follow_up`, follow-up id) keeps it to one message.
 */
export function createFollowUpNotifier(db: SqliteDatabase, input: { outbox: Outbox; now: () => number }) {
  const s = {
    cursor: db.prepare<[], { seq: number }>("SELECT seq FROM public_cursors WHERE name = 'follow_ups'"),
    setCursor: db.prepare(
      "INSERT INTO public_cursors (name, seq) VALUES ('follow_ups', ?) ON CONFLICT (name) DO UPDATE SET seq = excluded.seq",
    ),
    fresh: db.prepare<[number], FollowUpRow>(
      `SELECT r.entity_id, r.last_seq,
              (SELECT json_extract(f.value, '$') FROM record_fields f
                WHERE f.entity = r.entity AND f.entity_id = r.entity_id AND f.field = 'complaintId') AS complaint_id,
              (SELECT json_extract(f.value, '$') FROM record_fields f
                WHERE f.entity = r.entity AND f.entity_id = r.entity_id AND f.field = 'action') AS action
         FROM records r
        WHERE r.entity = 'complaint_follow_ups' AND r.deleted = 0 AND r.last_seq > ?
        ORDER BY r.last_seq LIMIT 500`,
    ),
    complaint: db.prepare<[string], { field: string; value: string }>(
      `SELECT field, value FROM record_fields WHERE entity = 'complaints' AND entity_id = ?
          AND field IN ('phone', 'receiptNumber')`,
    ),
  };
  const run = db.transaction((): number => {
    let queued = 0;
    let cursor = s.cursor.get()?.seq ?? 0;
    for (const row of s.fresh.all(cursor)) {
      cursor = Math.max(cursor, row.last_seq);
      if (!row.complaint_id || !row.action) continue;
      const fields = Object.fromEntries(s.complaint.all(row.complaint_id).map((f) => [f.field, JSON.parse(f.value)]));
      if (typeof fields.phone !== 'string' || fields.phone === '') continue;
      input.outbox.enqueue({
        entity: 'complaints',
        entityId: row.complaint_id,
        status: 'follow_up',
        changeId: row.entity_id,
        phone: fields.phone,
        body: citizenFollowUpNotification(
          typeof fields.receiptNumber === 'string' ? fields.receiptNumber : '-',
          row.action,
        ),
        at: new Date(input.now()).toISOString(),
      });
      queued++;
    }
    s.setCursor.run(cursor);
    return queued;
  });
  return {
    /** Queues messages for follow-ups recorded since the last run; returns how many. */
    runOnce: (): number => run.immediate(),
    /** Runs every `intervalMs` until the returned function is called. */
    start(intervalMs = 5_000): () => void {
      const timer = setInterval(() => {
        try {
          run.immediate();
        } catch {
          // busy database: the next tick tries again
        }
      }, intervalMs);
      timer.unref();
      return () => clearInterval(timer);
    },
  };
}
