import type { ApiErrorDetail } from '../protocol.js';

/**
 * A failed call to the sync server. `status` 0 means no HTTP response at all (network down, DNS, CORS, abort);
 * `code` is the contract's error code (`rate_limited`, `resync_required`, ...) or `network_error` /
 * `invalid_response` for failures the server did not describe (a call that timed out is a `network_error`;
 * a whole round that overran its deadline is `round_timeout`, status 0, so transient too).
 */
export class SyncHttpError extends Error {
  readonly status: number;
  readonly code: string;
  readonly retryAfterMs: number | undefined;
  readonly details: ApiErrorDetail[] | undefined;

  constructor(init: {
    status: number;
    code: string;
    message: string;
    retryAfterMs?: number;
    details?: ApiErrorDetail[];
  }) {
    super(init.message);
    this.name = 'SyncHttpError';
    this.status = init.status;
    this.code = init.code;
    this.retryAfterMs = init.retryAfterMs;
    this.details = init.details;
  }
}

export function isSyncHttpError(e: unknown): e is SyncHttpError {
  return e instanceof SyncHttpError;
}

/**
 * Why a sync round stopped early, as a value the app can show and act on.
 * - transient: network, 5xx, 429 — retry later (after `retryAfterMs` when given);
 * - auth: 401/403 (`device_revoked` means wipe local data);
 * - fatal: anything else (a bug or a contract mismatch); retrying will not help until something changes.
 */
export type SyncErrorKind = 'transient' | 'auth' | 'fatal';
export type SyncError = {
  kind: SyncErrorKind;
  code: string;
  message: string;
  status?: number;
  retryAfterMs?: number;
};

export function toSyncError(e: unknown): SyncError {
  if (isSyncHttpError(e)) {
    const { status, code, message, retryAfterMs } = e;
    const kind: SyncErrorKind =
      status === 0 || status >= 500 || status === 429 || status === 408
        ? 'transient'
        : status === 401 || status === 403
          ? 'auth'
          : 'fatal';
    return { kind, code, message, status, ...(retryAfterMs !== undefined ? { retryAfterMs } : {}) };
  }
  const message = e instanceof Error ? e.message : String(e);
  return { kind: 'fatal', code: 'internal_error', message };
}

/** Parse a Retry-After header (seconds or an HTTP date) into ms from `nowMs`. */
export function parseRetryAfter(value: string | null | undefined, nowMs: number): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const date = Date.parse(trimmed);
  if (Number.isFinite(date)) return Math.max(0, date - nowMs);
  return undefined;
}
