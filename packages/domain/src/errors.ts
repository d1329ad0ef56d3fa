/** Error codes shared by the server, the sync client and the app (sync-api.md). Matched by code, never by text. */
export const errorCodes = [
  'invalid_nik',
  'invalid_field',
  'forbidden_transition',
  'out_of_scope',
  'unknown_entity',
  'id_reused',
  'clock_skew',
  'unauthorized',
  'device_revoked',
  'forbidden',
  'not_found',
  'resync_required',
  'enrollment_code_invalid',
  'batch_too_large',
  'rate_limited',
  'invalid_json',
  'invalid_request',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export function isErrorCode(s: string): s is ErrorCode {
  return (errorCodes as readonly string[]).includes(s);
}
