import type { ConflictListResponse, RejectionListResponse } from '@keliling/sync';
import express, { type Request, type Router } from 'express';
import { z } from 'zod';
import { principalOf } from '../auth/authenticate.js';
import type { Scope } from '../auth/principal.js';
import type { AppContext } from '../http/context.js';
import { decodeListCursor, encodeListCursor } from '../http/cursor.js';
import { HttpError, langOf, parseOr400 } from '../http/errors.js';
import { message } from '../http/messages.js';

const defaultLimit = 100;
const maxLimit = 500;

const page = {
  limit: z.coerce.number().int().positive().optional(),
  cursor: z.string().max(512).optional(),
};
const conflictQuery = z.object({
  status: z.enum(['open', 'resolved']).optional(),
  entity: z.string().min(1).max(64).optional(),
  ...page,
});
const rejectionQuery = z.object(page);

/**
 * Conflicts and the rejection log (sync-api.md "Conflicts and rejections"), oldest first. Staff see their
 * scope; a device sees conflicts on its own unit's records and its own rejections.
 */
export function reviewRoutes(ctx: AppContext): Router {
  const router = express.Router();

  /** The position after which a page starts: a list cursor of this database holding a row number. */
  const after = (req: Request, cursor: string | undefined): number => {
    if (!cursor) return 0;
    const decoded = decodeListCursor(cursor, ctx.store.epoch);
    const n = decoded.ok ? Number(decoded.value.after) : Number.NaN;
    if (!Number.isSafeInteger(n) || n < 0) {
      throw new HttpError(400, 'invalid_request', {
        messageKey: 'invalid_cursor',
        details: [{ path: 'cursor', code: 'invalid_cursor', message: message('invalid_cursor', langOf(req)) }],
      });
    }
    return n;
  };
  const cursorAfter = (n: number) => encodeListCursor({ epoch: ctx.store.epoch, after: String(n) });

  router.get('/conflicts', (req, res) => {
    const query = parseOr400(conflictQuery, req.query, req);
    const principal = principalOf(res);
    const device = principal.kind === 'device';
    const scope: Scope = device ? { all: false, unitIds: [principal.unitId] } : principal.scope;
    const result = ctx.store.listConflicts({
      scope,
      includeShared: !device,
      status: query.status,
      entity: query.entity,
      afterId: after(req, query.cursor),
      limit: Math.min(query.limit ?? defaultLimit, maxLimit),
    });
    const response: ConflictListResponse = {
      conflicts: result.conflicts,
      cursor: cursorAfter(result.lastId),
      hasMore: result.hasMore,
    };
    res.json(response);
  });

  router.get('/rejections', (req, res) => {
    const query = parseOr400(rejectionQuery, req.query, req);
    const principal = principalOf(res);
    // A device sees only what it pushed itself; staff also what was refused on their units' records.
    const scope: Scope = principal.kind === 'device' ? { all: false, unitIds: [] } : principal.scope;
    const result = ctx.store.listRejections({
      scope,
      author: principal.author,
      afterSeq: after(req, query.cursor),
      limit: Math.min(query.limit ?? defaultLimit, maxLimit),
    });
    const response: RejectionListResponse = {
      rejections: result.rejections,
      cursor: cursorAfter(result.lastSeq),
      hasMore: result.hasMore,
    };
    res.json(response);
  });

  return router;
}
