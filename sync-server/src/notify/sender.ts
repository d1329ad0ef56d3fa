import type { Logger } from 'pino';
import type { Outbox } from './outbox.js';
import type { NotificationTransport } from './transports.js';

export type Timers = {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
};

export type SenderOptions = {
  outbox: Outbox;
  transport: NotificationTransport;
  logger: Logger;
  now?: () => number;
  timers?: Timers;
  /** Between polls of the outbox. */
  intervalMs?: number;
  /** First retry after this; doubled per attempt up to maxDelayMs. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** After this many failed attempts a message is marked failed. */
  maxAttempts?: number;
  batchSize?: number;
};

export type NotificationSender = {
  start(): void;
  /** Stops polling and waits for a delivery in flight. */
  stop(): Promise<void>;
  /** One pass over the due messages (tests call it directly). */
  runOnce(): Promise<{ sent: number; failed: number }>;
};

const defaultTimers: Timers = {
  setTimeout: (fn, ms) => {
    const handle = setTimeout(fn, ms);
    handle.unref();
    return handle;
  },
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

/**
 * Delivers queued notifications with retries and exponential backoff. One pass runs at a time, and a message is
 * marked sent in a transaction that only succeeds while it is pending, so no message is delivered twice by it.
 */
export function createNotificationSender(options: SenderOptions): NotificationSender {
  const now = options.now ?? Date.now;
  const timers = options.timers ?? defaultTimers;
  const intervalMs = options.intervalMs ?? 5_000;
  const baseDelayMs = options.baseDelayMs ?? 30_000;
  const maxDelayMs = options.maxDelayMs ?? 6 * 3_600_000;
  const maxAttempts = options.maxAttempts ?? 8;
  const batchSize = options.batchSize ?? 20;
  const { outbox, transport, logger } = options;
  let timer: unknown = null;
  let running = false;
  let inFlight: Promise<{ sent: number; failed: number }> | null = null;

  async function pass(): Promise<{ sent: number; failed: number }> {
    let sent = 0;
    let failed = 0;
    for (const message of outbox.due(new Date(now()).toISOString(), batchSize)) {
      try {
        await transport.send(message);
        if (outbox.markSent(message.id, new Date(now()).toISOString())) sent += 1;
      } catch (error) {
        failed += 1;
        const attempts = message.attempts + 1;
        const delay = Math.min(maxDelayMs, baseDelayMs * 2 ** (attempts - 1));
        const giveUp = attempts >= maxAttempts;
        outbox.markFailure(message.id, {
          error: (error as Error).message,
          nextAttemptAt: new Date(now() + delay).toISOString(),
          giveUp,
        });
        // Ids only: phone numbers and texts stay out of the log.
        logger.warn(
          { notificationId: message.id, attempts, giveUp, transport: transport.name },
          'notification not delivered',
        );
      }
    }
    return { sent, failed };
  }

  function runOnce(): Promise<{ sent: number; failed: number }> {
    inFlight ??= pass().finally(() => {
      inFlight = null;
    });
    return inFlight;
  }

  function schedule(): void {
    if (!running) return;
    timer = timers.setTimeout(() => {
      runOnce()
        .catch((error: unknown) => logger.error({ err: error }, 'notification pass failed'))
        .finally(schedule);
    }, intervalMs);
  }

  return {
    start() {
      if (running) return;
      running = true;
      schedule();
    },
    async stop() {
      running = false;
      if (timer !== null) timers.clearTimeout(timer);
      timer = null;
      await inFlight?.catch(() => undefined);
    },
    runOnce,
  };
}
