export type BackoffOptions = {
  /** First delay (ms); default 1000. */
  baseMs?: number;
  /** Cap (ms); default 5 minutes. */
  maxMs?: number;
  /** A number in [0, 1); default Math.random. */
  random?: () => number;
};

/**
 * Delay before retry number `attempt` (0 = first retry): exponential with "full jitter", i.e. a random
 * value in [exp/2, exp) where exp = min(maxMs, baseMs * 2^attempt), so many devices coming back at once spread out.
 * A server's Retry-After, when given, is a floor.
 */
export function backoffDelay(attempt: number, options: BackoffOptions = {}, retryAfterMs?: number): number {
  const base = options.baseMs ?? 1000;
  const max = options.maxMs ?? 300_000;
  const random = options.random ?? Math.random;
  const exp = Math.min(max, base * 2 ** Math.max(0, Math.min(attempt, 30)));
  const delay = Math.floor(exp / 2 + random() * (exp / 2));
  return Math.max(delay, retryAfterMs ?? 0);
}
