import type { SqliteDatabase } from '../db/open.js';

export type OutboxState = 'pending' | 'sent' | 'failed';

export type OutboxMessage = {
  id: string;
  entity: string;
  entityId: string;
  status: string;
  changeId: string;
  phone: string;
  body: string;
  state: OutboxState;
  attempts: number;
  lastError: string | null;
  nextAttemptAt: string;
  createdAt: string;
  sentAt: string | null;
};

type OutboxRow = {
  id: string;
  entity: string;
  entity_id: string;
  status: string;
  change_id: string;
  phone: string;
  body: string;
  state: OutboxState;
  attempts: number;
  last_error: string | null;
  next_attempt_at: string;
  created_at: string;
  sent_at: string | null;
};

const toMessage = (r: OutboxRow): OutboxMessage => ({
  id: r.id,
  entity: r.entity,
  entityId: r.entity_id,
  status: r.status,
  changeId: r.change_id,
  phone: r.phone,
  body: r.body,
  state: r.state,
  attempts: r.attempts,
  lastError: r.last_error,
  nextAttemptAt: r.next_attempt_at,
  createdAt: r.created_at,
  sentAt: r.sent_at,
});

export type Outbox = ReturnType<typeof createOutbox>;

/** The notification outbox table. `enqueue` runs inside the transaction of the status change it announces. */
export function createOutbox(db: SqliteDatabase) {
  const s = {
    insert: db.prepare(
      `INSERT OR IGNORE INTO notification_outbox (id, entity, entity_id, status, change_id, phone, body, next_attempt_at, created_at)
       VALUES (@id, @entity, @entityId, @status, @changeId, @phone, @body, @at, @at)`,
    ),
    due: db.prepare<[string, number], OutboxRow>(
      `SELECT * FROM notification_outbox WHERE state = 'pending' AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT ?`,
    ),
    get: db.prepare<[string], OutboxRow>('SELECT * FROM notification_outbox WHERE id = ?'),
    markSent: db.prepare(
      `UPDATE notification_outbox SET state = 'sent', sent_at = ?, attempts = attempts + 1, last_error = NULL
       WHERE id = ? AND state = 'pending'`,
    ),
    markFailure: db.prepare(
      `UPDATE notification_outbox SET state = @state, attempts = attempts + 1, last_error = @error, next_attempt_at = @next
       WHERE id = @id AND state = 'pending'`,
    ),
    retry: db.prepare(
      `UPDATE notification_outbox SET state = 'pending', next_attempt_at = ? WHERE id = ? AND state IN ('failed', 'pending')`,
    ),
    list: db.prepare<{ state: string | null; before: string | null; limit: number }, OutboxRow>(
      `SELECT * FROM notification_outbox WHERE (@state IS NULL OR state = @state) AND (@before IS NULL OR id < @before)
       ORDER BY id DESC LIMIT @limit`,
    ),
  };
  return {
    enqueue(input: {
      entity: string;
      entityId: string;
      status: string;
      changeId: string;
      phone: string;
      body: string;
      at: string;
    }): void {
      // Time-ordered ids, so the newest-first listing pages by id.
      const id = `${Date.parse(input.at).toString(36).padStart(9, '0')}-${crypto.randomUUID()}`;
      s.insert.run({ id, ...input });
    },
    due: (at: string, limit: number): OutboxMessage[] => s.due.all(at, limit).map(toMessage),
    get: (id: string): OutboxMessage | null => {
      const row = s.get.get(id);
      return row ? toMessage(row) : null;
    },
    /** True when this call marked it (a message is marked sent once). */
    markSent: (id: string, at: string): boolean =>
      db.transaction(() => s.markSent.run(at, id).changes === 1).immediate(),
    markFailure: (id: string, input: { error: string; nextAttemptAt: string; giveUp: boolean }): void => {
      s.markFailure.run({
        id,
        state: input.giveUp ? 'failed' : 'pending',
        error: input.error.slice(0, 500),
        next: input.nextAttemptAt,
      });
    },
    /** Due again at `at` (a failed message gets another round of attempts); false when unknown or already sent. */
    retry: (id: string, at: string): boolean => s.retry.run(at, id).changes === 1,
    list: (state: OutboxState | null, beforeId: string | null, limit: number): OutboxMessage[] =>
      s.list.all({ state, before: beforeId, limit }).map(toMessage),
  };
}
