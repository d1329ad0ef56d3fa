import { createHlcClock, type PushResponse } from '@keliling/sync';
import { benchUnits, chunks, creatingChanges, type SimRecord, simRecords } from './records.js';
import type { Enrolled } from './server.js';

/** One simulated device's work: its records and the push bodies it sends, made before any timing starts. */
export type DevicePlan = { device: Enrolled; records: SimRecord[]; bodies: string[]; changes: number };

/**
 * `total` records split over `devices` devices (device i in unit i mod 2). Made before the devices enroll, so no
 * device sits idle on a kept-alive connection between its first call and its pushes.
 */
export function recordsForDevices(devices: number, total: number, seed: string): SimRecord[][] {
  return Array.from({ length: devices }, (_, i) => {
    const count = Math.floor(total / devices) + (i < total % devices ? 1 : 0);
    return simRecords(count, unitOfDevice(i), `${seed}-${i}`);
  });
}

/** Each device's records as creating changes stamped with its clock, in push bodies of at most `batch` changes. */
export function planDevices(
  devices: readonly Enrolled[],
  records: readonly SimRecord[][],
  batch: number,
): DevicePlan[] {
  return devices.map((device, i) => {
    const own = records[i] ?? [];
    const clock = createHlcClock({ nodeId: device.nodeId });
    const changes = creatingChanges(own, clock, officerOf(unitOfDevice(i)));
    const bodies = chunks(changes, batch).map((part) => JSON.stringify({ changes: part }));
    return { device, records: own, bodies, changes: changes.length };
  });
}

export const unitOfDevice = (i: number): string => benchUnits[i % benchUnits.length]!;
export const officerOf = (unitId: string): string => `officer-${unitId.replace('unit-', '')}-a`;

export type PushTally = { applied: number; other: Record<string, number> };

/** POST one batch; throws on any non-200. */
export async function pushBody(baseUrl: string, token: string, body: string, tally: PushTally): Promise<void> {
  const res = await fetch(`${baseUrl}/api/v1/sync/push`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body,
  });
  if (res.status !== 200) throw new Error(`push answered ${res.status}: ${(await res.text()).slice(0, 500)}`);
  const { results } = (await res.json()) as PushResponse;
  for (const result of results) {
    if (result.status === 'applied') tally.applied++;
    else {
      const key = `${result.status}${result.reason ? `:${result.reason.code}` : ''}`;
      tally.other[key] = (tally.other[key] ?? 0) + 1;
    }
  }
}

/** Every device pushes its batches one after another; the devices run in parallel. */
export async function pushAll(baseUrl: string, plans: readonly DevicePlan[]): Promise<PushTally> {
  const tally: PushTally = { applied: 0, other: {} };
  await Promise.all(
    plans.map(async (plan) => {
      for (const body of plan.bodies) await pushBody(baseUrl, plan.device.token, body, tally);
    }),
  );
  return tally;
}
