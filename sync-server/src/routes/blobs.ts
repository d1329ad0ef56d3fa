import express, { type Router } from 'express';
import { principalOf } from '../auth/authenticate.js';
import type { Scope } from '../auth/principal.js';
import type { AppContext } from '../http/context.js';
import { HttpError } from '../http/errors.js';
import { blobPath } from '../http/uploads.js';
import { isSha256 } from '../store/attachments.js';

/**
 * `GET /api/v1/blobs/:sha256`: a verified attachment, to whoever may read a record that refers to it. Malformed,
 * unknown and not-allowed all answer the same 404.
 */
export function blobRoutes(ctx: AppContext, dataDir: string): Router {
  const router = express.Router();
  router.get('/blobs/:sha256', (req, res) => {
    const sha256 = String(req.params.sha256);
    const principal = principalOf(res);
    // A device reads its own unit's records (and shared reference data), like its pulls.
    const scope: Scope = principal.kind === 'device' ? { all: false, unitIds: [principal.unitId] } : principal.scope;
    const blob = isSha256(sha256) ? ctx.store.getBlob(sha256) : null;
    if (!blob || !ctx.store.mayReadBlob(sha256, scope)) throw new HttpError(404, 'not_found');
    res.setHeader('Content-Type', blob.mime);
    res.setHeader('Cache-Control', 'private, max-age=31536000, immutable');
    res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
    res.setHeader('ETag', `"${sha256}"`);
    res.sendFile(blobPath(dataDir, sha256), { headers: { 'Content-Type': blob.mime } }, (error) => {
      if (error && !res.headersSent) {
        ctx.logger.error({ err: error, sha256 }, 'blob missing from the blob store');
        res.status(404).json({ error: { code: 'not_found', message: 'not found' } });
      }
    });
  });
  return router;
}
