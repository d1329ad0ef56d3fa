import { describe, expect, it } from 'vitest';
import { createIdleLock, type Timers } from './idleLock';

function fakeTime() {
  let now = 0;
  const pending: { at: number; callback: () => void; id: number }[] = [];
  let nextId = 1;
  const timers: Timers = {
    setTimeout(callback, ms) {
      const id = nextId++;
      pending.push({ at: now + ms, callback, id });
      return id;
    },
    clearTimeout(handle) {
      const i = pending.findIndex((t) => t.id === handle);
      if (i >= 0) pending.splice(i, 1);
    },
  };
  const advance = (ms: number) => {
    const until = now + ms;
    for (;;) {
      pending.sort((a, b) => a.at - b.at);
      const next = pending[0];
      if (!next || next.at > until) break;
      pending.shift();
      now = next.at;
      next.callback();
    }
    now = until;
  };
  return { timers, now: () => now, advance, jump: (ms: number) => (now += ms) };
}

describe('idle lock', () => {
  it('locks after the timeout without activity, and activity postpones it', () => {
    const time = fakeTime();
    let locks = 0;
    createIdleLock({ timeoutMs: 300_000, onIdle: () => locks++, now: time.now, timers: time.timers }).activity();
    time.advance(299_999);
    expect(locks).toBe(0);
    time.advance(1);
    expect(locks).toBe(1);
    time.advance(10 * 300_000);
    expect(locks).toBe(1);

    let second = 0;
    const idle = createIdleLock({ timeoutMs: 300_000, onIdle: () => second++, now: time.now, timers: time.timers });
    time.advance(200_000);
    idle.activity();
    time.advance(200_000);
    expect(second).toBe(0);
    time.advance(100_000);
    expect(second).toBe(1);
  });

  it('locks at once after the machine slept past the deadline, and not at all once stopped', () => {
    const time = fakeTime();
    let locks = 0;
    const idle = createIdleLock({ timeoutMs: 60_000, onIdle: () => locks++, now: time.now, timers: time.timers });
    time.jump(3_600_000);
    time.advance(0);
    expect(locks).toBe(1);
    const stopped = createIdleLock({ timeoutMs: 60_000, onIdle: () => locks++, now: time.now, timers: time.timers });
    stopped.stop();
    time.advance(120_000);
    expect(locks).toBe(1);
    idle.stop();
  });
});
