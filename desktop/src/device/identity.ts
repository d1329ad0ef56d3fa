import { limitsSchema, nodeIdSchema, type EnrollResponse } from '@keliling/sync';
import { z } from 'zod';
import type { KelilingDb } from '../db/database';
import type { RecordCipher } from '../security/recordCipher';
import { clockOffsetMetaKey } from './clock';

/** What this device knows about itself after enrollment. Kept in Dexie meta under `device`. */
export const deviceIdentitySchema = z.object({
  deviceId: z.string().min(1),
  nodeId: nodeIdSchema,
  token: z.string().min(1),
  unit: z.object({ id: z.string().min(1), name: z.string() }),
  limits: limitsSchema,
  serverUrl: z.string().url(),
  name: z.string(),
  enrolledAt: z.string(),
});
export type DeviceIdentity = z.infer<typeof deviceIdentitySchema>;

/**
 * What is stored in clear: everything but the token. The token would let whoever copies the profile pull the
 * unit's records from the server, so it is sealed with the data key (`device.token`). Devices enrolled before
 * encryption still have it here until their first sign-in seals it.
 */
export const storedIdentitySchema = deviceIdentitySchema.omit({ token: true }).extend({ token: z.string().min(1).optional() });
export type StoredIdentity = z.infer<typeof storedIdentitySchema>;

export const deviceMetaKey = 'device';
export const sealedTokenMetaKey = 'device.token';
const tokenPlace = 'meta/device.token';

/** The enrolled identity without its token, or null before enrollment (or if what is stored is unreadable). */
export async function loadIdentity(db: KelilingDb): Promise<StoredIdentity | null> {
  const row = await db.meta.get(deviceMetaKey);
  const parsed = storedIdentitySchema.safeParse(row?.value);
  return parsed.success ? parsed.data : null;
}

/** The whole identity, token opened with the data key (a clear token of an older install is sealed now). */
export async function unlockIdentity(db: KelilingDb, cipher: RecordCipher): Promise<DeviceIdentity | null> {
  const stored = await loadIdentity(db);
  if (!stored) return null;
  const sealed = (await db.meta.get(sealedTokenMetaKey))?.value;
  if (sealed instanceof Uint8Array) {
    const token = cipher.open(sealed, tokenPlace);
    return typeof token === 'string' ? { ...stored, token } : null;
  }
  if (!stored.token) return null;
  const { token, ...rest } = stored;
  await db.transaction('rw', db.meta, async () => {
    await db.meta.put({ key: sealedTokenMetaKey, value: cipher.seal(token, tokenPlace) });
    await db.meta.put({ key: deviceMetaKey, value: rest });
  });
  return { ...rest, token };
}

/**
 * Stores the server's answer to an enrollment (token sealed with `cipher`), and the clock offset it implies, in one
 * transaction.
 */
export async function saveEnrollment(
  db: KelilingDb,
  input: { serverUrl: string; name: string; response: EnrollResponse; cipher: RecordCipher; now?: () => number },
): Promise<DeviceIdentity> {
  const now = input.now ?? Date.now;
  const { response } = input;
  const identity: DeviceIdentity = {
    deviceId: response.deviceId,
    nodeId: response.nodeId,
    token: response.token,
    unit: response.unit,
    limits: response.limits,
    serverUrl: input.serverUrl,
    name: input.name,
    enrolledAt: new Date(now()).toISOString(),
  };
  const serverTime = Date.parse(response.serverTime);
  const { token, ...stored } = identity;
  const sealedToken = input.cipher.seal(token, tokenPlace);
  await db.transaction('rw', db.meta, async () => {
    await db.meta.put({ key: deviceMetaKey, value: stored });
    await db.meta.put({ key: sealedTokenMetaKey, value: sealedToken });
    await db.meta.put({ key: 'limits', value: response.limits });
    if (Number.isFinite(serverTime)) await db.meta.put({ key: clockOffsetMetaKey, value: Math.round(serverTime - now()) });
  });
  return identity;
}

/**
 * The server address an officer typed, normalised to its origin plus path without a trailing slash; an error code
 * when it is not an http(s) URL.
 */
export function normalizeServerUrl(input: string): { ok: true; url: string } | { ok: false; code: 'invalid_server_url' } {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return { ok: false, code: 'invalid_server_url' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, code: 'invalid_server_url' };
  if (url.username || url.password || url.search || url.hash) return { ok: false, code: 'invalid_server_url' };
  return { ok: true, url: `${url.origin}${url.pathname.replace(/\/+$/, '')}` };
}

/** The page's own origin when the app is served by the sync server (http/https), else '' (Electron's app://). */
export function defaultServerUrl(location: Pick<Location, 'protocol' | 'origin'> | undefined = globalThis.location): string {
  if (!location) return '';
  return location.protocol === 'http:' || location.protocol === 'https:' ? location.origin : '';
}
