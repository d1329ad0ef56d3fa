import { existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import express, { type RequestHandler, type Router } from 'express';

/** Files a browser must revalidate every time, so a new release is picked up (the SPA shell and service worker). */
const alwaysRevalidate = new Set(['index.html', 'layanan.html', 'sw.js', 'registerSW.js', 'manifest.webmanifest']);

/** The citizen portal's own page (a separate entry of the web build), for /layanan and its service paths. */
const portalPath = /^\/layanan(\/[a-z-]*)?\/?$/;

/**
 * Serves the built web app at `/`: hashed assets cached for a year, the shell and the service worker never
 * cached without revalidation, and index.html for any other GET outside /api (client-side routes).
 * Returns null when the directory has no index.html.
 */
export function webApp(webRoot: string): Router | null {
  const root = resolve(webRoot);
  const index = join(root, 'index.html');
  const portal = join(root, 'layanan.html');
  if (!existsSync(index)) return null;
  const router = express.Router();
  router.use(
    express.static(root, {
      index: 'index.html',
      setHeaders(res, path) {
        const name = basename(path);
        if (alwaysRevalidate.has(name)) res.setHeader('Cache-Control', 'no-cache');
        else if (path.startsWith(join(root, 'assets')))
          res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
        else res.setHeader('Cache-Control', 'no-cache');
      },
    }),
  );
  const fallback: RequestHandler = (req, res, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || req.path.startsWith('/api/') || req.path === '/api') {
      next();
      return;
    }
    if (!req.accepts('html')) {
      next();
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(portalPath.test(req.path) && existsSync(portal) ? portal : index);
  };
  router.use(fallback);
  return router;
}
