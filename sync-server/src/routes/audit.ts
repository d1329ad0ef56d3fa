import express, { type Router } from 'express';
import { z } from 'zod';
import { requireStaff } from '../auth/authenticate.js';
import type { AppContext } from '../http/context.js';
import { decodeListCursor, encodeListCursor } from '../http/cursor.js';
import { HttpError, parseOr400 } from '../http/errors.js';

const instant = z
  .string()
  .max(40)
  .refine((v) => !Number.isNaN(Date.parse(v)), 'invalid instant');
const auditQuery = z.object({
  actor: z.string().max(200).optional(),
  action: z.string().max(100).optional(),
  entity: z.string().max(100).optional(),
  entityId: z.string().max(200).optional(),
  since: instant.optional(),
  until: instant.optional(),
  limit: z.coerce.number().int().positive().max(1000).optional(),
  cursor: z.string().max(512).optional(),
});

/** `GET /audit` (hq, admin): newest first, filtered, keyset-paginated; `GET /audit/verify` checks the chain. */
export function auditRoutes(ctx: AppContext): Router {
  const router = express.Router();
  // Recomputes the whole chain (as `keliling-server verify-audit` does) and names the first broken entry.
  router.get('/audit/verify', requireStaff('hq', 'admin'), (_req, res) => {
    const result = ctx.audit.verify();
    if (result.ok) {
      res.json({ ok: true, entries: result.entries, checkedAt: new Date(ctx.now()).toISOString() });
      return;
    }
    let entry: ReturnType<typeof ctx.audit.query>[number] | undefined;
    try {
      [entry] = ctx.audit.query({ beforeSeq: result.seq + 1, limit: 1 });
    } catch {
      entry = undefined; // tampered details that are no longer JSON: the seq still names it
    }
    res.json({
      ok: false,
      seq: result.seq,
      reason: result.reason,
      entry: entry?.seq === result.seq ? entry : null,
      checkedAt: new Date(ctx.now()).toISOString(),
    });
  });

  router.get('/audit', requireStaff('hq', 'admin'), (req, res) => {
    const q = parseOr400(auditQuery, req.query, req);
    let beforeSeq: number | undefined;
    if (q.cursor) {
      const decoded = decodeListCursor(q.cursor, ctx.store.epoch);
      const seq = decoded.ok ? Number(decoded.value.after) : Number.NaN;
      if (!Number.isSafeInteger(seq)) throw new HttpError(400, 'invalid_request', { messageKey: 'invalid_cursor' });
      beforeSeq = seq;
    }
    const limit = q.limit ?? 100;
    const iso = (v: string | undefined) => (v === undefined ? undefined : new Date(v).toISOString());
    const rows = ctx.audit.query({
      actor: q.actor,
      action: q.action,
      entity: q.entity,
      entityId: q.entityId,
      since: iso(q.since),
      until: iso(q.until),
      beforeSeq,
      limit: limit + 1,
    });
    const hasMore = rows.length > limit;
    const entries = hasMore ? rows.slice(0, limit) : rows;
    const last = entries[entries.length - 1];
    res.json({
      entries,
      cursor: hasMore && last ? encodeListCursor({ epoch: ctx.store.epoch, after: String(last.seq) }) : null,
      hasMore,
    });
  });
  return router;
}
