import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Limits } from '@keliling/sync';
import type { Express } from 'express';
import type { Logger } from 'pino';
import { type AppOptions, createApp } from './app.js';
import { createAuditLog } from './audit/audit-log.js';
import { loadEscrowKey } from './auth/escrow-key.js';
import { openDatabase } from './db/open.js';
import type { DemoSummary } from './demo.js';
import type { AttachmentOptions } from './http/uploads.js';
import { createLogger } from './logger.js';
import { createOutbox } from './notify/outbox.js';
import { createNotificationSender, type NotificationSender, type Timers } from './notify/sender.js';
import { createFileTransport, createWebhookTransport, type NotificationTransport } from './notify/transports.js';
import { createPortal, type PortalOptions } from './public/portal.js';
import { createAdminStore } from './store/admin.js';
import { createKeyEscrowStore } from './store/key-escrow.js';
import { createReceiptIndex } from './store/receipts.js';
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
  /** Attachment limits (size, media types); attachments are stored under dataDir. */
  attachments?: Omit<AttachmentOptions, 'dataDir'>;
  /** The citizen portal (service-desk unit, proof-of-work difficulty, limits); on by default. */
  portal?: PortalOptions;
  /** Applicant notifications: the webhook (else `<dataDir>/notifications.log`), or a transport of the caller's. */
  notifications?: {
    webhook?: { url: string; secret: string };
    transport?: NotificationTransport;
    intervalMs?: number;
    baseDelayMs?: number;
    maxAttempts?: number;
    timers?: Timers;
  };
};

export type RunningServer = {
  url: string;
  port: number;
  host: string;
  store: SyncStore;
  /** The HTTP application (tests list its routes). */
  app: Express;
  /** What `demo` seeded (null when it seeded nothing, e.g. the database already had users). */
  demo: DemoSummary | null;
  /** The notification sender loop (started with the server, stopped by close). */
  notifications: NotificationSender;
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
  const db = openDatabase(databasePath(options.dataDir));
  const store = createSqliteStore(db, options.now ? { now: options.now } : {});
  const keyEscrow = createKeyEscrowStore(db, loadEscrowKey(options.dataDir), options.now);
  const outbox = createOutbox(db);
  const n = options.notifications ?? {};
  const transport =
    n.transport ??
    (n.webhook
      ? createWebhookTransport(n.webhook)
      : createFileTransport(join(options.dataDir, 'notifications.log'), options.now));
  const notifications = createNotificationSender({
    outbox,
    transport,
    logger,
    ...(options.now ? { now: options.now } : {}),
    ...(n.intervalMs !== undefined ? { intervalMs: n.intervalMs } : {}),
    ...(n.baseDelayMs !== undefined ? { baseDelayMs: n.baseDelayMs } : {}),
    ...(n.maxAttempts !== undefined ? { maxAttempts: n.maxAttempts } : {}),
    ...(n.timers ? { timers: n.timers } : {}),
  });
  try {
    // Loaded only for demo starts: the fixtures package is not needed otherwise.
    const demo = options.demo ? await (await import('./demo.js')).seedDemo(store, { now: options.now?.() }) : null;
    const audit = createAuditLog(db, options.now);
    const receipts = createReceiptIndex(db);
    const portal = createPortal({
      db,
      store,
      audit,
      outbox,
      receipts,
      logger,
      dataDir: options.dataDir,
      now: options.now ?? Date.now,
      ...(options.portal ? { options: options.portal } : {}),
    });
    const app = createApp({
      store,
      audit,
      receipts,
      portal,
      admin: createAdminStore(db, options.now),
      outbox,
      logger,
      webRoot: options.webRoot === undefined ? defaultWebRoot : options.webRoot,
      attachments: { ...options.attachments, dataDir: options.dataDir },
      keyEscrow,
      ...(options.now ? { now: options.now } : {}),
      ...(options.limits ? { limits: options.limits } : {}),
      ...(options.rateLimiters ? { rateLimiters: options.rateLimiters } : {}),
    });
    const server = app.listen(options.port ?? 0, host);
    await new Promise<void>((resolve, reject) => {
      server.once('listening', resolve);
      server.once('error', reject);
    });
    // Long enough that a kept-alive socket whose next request is already waiting is not reset while a burst of
    // large pushes holds the event loop (with 5 s, ten devices pushing 1000 changes at once got ECONNRESET).
    server.keepAliveTimeout = 65_000;
    const port = (server.address() as AddressInfo).port;
    notifications.start();
    const stopFollowUps = portal.followUps.start(n.intervalMs ?? 5_000);
    const urlHost = host.includes(':') ? `[${host}]` : host;
    let closing: Promise<void> | null = null;
    return {
      url: `http://${urlHost}:${port}`,
      port,
      host,
      store,
      app,
      demo,
      notifications,
      close() {
        closing ??= new Promise<void>((resolve) => {
          server.close(() => {
            stopFollowUps();
            notifications
              .stop()
              .catch(() => undefined)
              .finally(() => {
                store.close();
                resolve();
              });
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
