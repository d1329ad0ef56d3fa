import type { z } from 'zod';
import { isEntityName } from './entity-names.js';
import { entitySchemas } from './entity-schemas.js';

export type FieldsError = {
  ok: false;
  code: 'invalid_field' | 'invalid_nik' | 'unknown_entity';
  /** Path of the offending field, e.g. `nik` or `photo.sha256`. */
  field?: string;
  message: string;
};

export type FieldsResult = { ok: true } | FieldsError;

function toError(issue: z.core.$ZodIssue): FieldsError {
  const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0] ?? ''] : issue.path;
  const field = path.map(String).join('.');
  const params = issue.code === 'custom' ? (issue.params as { code?: unknown } | undefined) : undefined;
  const code = params?.code === 'invalid_nik' ? 'invalid_nik' : 'invalid_field';
  const message = issue.code === 'unrecognized_keys' ? `Unknown field ${field}` : `${field}: ${issue.message}`;
  return field === '' ? { ok: false, code, message } : { ok: false, code, field, message };
}

function check(entity: string, fields: unknown, which: 'patch' | 'record'): FieldsResult {
  if (!isEntityName(entity)) return { ok: false, code: 'unknown_entity', message: `Unknown entity ${entity}` };
  const result = entitySchemas[entity][which].safeParse(fields);
  if (result.success) return { ok: true };
  const [first] = result.error.issues;
  return first ? toError(first) : { ok: false, code: 'invalid_field', message: 'Invalid fields' };
}

/** Checks a change's `fields` for an entity, as the server does before accepting it. */
export function validateFields(entity: string, fields: unknown): FieldsResult {
  return check(entity, fields, 'patch');
}

/**
 * Checks a whole record (a new record, or a stored record merged with a change): every required field present
 * and the entity's cross-field rules (a renewal names the SIM it renews, an issued report its letter number…).
 */
export function validateRecord(entity: string, fields: unknown): FieldsResult {
  return check(entity, fields, 'record');
}
