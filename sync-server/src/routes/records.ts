import { isEntityName } from '@keliling/domain';
import { type HistoryResponse, idSchema, type RecordListResponse, type RecordView } from '@keliling/sync';
import express, { type Router } from 'express';
import { z } from 'zod';
import { principalOf, requireStaff } from '../auth/authenticate.js';
import { inScope } from '../auth/principal.js';
import type { AppContext } from '../http/context.js';
import { decodeListCursor, encodeListCursor } from '../http/cursor.js';
import { HttpError, langOf, parseOr400 } from '../http/errors.js';
import { message } from '../http/messages.js';
import type { StoredRecord } from '../store/types.js';

const maxListLimit = 500;

const listQuery = z.object({
  unitId: z.string().max(64).optional(),
  status: z.string().max(64).optional(),
  q: z.string().max(200).optional(),
  updatedSince: z
    .string()
    .refine((s) => Number.isFinite(Date.parse(s)), 'expected an ISO 8601 instant')
    .transform((s) => new Date(Date.parse(s)).toISOString())
    .optional(),
  limit: z.coerce.number().int().positive().optional(),
  cursor: z.string().max(512).optional(),
});

const view = (record: StoredRecord): RecordView => ({
  id: record.id,
  entity: record.entity,
  fields: record.fields,
  deleted: record.deleted,
  updatedAt: record.updatedAt,
});

/** The staff read side: merged current records within the caller's scope. Devices are refused (403). */
export function recordRoutes(ctx: AppContext): Router {
  const router = express.Router();
  router.use('/records', requireStaff());

  router.get('/records/:entity', (req, res) => {
    const entity = req.params.entity;
    if (!isEntityName(entity)) throw new HttpError(404, 'not_found');
    const query = parseOr400(listQuery, req.query, req);
    const { scope } = principalOf(res);
    if (query.unitId !== undefined && !inScope(scope, query.unitId)) throw new HttpError(403, 'forbidden');
    let before: string | undefined;
    if (query.cursor) {
      const decoded = decodeListCursor(query.cursor, ctx.store.epoch);
      if (!decoded.ok) {
        throw new HttpError(400, 'invalid_request', {
          messageKey: 'invalid_cursor',
          details: [{ path: 'cursor', code: 'invalid_cursor', message: message('invalid_cursor', langOf(req)) }],
        });
      }
      before = decoded.value.after;
    }
    const limit = Math.min(query.limit ?? 100, maxListLimit);
    const page = ctx.store.listRecords({ ...query, entity, scope, before, limit });
    const last = page.records[page.records.length - 1];
    const response: RecordListResponse = {
      records: page.records.map(view),
      cursor: last ? encodeListCursor({ epoch: ctx.store.epoch, after: last.id }) : null,
      hasMore: page.hasMore,
    };
    res.json(response);
  });

  router.get('/records/:entity/:id', (req, res) => {
    const { entity, id } = req.params;
    if (!isEntityName(entity) || !idSchema.safeParse(id).success) throw new HttpError(404, 'not_found');
    const record = ctx.store.getRecord(entity, id);
    // Out of scope looks the same as unknown: no hint that the record exists.
    if (!record || !inScope(principalOf(res).scope, record.unitId)) throw new HttpError(404, 'not_found');
    res.json(view(record));
  });

  router.get('/records/:entity/:id/history', (req, res) => {
    const { entity, id } = req.params;
    if (!isEntityName(entity) || !idSchema.safeParse(id).success) throw new HttpError(404, 'not_found');
    const record = ctx.store.getRecord(entity, id);
    if (!record || !inScope(principalOf(res).scope, record.unitId)) throw new HttpError(404, 'not_found');
    const response: HistoryResponse = {
      changes: ctx.store.getHistory(entity, id),
      conflicts: ctx.store.recordConflicts(entity, id),
    };
    res.json(response);
  });

  return router;
}
