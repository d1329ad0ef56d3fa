import type { KelilingDb } from '../db/database';

/**
 * Local backoff after wrong PINs, per device (not per officer, so cycling through officers does not help):
 * four free tries, then 30 s, doubling up to 15 minutes. Kept in IndexedDB so a reload does not reset it. This slows
 * a person at the keyboard; a copied profile is protected by the KDF's cost instead (docs/security.md).
 */
export const signInAttemptsMetaKey = 'security.signInFailures';

export type SignInFailures = { count: number; retryAt: number };

const freeTries = 4;
const baseDelayMs = 30_000;
const maxDelayMs = 15 * 60_000;

export function delayAfterFailures(count: number): number {
  if (count < freeTries) return 0;
  return Math.min(maxDelayMs, baseDelayMs * 2 ** (count - freeTries));
}

function parse(value: unknown): SignInFailures {
  const v = value as Partial<SignInFailures> | undefined;
  return typeof v?.count === 'number' && typeof v.retryAt === 'number' ? { count: v.count, retryAt: v.retryAt } : { count: 0, retryAt: 0 };
}

export async function loadFailures(db: KelilingDb): Promise<SignInFailures> {
  return parse((await db.meta.get(signInAttemptsMetaKey))?.value);
}

export async function recordFailure(db: KelilingDb, now: number): Promise<SignInFailures> {
  return db.transaction('rw', db.meta, async () => {
    const count = parse((await db.meta.get(signInAttemptsMetaKey))?.value).count + 1;
    const next = { count, retryAt: now + delayAfterFailures(count) };
    await db.meta.put({ key: signInAttemptsMetaKey, value: next });
    return next;
  });
}

export async function clearFailures(db: KelilingDb): Promise<void> {
  await db.meta.delete(signInAttemptsMetaKey);
}
