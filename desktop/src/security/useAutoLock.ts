import { useEffect } from 'react';
import type { Platform } from '../platform';
import { createIdleLock } from './idleLock';

const activityEvents = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;

/**
 * While mounted (an officer is signed in): lock after `idleMs` of inactivity, when the page is hidden (tab switched,
 * window minimised), and when Electron reports that the machine sleeps or its screen locks (lid closed).
 */
export function useAutoLock(lock: () => void, idleMs: number, platform: Platform, now: () => number = Date.now): void {
  useEffect(() => {
    const idle = createIdleLock({
      timeoutMs: idleMs,
      onIdle: lock,
      now,
      timers: { setTimeout: (callback, ms) => window.setTimeout(callback, ms), clearTimeout: (handle) => window.clearTimeout(handle as number) },
    });
    const onActivity = () => idle.activity();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') lock();
    };
    for (const event of activityEvents) window.addEventListener(event, onActivity, { passive: true });
    document.addEventListener('visibilitychange', onVisibility);
    const unsubscribeSystem = platform.onLockRequest?.(lock);
    return () => {
      idle.stop();
      for (const event of activityEvents) window.removeEventListener(event, onActivity);
      document.removeEventListener('visibilitychange', onVisibility);
      unsubscribeSystem?.();
    };
  }, [lock, idleMs, platform, now]);
}
