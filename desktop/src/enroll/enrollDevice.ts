import {
  createHttpTransport,
  createSyncEngine,
  enrollDevice,
  type FetchLike,
  type SyncReport,
  type SyncStorage,
} from '@keliling/sync';
import type { KelilingDb } from '../db/database';
import { loadClock, persistClock } from '../device/clock';
import { type DeviceIdentity, normalizeServerUrl, saveEnrollment } from '../device/identity';
import { depositEscrowIfPending, escrowPendingMetaKey } from '../security/escrow';
import { createEscrowClient } from '../security/escrowClient';
import { newDataKey } from '../security/keyWrap';
import type { Vault } from '../security/vault';

export type EnrollInput = { serverUrl: string; code: string; name: string };

export type EnrollDeps = { db: KelilingDb; vault: Vault; storage: SyncStorage; fetch?: FetchLike; now?: () => number };

/**
 * Enrolls this device with the server, then prepares it for its first sign-in: a new data key (held in memory, the
 * vault `provisional`), the token sealed with it, the key deposited in the server's escrow, and one sync round so
 * the unit's officers and their PIN verifiers are on the device. Throws errors carrying a `code` when enrollment
 * fails; the deposit and the first round may fail (offline halfway) and are retried later.
 */
export async function enrollThisDevice(deps: EnrollDeps, input: EnrollInput): Promise<DeviceIdentity> {
  const { db, vault } = deps;
  const server = normalizeServerUrl(input.serverUrl);
  if (!server.ok) throw Object.assign(new Error('invalid server url'), { code: server.code });
  const response = await enrollDevice(server.url, input.code.trim(), input.name.trim(), {
    headers: { 'accept-language': 'id' },
    ...(deps.fetch ? { fetch: deps.fetch } : {}),
  });
  const dataKey = newDataKey();
  vault.open(dataKey, null);
  dataKey.fill(0);
  await db.meta.put({ key: escrowPendingMetaKey, value: true });
  const identity = await saveEnrollment(db, {
    serverUrl: server.url,
    name: input.name.trim(),
    response,
    cipher: vault.cipher(),
    ...(deps.now ? { now: deps.now } : {}),
  });
  const escrow = createEscrowClient({
    serverUrl: identity.serverUrl,
    deviceId: identity.deviceId,
    token: identity.token,
    ...(deps.fetch ? { fetch: deps.fetch } : {}),
  });
  await depositEscrowIfPending(db, vault, escrow);
  await firstSync(deps, identity);
  return identity;
}

/** One sync round with the key in memory: brings the unit's officers (and its records) before anyone signs in. */
export async function firstSync(deps: EnrollDeps, identity: DeviceIdentity): Promise<SyncReport> {
  const clock = await loadClock(deps.db, identity.nodeId, deps.now);
  const transport = createHttpTransport({
    baseUrl: identity.serverUrl,
    token: identity.token,
    headers: { 'accept-language': 'id' },
    ...(deps.fetch ? { fetch: deps.fetch } : {}),
  });
  const engine = createSyncEngine({
    storage: deps.storage,
    transport,
    clock,
    limits: identity.limits,
    ...(deps.now ? { now: deps.now } : {}),
  });
  const report = await engine.syncOnce();
  await persistClock(deps.db, clock);
  return report;
}
