/**
 * Locks after `timeoutMs` without the officer touching keyboard, mouse or screen. Pure timer logic (timers
 * injected) so the rule is tested without a browser; useAutoLock.ts wires it to the page.
 */
export type Timers = {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
};

export type IdleLock = {
  /** Any sign of the officer at the machine. Cheap: called on every event. */
  activity(): void;
  stop(): void;
};

export function createIdleLock(options: { timeoutMs: number; onIdle: () => void; now: () => number; timers: Timers }): IdleLock {
  const { timeoutMs, onIdle, now, timers } = options;
  let last = now();
  let handle: unknown = null;
  let stopped = false;

  const arm = (ms: number) => {
    handle = timers.setTimeout(check, ms);
  };
  // Re-checks elapsed time instead of re-arming on every event; a machine that slept past the deadline locks at once.
  function check() {
    if (stopped) return;
    const idle = now() - last;
    if (idle >= timeoutMs) {
      stopped = true;
      onIdle();
    } else arm(timeoutMs - idle);
  }
  arm(timeoutMs);

  return {
    activity() {
      if (stopped) return;
      last = now();
    },
    stop() {
      stopped = true;
      if (handle !== null) timers.clearTimeout(handle);
    },
  };
}
