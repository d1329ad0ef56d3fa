import { defaultLimits, type Limits } from '@keliling/sync';
import compression from 'compression';
import express, { type Express } from 'express';
import type { Logger } from 'pino';
import type { AuditLog } from './audit/audit-log.js';
import { authenticate } from './auth/authenticate.js';
import { defaultEnrollmentTtlMs } from './auth/enrollment.js';
import type { AppContext } from './http/context.js';
import { errorHandler, notFoundHandler } from './http/errors.js';
import { createTokenBucketLimiter, type RateLimiter } from './http/rate-limit.js';
import { requestLog } from './http/request-log.js';
import { webApp } from './http/static.js';
import { type AttachmentOptions, uploadRoutes } from './http/uploads.js';
import { blobRoutes } from './routes/blobs.js';
import { deviceRoutes } from './routes/devices.js';
import { healthRoutes } from './routes/health.js';
import { identityRoutes } from './routes/identity.js';
import { keyEscrowRoutes } from './routes/key-escrow.js';
import { recordRoutes } from './routes/records.js';
import { reviewRoutes } from './routes/review.js';
import { syncRoutes } from './routes/sync.js';
import type { Outbox } from './notify/outbox.js';
import { auditRoutes } from './routes/audit.js';
import { notificationRoutes } from './routes/notifications.js';
import { publicRoutes } from './routes/public.js';
import type { Portal } from './public/portal.js';
import { portalPages } from './public/pages.js';
import { portalRoutes } from './public/routes.js';
import type { KeyEscrowStore } from './store/key-escrow.js';
import type { ReceiptIndex } from './store/receipts.js';
import type { AdminStore } from './store/admin.js';
import { adminRoutes } from './routes/admin.js';
import { reportRoutes } from './routes/reports.js';
import type { SyncStore } from './store/types.js';

export type AppOptions = {
  store: SyncStore;
  /** The audit log on the store's database: admin, sign-in and device actions are recorded with it. */
  audit: AuditLog;
  /** Receipt number lookups for citizens' status checks. */
  receipts: ReceiptIndex;
  /** Queued messages to applicants (HQ sees their delivery state). */
  outbox: Outbox;
  /** Users, codes and devices as the admin screens list them. */
  admin: AdminStore;
  logger: Logger;
  limits?: Partial<Limits>;
  /** Wall clock in ms; tests pass their own. */
  now?: () => number;
  /** Per-address (enroll, login, unauthenticated) and per-credential limiters; generous defaults. */
  rateLimiters?: { address?: RateLimiter; credential?: RateLimiter };
  /** Directory of the built web app served at `/`; null or missing index.html: no web app. */
  webRoot?: string | null;
  sessionTtlMs?: number;
  enrollmentTtlMs?: number;
  /** Device data keys in escrow (docs/security.md); absent: not offered (404). */
  keyEscrow?: KeyEscrowStore;
  /** Attachments (tus uploads and blobs) under this data dir; absent: not offered (404). */
  attachments?: AttachmentOptions;
  /** The citizen portal's services (issue 8); absent: only the status lookup is offered. */
  portal?: Portal;
};

/** The HTTP application: /api/v1 (sync-api.md), health probes, the web app, JSON errors for everything else. */
export function createApp(options: AppOptions): Express {
  const now = options.now ?? Date.now;
  const ctx: AppContext = {
    store: options.store,
    logger: options.logger,
    limits: { ...defaultLimits, ...options.limits },
    now,
    rate: {
      address: options.rateLimiters?.address ?? createTokenBucketLimiter({ capacity: 120, refillPerSecond: 2, now }),
      credential:
        options.rateLimiters?.credential ?? createTokenBucketLimiter({ capacity: 3000, refillPerSecond: 100, now }),
    },
    sessionTtlMs: options.sessionTtlMs ?? 12 * 60 * 60 * 1000,
    enrollmentTtlMs: options.enrollmentTtlMs ?? defaultEnrollmentTtlMs,
    audit: options.audit,
  };

  const app = express();
  app.disable('x-powered-by');
  app.set('etag', 'strong');
  app.use(requestLog(ctx.logger));
  app.use((_req, res, next) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    next();
  });
  app.use(compression());

  app.use(healthRoutes(ctx.store));

  const api = express.Router();
  api.use((_req, res, next) => {
    res.setHeader('Cache-Control', 'no-store');
    next();
  });
  api.use(identityRoutes(ctx));
  api.use(publicRoutes(ctx, options.receipts));
  if (options.portal) api.use(portalRoutes(ctx, options.receipts, options.portal));
  // Before the /devices credential check: releasing a key is authorised by an officer's PIN, not a token.
  if (options.keyEscrow) api.use(keyEscrowRoutes(ctx, options.keyEscrow));
  // Only known areas require a credential, so an unknown /api path is a 404, not a 401.
  const auth = authenticate(ctx.store, ctx.rate);
  api.use(['/sync', '/records', '/devices', '/enrollment-codes', '/conflicts', '/rejections', '/blobs', '/audit', '/notifications', '/admin', '/reports'], auth);
  api.use(syncRoutes(ctx));
  api.use(recordRoutes(ctx));
  api.use(deviceRoutes(ctx));
  api.use(reviewRoutes(ctx));
  api.use(auditRoutes(ctx));
  api.use(notificationRoutes(ctx, options.outbox));
  api.use(adminRoutes(ctx, options.admin));
  api.use(reportRoutes(ctx));
  if (options.attachments) {
    api.use('/uploads', auth, uploadRoutes({ ...ctx, options: options.attachments }));
    api.use(blobRoutes(ctx, options.attachments.dataDir));
  }
  app.use('/api/v1', api);
  app.use('/api', notFoundHandler);

  if (options.portal) app.use(portalPages(ctx, options.receipts));
  const web = options.webRoot ? webApp(options.webRoot) : null;
  if (web) app.use(web);
  else if (options.webRoot)
    ctx.logger.warn({ webRoot: options.webRoot }, 'web root has no index.html; not serving the web app');

  app.use(notFoundHandler);
  app.use(errorHandler(ctx.logger));
  return app;
}
