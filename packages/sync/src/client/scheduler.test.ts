import { describe, expect, it } from 'vitest';
import { backoffDelay } from './backoff.js';
import type { SyncError } from './errors.js';
import { emptyTally, type SyncReport } from './report.js';
import { createSyncScheduler, type Timers } from './scheduler.js';

function fakeTimers() {
  const pending: { fn: () => void; ms: number; id: number }[] = [];
  let ids = 0;
  const timers: Timers = {
    setTimeout: (fn, ms) => {
      const id = ++ids;
      pending.push({ fn, ms, id });
      return id;
    },
    clearTimeout: (id) => {
      const i = pending.findIndex((p) => p.id === id);
      if (i >= 0) pending.splice(i, 1);
    },
  };
  return {
    timers,
    pending,
    /** Run the next timer and let the round finish. */
    async fire() {
      const next = pending.shift();
      next?.fn();
      await new Promise((r) => setTimeout(r, 0));
      return next?.ms;
    },
  };
}

const report = (error?: SyncError): SyncReport => ({
  ok: !error,
  startedAt: '',
  finishedAt: '',
  pushed: emptyTally(),
  pulled: 0,
  resynced: false,
  pendingAfter: 0,
  ...(error ? { error } : {}),
});

describe('backoffDelay', () => {
  it('grows exponentially with jitter, capped, and honours Retry-After as a floor', () => {
    const opts = { baseMs: 1000, maxMs: 60_000 };
    expect(backoffDelay(0, { ...opts, random: () => 0 })).toBe(500);
    expect(backoffDelay(0, { ...opts, random: () => 0.999 })).toBe(999);
    expect(backoffDelay(3, { ...opts, random: () => 0 })).toBe(4000);
    expect(backoffDelay(20, { ...opts, random: () => 0.5 })).toBe(45_000);
    expect(backoffDelay(0, { ...opts, random: () => 0 }, 30_000)).toBe(30_000);
  });
});

describe('createSyncScheduler', () => {
  it('runs at once, then every interval while rounds succeed', async () => {
    const t = fakeTimers();
    let rounds = 0;
    const s = createSyncScheduler({
      sync: async () => {
        rounds++;
        return report();
      },
      intervalMs: 30_000,
      timers: t.timers,
    });
    s.start();
    expect(await t.fire()).toBe(0);
    expect(rounds).toBe(1);
    expect(s.nextDelay()).toBe(30_000);
    await t.fire();
    expect(rounds).toBe(2);
    s.stop();
    expect(t.pending).toHaveLength(0);
  });

  it('backs off after transient failures and resets on success', async () => {
    const t = fakeTimers();
    const results = [
      report({ kind: 'transient', code: 'network_error', message: '' }),
      report({ kind: 'transient', code: 'http_503', message: '' }),
      report({ kind: 'transient', code: 'rate_limited', message: '', retryAfterMs: 90_000 }),
      report(),
    ];
    const s = createSyncScheduler({
      sync: async () => results.shift()!,
      timers: t.timers,
      backoff: { baseMs: 1000, random: () => 0 },
    });
    s.start();
    await t.fire();
    expect(s.nextDelay()).toBe(500);
    await t.fire();
    expect(s.nextDelay()).toBe(1000);
    await t.fire();
    expect(s.nextDelay()).toBe(90_000);
    expect(s.failures()).toBe(3);
    await t.fire();
    expect(s.failures()).toBe(0);
    expect(s.nextDelay()).toBe(30_000);
  });

  it('stops on an auth error until triggered', async () => {
    const t = fakeTimers();
    const s = createSyncScheduler({
      sync: async () => report({ kind: 'auth', code: 'device_revoked', message: '' }),
      timers: t.timers,
    });
    s.start();
    await t.fire();
    expect(t.pending).toHaveLength(0);
    s.trigger();
    expect(t.pending).toHaveLength(1);
  });

  it('a sync function that throws counts as a failed round', async () => {
    const t = fakeTimers();
    const seen: SyncReport[] = [];
    const s = createSyncScheduler({
      sync: async () => {
        throw new Error('boom');
      },
      timers: t.timers,
      onReport: (r) => seen.push(r),
    });
    s.start();
    await t.fire();
    expect(seen[0]?.error).toMatchObject({ kind: 'fatal', code: 'internal_error' });
  });
});
