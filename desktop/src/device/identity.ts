import { limitsSchema, nodeIdSchema, type EnrollResponse } from '@keliling/sync';
import { z } from 'zod';
import type { KelilingDb } from '../db/database';
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

export const deviceMetaKey = 'device';

/** The enrolled identity, or null before enrollment (or if what is stored is unreadable). */
export async function loadIdentity(db: KelilingDb): Promise<DeviceIdentity | null> {
  const row = await db.meta.get(deviceMetaKey);
  const parsed = deviceIdentitySchema.safeParse(row?.value);
  return parsed.success ? parsed.data : null;
}

/** Stores the server's answer to an enrollment, and the clock offset it implies, in one transaction. */
export async function saveEnrollment(
  db: KelilingDb,
  input: { serverUrl: string; name: string; response: EnrollResponse; now?: () => number },
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
  await db.transaction('rw', db.meta, async () => {
    await db.meta.put({ key: deviceMetaKey, value: identity });
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
