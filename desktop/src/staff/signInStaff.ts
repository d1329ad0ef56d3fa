import { type FetchLike, login } from '@keliling/sync';
import { normalizeServerUrl } from '../device/identity';
import type { StaffSession } from './staffSession';

export type StaffSignInInput = { serverUrl: string; username: string; password: string };

/** `POST /api/v1/auth/login`; the session to keep. Throws errors carrying a `code` (`unauthorized`, `network_error`…). */
export async function signInStaff(
  input: StaffSignInInput,
  options: { fetch?: FetchLike; now?: () => number } = {},
): Promise<StaffSession> {
  const server = normalizeServerUrl(input.serverUrl);
  if (!server.ok) throw Object.assign(new Error('invalid server url'), { code: server.code });
  const username = input.username.trim();
  const response = await login(server.url, username, input.password, {
    headers: { 'accept-language': 'id' },
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  return {
    serverUrl: server.url,
    token: response.token,
    nodeId: response.nodeId,
    username,
    user: { id: response.user.id, role: response.user.role, unitId: response.user.unitId ?? null },
    signedInAt: new Date((options.now ?? Date.now)()).toISOString(),
  };
}
