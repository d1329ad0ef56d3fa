import {
  type Change,
  type PullResponse,
  type PushResponse,
  protocolVersion,
  pushRequestSchema,
  type SyncInfo,
} from '@keliling/sync';
import express, { type Router } from 'express';
import { z } from 'zod';
import { principalOf } from '../auth/authenticate.js';
import type { AppContext } from '../http/context.js';
import { decodePullCursor, encodePullCursor } from '../http/cursor.js';
import { HttpError, langOf, parseOr400 } from '../http/errors.js';
import { message } from '../http/messages.js';
import { createChangeCheck } from '../rules/check-change.js';
import { createRecordContextSource } from '../rules/record-context.js';

const defaultPullLimit = 500;

const pullQuery = z.object({
  since: z.string().max(512).optional(),
  limit: z.coerce.number().int().positive().optional(),
});

/** sync/info, sync/push and sync/pull (sync-api.md). Mounted behind `authenticate`. */
export function syncRoutes(ctx: AppContext): Router {
  const router = express.Router();
  const serverTime = () => new Date(ctx.now()).toISOString();

  router.get('/sync/info', (_req, res) => {
    const principal = principalOf(res);
    const info: SyncInfo = {
      serverTime: serverTime(),
      protocol: protocolVersion,
      limits: ctx.limits,
    };
    // Optional addition to the contract: a device learns here that it has been retired.
    if (principal.kind === 'device') info.device = { id: principal.deviceId, status: principal.status };
    res.json(info);
  });

  router.post('/sync/push', express.json({ limit: ctx.limits.maxBatchBytes }), (req, res) => {
    const body = req.body as { changes?: unknown } | undefined;
    if (Array.isArray(body?.changes) && body.changes.length > ctx.limits.maxBatchChanges) {
      throw new HttpError(413, 'batch_too_large');
    }
    const { changes } = parseOr400(pushRequestSchema, body, req);
    const lang = langOf(req);
    const results = ctx.store.pushChanges({
      principal: principalOf(res),
      changes,
      check: createChangeCheck({
        now: ctx.now,
        maxClockSkewMs: ctx.limits.maxClockSkewMs,
        lang,
        unitExists: (id) => ctx.store.getUnit(id) !== null,
        records: createRecordContextSource(ctx.store, ctx.now),
      }),
      idReusedReason: { code: 'id_reused', message: message('id_reused', lang) },
      now: new Date(ctx.now()),
    });
    const response: PushResponse = { results, serverTime: serverTime() };
    res.json(response);
  });

  router.get('/sync/pull', (req, res) => {
    const query = parseOr400(pullQuery, req.query, req);
    let afterSeq = 0;
    let snapshot = true; // from the start: compacted
    if (query.since !== undefined && query.since !== '') {
      const decoded = decodePullCursor(query.since, ctx.store.epoch);
      if (!decoded.ok && decoded.reason === 'other_epoch') throw new HttpError(409, 'resync_required');
      if (!decoded.ok) {
        throw new HttpError(400, 'invalid_request', {
          messageKey: 'invalid_cursor',
          details: [{ path: 'since', code: 'invalid_cursor', message: message('invalid_cursor', langOf(req)) }],
        });
      }
      afterSeq = decoded.value.seq;
      // A cursor below the compaction horizon may miss history that compaction dropped: serve state instead.
      snapshot = decoded.value.snapshot === true || afterSeq < ctx.store.compactionHorizon();
    }
    const limit = Math.min(query.limit ?? defaultPullLimit, ctx.limits.maxPullLimit);
    const input = { afterSeq, limit, scope: principalOf(res).scope };
    let page: { changes: Change[]; lastSeq: number; hasMore: boolean; done?: boolean };
    if (snapshot) {
      page = ctx.store.pullSnapshot(input);
      snapshot = !page.done;
    } else {
      page = ctx.store.pullChanges(input);
    }
    const response: PullResponse = {
      changes: page.changes,
      cursor: encodePullCursor({ epoch: ctx.store.epoch, seq: page.lastSeq, snapshot }),
      hasMore: page.hasMore,
      serverTime: serverTime(),
    };
    res.json(response);
  });

  return router;
}
