import type { Logger } from 'pino';
import type { AuditLog } from '../audit/audit-log.js';
import type { SqliteDatabase } from '../db/open.js';
import { createTokenBucketLimiter, type RateLimiter } from '../http/rate-limit.js';
import type { Outbox } from '../notify/outbox.js';
import type { ReceiptIndex } from '../store/receipts.js';
import type { SyncStore } from '../store/types.js';
import { createFollowUpNotifier, type FollowUpNotifier } from './follow-ups.js';
import { createHolidayTable, type HolidayTable } from './holidays.js';
import { createOtpService, type OtpService } from './otp.js';
import { createPowService, type PowService } from './pow.js';
import { type ComplaintSla, createComplaintSla } from './sla.js';
import { createSubmissionStore, type SubmissionStore } from './submissions.js';
import { createSurveyStore, type SurveyStore } from './surveys.js';
import type { PublicUploadOptions } from './uploads.js';

/** The demo's service desk (fixtures demoSeed): where portal submissions go unless configured otherwise. */
export const defaultServiceDeskUnitId = 'unit-sleman-spkt';

export type PortalOptions = {
  /** The unit that owns portal submissions (the Polres's SPKT service desk). */
  serviceDeskUnitId?: string;
  /** Leading zero bits a proof of work needs; default 16 (about 65,000 hashes, a second or two on a phone). */
  powDifficulty?: number;
  otpTtlMs?: number;
  otpMaxAttempts?: number;
  uploads?: PublicUploadOptions;
  /** Limiters: per phone number (codes, submissions) and per address (every portal call that writes). */
  rateLimiters?: { phone?: RateLimiter; address?: RateLimiter };
};

export type Portal = {
  db: SqliteDatabase;
  serviceDeskUnitId: string;
  dataDir: string;
  pow: PowService;
  otp: OtpService;
  submissions: SubmissionStore;
  surveys: SurveyStore;
  holidays: HolidayTable;
  sla: ComplaintSla;
  /** Tells complainants of follow-ups (the server starts it with the notification sender). */
  followUps: FollowUpNotifier;
  limits: { phone: RateLimiter; address: RateLimiter };
  uploads: PublicUploadOptions;
};

/** Everything the citizen portal needs, on the store's database (migration 005). */
export function createPortal(input: {
  db: SqliteDatabase;
  store: SyncStore;
  audit: AuditLog;
  outbox: Outbox;
  receipts: ReceiptIndex;
  logger: Logger;
  dataDir: string;
  now: () => number;
  options?: PortalOptions;
}): Portal {
  const { db, now } = input;
  const o = input.options ?? {};
  return {
    db,
    serviceDeskUnitId: o.serviceDeskUnitId ?? defaultServiceDeskUnitId,
    dataDir: input.dataDir,
    pow: createPowService(db, { now, difficulty: o.powDifficulty ?? 16 }),
    otp: createOtpService(db, {
      outbox: input.outbox,
      now,
      ...(o.otpTtlMs !== undefined ? { ttlMs: o.otpTtlMs } : {}),
      ...(o.otpMaxAttempts !== undefined ? { maxAttempts: o.otpMaxAttempts } : {}),
    }),
    submissions: createSubmissionStore(db, { store: input.store, audit: input.audit, receipts: input.receipts, now }),
    surveys: createSurveyStore(db, { store: input.store, now }),
    holidays: createHolidayTable(db, now),
    sla: createComplaintSla(db, { audit: input.audit, now }),
    followUps: createFollowUpNotifier(db, { outbox: input.outbox, now }),
    limits: {
      // Three codes per number, then one every five minutes; an address may file a few dozen calls an hour.
      phone: o.rateLimiters?.phone ?? createTokenBucketLimiter({ capacity: 3, refillPerSecond: 1 / 300, now }),
      address: o.rateLimiters?.address ?? createTokenBucketLimiter({ capacity: 30, refillPerSecond: 1 / 60, now }),
    },
    uploads: o.uploads ?? {},
  };
}
