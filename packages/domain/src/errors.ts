import { ruleCodes } from './rules/rule-codes.js';

/** Error codes of the sync contract (sync-api.md). Matched by code, never by text. */
export const protocolErrorCodes = [
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

/** Codes of failures returned by the domain's parsers (receipt and letter numbers, the village list). */
export const valueErrorCodes = ['invalid_receipt_number', 'invalid_letter_number', 'invalid_village_data'] as const;

/**
 * Every error code people may read: the contract's, the parsers', and the record rules' (`recordRules`), which
 * the server uses as the rejection code when a rule blocks a change (e.g. `fee_mismatch` on `feeRupiah`).
 */
export const errorCodes = [...protocolErrorCodes, ...valueErrorCodes, ...ruleCodes] as const;

export type ErrorCode = (typeof errorCodes)[number];

export function isErrorCode(s: string): s is ErrorCode {
  return (errorCodes as readonly string[]).includes(s);
}
