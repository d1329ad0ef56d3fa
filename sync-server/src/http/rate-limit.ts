import type { RequestHandler } from 'express';
import { HttpError } from './errors.js';

export type RateDecision = { ok: true } | { ok: false; retryAfterSeconds: number };
export type RateLimiter = { take(key: string): RateDecision };

export type TokenBucketOptions = {
  /** Burst size: calls allowed at once from a full bucket. */
  capacity: number;
  /** Steady rate. */
  refillPerSecond: number;
  now?: () => number;
  /** Buckets kept at most; the least recently used are dropped beyond this. */
  maxKeys?: number;
};

/** An in-memory token bucket per key. Each app gets its own instance (no shared module state). */
export function createTokenBucketLimiter(options: TokenBucketOptions): RateLimiter {
  const now = options.now ?? Date.now;
  const maxKeys = options.maxKeys ?? 10_000;
  const buckets = new Map<string, { tokens: number; at: number }>();
  return {
    take(key) {
      const t = now();
      const bucket = buckets.get(key) ?? { tokens: options.capacity, at: t };
      bucket.tokens = Math.min(options.capacity, bucket.tokens + ((t - bucket.at) / 1000) * options.refillPerSecond);
      bucket.at = t;
      buckets.delete(key); // re-inserted last: Map order is then least recently used first
      buckets.set(key, bucket);
      if (buckets.size > maxKeys) buckets.delete(buckets.keys().next().value!);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return { ok: true };
      }
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / options.refillPerSecond)) };
    },
  };
}

export function rateLimited(retryAfterSeconds: number): HttpError {
  return new HttpError(429, 'rate_limited', { headers: { 'Retry-After': String(retryAfterSeconds) } });
}

/** Limits calls per client address (enrollment, login, public endpoints). */
export function limitByAddress(limiter: RateLimiter): RequestHandler {
  return (req, _res, next) => {
    const decision = limiter.take(`ip:${req.ip ?? 'unknown'}`);
    if (!decision.ok) throw rateLimited(decision.retryAfterSeconds);
    next();
  };
}
