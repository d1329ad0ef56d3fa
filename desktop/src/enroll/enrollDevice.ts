import { enrollDevice, type FetchLike } from '@keliling/sync';
import type { KelilingDb } from '../db/database';
import { type DeviceIdentity, normalizeServerUrl, saveEnrollment } from '../device/identity';

export type EnrollInput = { serverUrl: string; code: string; name: string };

/** Enrolls this device with the server and stores its identity. Throws errors carrying a `code`. */
export async function enrollThisDevice(db: KelilingDb, input: EnrollInput, options: { fetch?: FetchLike; now?: () => number } = {}): Promise<DeviceIdentity> {
  const server = normalizeServerUrl(input.serverUrl);
  if (!server.ok) throw Object.assign(new Error('invalid server url'), { code: server.code });
  const response = await enrollDevice(server.url, input.code.trim(), input.name.trim(), {
    headers: { 'accept-language': 'id' },
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  return saveEnrollment(db, { serverUrl: server.url, name: input.name.trim(), response, ...(options.now ? { now: options.now } : {}) });
}
