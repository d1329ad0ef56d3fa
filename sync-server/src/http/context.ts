import type { Limits } from '@keliling/sync';
import type { Logger } from 'pino';
import type { AuditLog } from '../audit/audit-log.js';
import type { SyncStore } from '../store/types.js';
import type { RateLimiter } from './rate-limit.js';

/** What every route needs, passed in (no module state). */
export type AppContext = {
  store: SyncStore;
  logger: Logger;
  limits: Limits;
  now: () => number;
  rate: { address: RateLimiter; credential: RateLimiter };
  sessionTtlMs: number;
  enrollmentTtlMs: number;
  /** The hash-chained audit log (same database as the store). */
  audit: AuditLog;
};
