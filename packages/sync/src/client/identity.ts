import { type EnrollResponse, enrollResponseSchema, type LoginResponse, loginResponseSchema } from '../protocol.js';
import { type FetchLike, requestJson } from './http.js';

export type IdentityOptions = { fetch?: FetchLike; headers?: Record<string, string> };

/** Enroll this device with a single-use code from a coordinator or HQ. Throws SyncHttpError (410 enrollment_code_invalid). */
export function enrollDevice(
  baseUrl: string,
  code: string,
  name: string,
  options: IdentityOptions = {},
): Promise<EnrollResponse> {
  return requestJson({ baseUrl, ...options }, 'POST', '/devices/enroll', enrollResponseSchema, { code, name });
}

/** Staff sign-in; every login gets a fresh nodeId for its HLCs. Throws SyncHttpError (401 unauthorized). */
export function login(
  baseUrl: string,
  username: string,
  password: string,
  options: IdentityOptions = {},
): Promise<LoginResponse> {
  return requestJson({ baseUrl, ...options }, 'POST', '/auth/login', loginResponseSchema, { username, password });
}
