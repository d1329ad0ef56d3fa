import type { Express } from 'express';

/** One endpoint the application answers: method and Express path (e.g. `GET /api/v1/records/:entity/:id`). */
export type RouteEntry = { method: string; path: string };

type Layer = {
  route?: { path: string | string[]; methods: Record<string, boolean> };
  handle?: { stack?: Layer[] };
  rawPath?: string | RegExp | (string | RegExp)[];
  slash?: boolean;
};

/**
 * Every method+path the app's routers declare, found by walking Express 5's router stacks (mounted sub-routers
 * included, their mount path prefixed). Used by tests that must cover every endpoint: a new route that no test
 * table lists fails them.
 */
export function listRoutes(app: Express): RouteEntry[] {
  const root = (app as unknown as { router: { stack: Layer[] } }).router;
  const found: RouteEntry[] = [];
  const walk = (stack: Layer[], prefixes: string[]) => {
    for (const layer of stack) {
      if (layer.route) {
        const paths = Array.isArray(layer.route.path) ? layer.route.path : [layer.route.path];
        for (const prefix of prefixes)
          for (const path of paths)
            for (const [method, on] of Object.entries(layer.route.methods))
              if (on && method !== '_all') found.push({ method: method.toUpperCase(), path: `${prefix}${path}` });
      } else if (layer.handle?.stack) {
        const mounts = layer.slash || layer.rawPath === undefined ? [''] : [layer.rawPath].flat();
        const next = prefixes.flatMap((prefix) =>
          mounts
            .filter((mount): mount is string => typeof mount === 'string')
            .map((mount) => `${prefix}${mount === '/' ? '' : mount}`),
        );
        walk(layer.handle.stack, next);
      }
    }
  };
  walk(root.stack, ['']);
  const unique = new Map(found.map((entry) => [`${entry.method} ${entry.path}`, entry]));
  return [...unique.values()].sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method));
}
