import express, { type Router } from 'express';
import { z } from 'zod';
import { principalOf, requireStaff } from '../auth/authenticate.js';
import type { AppContext } from '../http/context.js';
import { decodeListCursor, encodeListCursor } from '../http/cursor.js';
import { HttpError, parseOr400 } from '../http/errors.js';
import type { Outbox } from '../notify/outbox.js';
import { otpOutboxEntity } from '../public/otp.js';

const listQuery = z.object({
  status: z.enum(['pending', 'sent', 'failed']).optional(),
  limit: z.coerce.number().int().positive().max(500).optional(),
  cursor: z.string().max(512).optional(),
});

/** `GET /notifications?status=` (hq, admin): the outbox with delivery state, newest first; `POST …/:id/retry`. */
export function notificationRoutes(ctx: AppContext, outbox: Outbox): Router {
  const router = express.Router();
  router.get('/notifications', requireStaff('hq', 'admin'), (req, res) => {
    const q = parseOr400(listQuery, req.query, req);
    let before: string | null = null;
    if (q.cursor) {
      const decoded = decodeListCursor(q.cursor, ctx.store.epoch);
      if (!decoded.ok) throw new HttpError(400, 'invalid_request', { messageKey: 'invalid_cursor' });
      before = decoded.value.after;
    }
    const limit = q.limit ?? 100;
    const rows = outbox.list(q.status ?? null, before, limit + 1);
    const hasMore = rows.length > limit;
    const page = hasMore ? rows.slice(0, limit) : rows;
    const last = page[page.length - 1];
    res.json({
      notifications: page.map((m) => ({
        id: m.id,
        entity: m.entity,
        entityId: m.entityId,
        status: m.status,
        changeId: m.changeId,
        // HQ sees where a message went, with the middle of the number masked.
        phone: `${m.phone.slice(0, 4)}****${m.phone.slice(-3)}`,
        // A one-time code is the resident's secret: staff see that one was sent, never the code.
        body: m.entity === otpOutboxEntity ? 'Kode verifikasi (disembunyikan).' : m.body,
        state: m.state,
        attempts: m.attempts,
        lastError: m.lastError,
        nextAttemptAt: m.nextAttemptAt,
        createdAt: m.createdAt,
        sentAt: m.sentAt,
      })),
      cursor: hasMore && last ? encodeListCursor({ epoch: ctx.store.epoch, after: last.id }) : null,
      hasMore,
    });
  });
  router.post('/notifications/:id/retry', requireStaff('hq', 'admin'), (req, res) => {
    const id = String(req.params.id);
    const before = id.length <= 100 ? outbox.get(id) : null;
    if (!before) throw new HttpError(404, 'not_found');
    // A sent message is never sent again.
    if (before.state === 'sent') throw new HttpError(409, 'already_sent', { messageKey: 'invalid_request' });
    const author = principalOf(res).author;
    ctx.audit.record(
      () => outbox.retry(id, new Date(ctx.now()).toISOString()),
      () => ({
        actor: author,
        actorKind: 'user',
        action: 'notification_retry',
        entity: before.entity,
        entityId: before.entityId,
        details: { notificationId: id, from: before.state, attempts: before.attempts },
      }),
    );
    res.json({ notification: { id, state: 'pending' } });
  });
  return router;
}
