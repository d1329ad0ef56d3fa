import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Limits } from '@keliling/sync';
import type { Logger } from 'pino';
import { type AppOptions, createApp } from './app.js';
import { openDatabase } from './db/open.js';
import type { DemoSummary } from './demo.js';
import { createLogger } from './logger.js';
import { createSqliteStore } from './store/sqlite-store.js';
import type { SyncStore } from './store/types.js';

/** The built desktop web app, next to this package in the repository (same depth from src/ and dist/). */
export const defaultWebRoot = fileURLToPath(new URL('../../desktop/dist', import.meta.url));

export type ServerOptions = {
  dataDir: string;
  /** 0 picks a free port. */
  port?: number;
  host?: string;
  /** Seed demo data when the database has no users yet. */
  demo?: boolean;
  /** null: serve no web app. Default: the built desktop app. */
  webRoot?: string | null;
  logger?: Logger;
  now?: () => number;
  limits?: Partial<Limits>;
  rateLimiters?: AppOptions['rateLimiters'];
};

export type RunningServer = {
  url: string;
  port: number;
  host: string;
  store: SyncStore;
  /** What `demo` seeded (null when it seeded nothing, e.g. the database already had users). */
  demo: DemoSummary | null;
  close(): Promise<void>;
};

export function databasePath(dataDir: string): string {
  return join(dataDir, 'keliling.db');
}

/** Opens (creating and migrating) `<dataDir>/keliling.db`, optionally seeds demo data, and listens. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const logger = options.logger ?? createLogger();
  const host = options.host ?? '127.0.0.1';
  mkdirSync(options.dataDir, { recursive: true });
  const store = createSqliteStore(openDatabase(databasePath(options.dataDir)), options.now ? { now: options.now } : {});
  try {
    // Loaded only for demo starts: the fixtures package is not needed otherwise.
    const demo = options.demo ? await (await import('./demo.js')).seedDemo(store, { now: options.now?.() }) : null;
    const app = createApp({
      store,
      logger,
      webRoot: options.webRoot === undefined ? defaultWebRoot : options.webRoot,
      ...(options.now ? { now: options.now } : {}),
      ...(options.limits ? { limits: options.limits } : {}),
      ...(options.rateLimiters ? { rateLimiters: options.rateLimiters } : {}),
    });
    const server = app.listen(options.port ?? 0, host);
    await new Promise<void>((resolve, reject) => {
      server.once('listening', resolve);
      server.once('error', reject);
    });
    server.keepAliveTimeout = 5_000;
    const port = (server.address() as AddressInfo).port;
    const urlHost = host.includes(':') ? `[${host}]` : host;
    let closing: Promise<void> | null = null;
    return {
      url: `http://${urlHost}:${port}`,
      port,
      host,
      store,
      demo,
      close() {
        closing ??= new Promise<void>((resolve) => {
          server.close(() => {
            store.close();
            resolve();
          });
          server.closeIdleConnections();
          setTimeout(() => server.closeAllConnections(), 2_000).unref();
        });
        return closing;
      },
    };
  } catch (error) {
    store.close();
    throw error;
  }
}
