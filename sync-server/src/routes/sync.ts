import {
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
import type { DeviceOutbox } from '../store/types.js';
import { createSyncQueue } from './sync-queue.js';

const defaultPullLimit = 500;

const pullQuery = z.object({
  since: z.string().max(512).optional(),
  limit: z.coerce.number().int().positive().optional(),
});

export const outboxHeader = 'Keliling-Outbox';

/** `changes=12; uploads=3` → counts; anything else (absent, malformed, out of range) → null, and is ignored. */
export function parseOutboxHeader(value: string | undefined): DeviceOutbox | null {
  const match = /^\s*changes=(\d{1,9})\s*;\s*uploads=(\d{1,9})\s*$/.exec(value ?? '');
  return match ? { changes: Number(match[1]), uploads: Number(match[2]) } : null;
}

/** sync/info, sync/push and sync/pull (sync-api.md). Mounted behind `authenticate`. */
export function syncRoutes(ctx: AppContext): Router {
  const router = express.Router();
  const serverTime = () => new Date(ctx.now()).toISOString();
  // Per app, not per module: each server (and each test's) has its own turn order.
  const queue = createSyncQueue({ together: ctx.store.together });

  // Optional addition to the contract: a device tells what it still holds on each sync call, for HQ's device list.
  router.use('/sync', (req, res, next) => {
    const principal = principalOf(res);
    const outbox = parseOutboxHeader(req.get(outboxHeader));
    if (principal.kind === 'device' && outbox) ctx.store.reportDeviceOutbox(principal.deviceId, outbox);
    next();
  });

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

  router.post('/sync/push', express.json({ limit: ctx.limits.maxBatchBytes }), async (req, res) => {
    const body = req.body as { changes?: unknown } | undefined;
    if (Array.isArray(body?.changes) && body.changes.length > ctx.limits.maxBatchChanges) {
      throw new HttpError(413, 'batch_too_large');
    }
    const weight = Array.isArray(body?.changes) ? body.changes.length : 1;
    const results = await queue.run(() => push(req, res, body), { groupable: true, weight });
    const response: PushResponse = { results, serverTime: serverTime() };
    res.json(response);
  });

  function push(req: express.Request, res: express.Response, body: unknown) {
    const { changes } = parseOr400(pushRequestSchema, body, req);
    const lang = langOf(req);
    const units = new Map<string, boolean>(); // per push: a batch names the same unit again and again
    const unitExists = (id: string) => {
      let known = units.get(id);
      if (known === undefined) {
        known = ctx.store.getUnit(id) !== null;
        units.set(id, known);
      }
      return known;
    };
    return ctx.store.pushChanges({
      principal: principalOf(res),
      changes,
      check: createChangeCheck({
        now: ctx.now,
        maxClockSkewMs: ctx.limits.maxClockSkewMs,
        lang,
        unitExists,
        records: createRecordContextSource(ctx.store, ctx.now),
      }),
      idReusedReason: { code: 'id_reused', message: message('id_reused', lang) },
      now: new Date(ctx.now()),
    });
  }

  router.get('/sync/pull', async (req, res) => {
    const query = parseOr400(pullQuery, req.query, req);
    let afterSeq = 0;
    let fromSnapshot = true; // from the start: compacted
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
      fromSnapshot = decoded.value.snapshot === true;
    }
    const limit = Math.min(query.limit ?? defaultPullLimit, ctx.limits.maxPullLimit);
    const input = { afterSeq, limit, scope: principalOf(res).scope };
    const { page, snapshot } = await queue.run(() => {
      // A cursor below the compaction horizon may miss history that compaction dropped: serve state instead.
      // Read in the same turn as the page, so no compaction runs in between.
      if (!fromSnapshot && afterSeq >= ctx.store.compactionHorizon()) {
        return { page: ctx.store.pullChanges(input), snapshot: false };
      }
      const snapshotPage = ctx.store.pullSnapshot(input);
      return { page: snapshotPage, snapshot: !snapshotPage.done };
    });
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
