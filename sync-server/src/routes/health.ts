import express, { type Router } from 'express';
import type { SyncStore } from '../store/types.js';

/** Liveness (`/healthz`) and readiness (`/readyz`: the database answers and is migrated). */
export function healthRoutes(store: SyncStore): Router {
  const router = express.Router();
  router.get('/healthz', (_req, res) => {
    res.json({ ok: true });
  });
  router.get('/readyz', (_req, res) => {
    const ready = store.isReady();
    res
      .status(ready ? 200 : 503)
      .json(ready ? { ok: true } : { error: { code: 'not_ready', message: 'database not ready' } });
  });
  return router;
}
