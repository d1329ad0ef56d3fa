import { defaultLimits, type Limits } from '@keliling/sync';
import compression from 'compression';
import express, { type Express } from 'express';
import type { Logger } from 'pino';
import { authenticate } from './auth/authenticate.js';
import { defaultEnrollmentTtlMs } from './auth/enrollment.js';
import type { AppContext } from './http/context.js';
import { errorHandler, notFoundHandler } from './http/errors.js';
import { createTokenBucketLimiter, type RateLimiter } from './http/rate-limit.js';
import { requestLog } from './http/request-log.js';
import { webApp } from './http/static.js';
import { deviceRoutes } from './routes/devices.js';
import { healthRoutes } from './routes/health.js';
import { identityRoutes } from './routes/identity.js';
import { recordRoutes } from './routes/records.js';
import { syncRoutes } from './routes/sync.js';
import type { SyncStore } from './store/types.js';

export type AppOptions = {
  store: SyncStore;
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
  // Only known areas require a credential, so an unknown /api path is a 404, not a 401.
  api.use(['/sync', '/records', '/devices', '/enrollment-codes'], authenticate(ctx.store, ctx.rate));
  api.use(syncRoutes(ctx));
  api.use(recordRoutes(ctx));
  api.use(deviceRoutes(ctx));
  app.use('/api/v1', api);
  app.use('/api', notFoundHandler);

  const web = options.webRoot ? webApp(options.webRoot) : null;
  if (web) app.use(web);
  else if (options.webRoot)
    ctx.logger.warn({ webRoot: options.webRoot }, 'web root has no index.html; not serving the web app');

  app.use(notFoundHandler);
  app.use(errorHandler(ctx.logger));
  return app;
}
