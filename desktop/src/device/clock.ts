import { clockMetaKey, createHlcClock, type HlcClock, isHlc } from '@keliling/sync';
import type { KelilingDb } from '../db/database';

/** Meta key of the clock's offset from the server (ms); `hlc.last` (clockMetaKey) holds the last HLC. */
export const clockOffsetMetaKey = 'hlc.offsetMs';

type ClockMeta = { last: string | null; offsetMs: number | null };

async function readClockMeta(db: KelilingDb): Promise<ClockMeta> {
  const [last, offset] = await Promise.all([db.meta.get(clockMetaKey), db.meta.get(clockOffsetMetaKey)]);
  return {
    last: typeof last?.value === 'string' ? last.value : null,
    offsetMs: typeof offset?.value === 'number' && Number.isFinite(offset.value) ? offset.value : null,
  };
}

/** The device's clock, restored from the last HLC and offset stored by any tab, so it never goes backwards. */
export async function loadClock(db: KelilingDb, nodeId: string, now?: () => number): Promise<HlcClock> {
  const stored = await readClockMeta(db);
  // Restored as `last` (trusted: our own HLC), not observed, so a wall clock set back cannot make it repeat.
  return createHlcClock({
    nodeId,
    ...(now ? { now } : {}),
    offsetMs: stored.offsetMs ?? 0,
    ...(stored.last !== null && isHlc(stored.last) ? { last: stored.last } : {}),
  });
}

/**
 * Brings this tab's clock up to what other tabs have stored. Inside a Dexie transaction over `meta` that also
 * stores the next HLC (see `persistClock`), every tab of the device issues distinct, increasing HLCs.
 */
export async function catchUpClock(db: KelilingDb, clock: HlcClock): Promise<void> {
  const stored = await readClockMeta(db);
  if (stored.offsetMs !== null && stored.offsetMs !== clock.offset()) clock.setOffset(stored.offsetMs);
  if (stored.last) clock.observe(stored.last);
}

/** Stores the clock's last HLC (never lowering what is stored) and its offset. */
export async function persistClock(db: KelilingDb, clock: HlcClock): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    const stored = await readClockMeta(db);
    const last = clock.last();
    if (last !== null && (stored.last === null || last > stored.last)) await db.meta.put({ key: clockMetaKey, value: last });
    await db.meta.put({ key: clockOffsetMetaKey, value: clock.offset() });
  });
}
