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

/** Checks a change's `fields` for an entity, as the server does before accepting it. */
export function validateFields(entity: string, fields: unknown): FieldsResult {
  if (!isEntityName(entity)) return { ok: false, code: 'unknown_entity', message: `Unknown entity ${entity}` };
  const result = entitySchemas[entity].patch.safeParse(fields);
  if (result.success) return { ok: true };
  const [first] = result.error.issues;
  return first ? toError(first) : { ok: false, code: 'invalid_field', message: 'Invalid fields' };
}

/** Checks a whole record where the entity has a record schema; others pass their patch checks. */
export function validateRecord(entity: string, fields: unknown): FieldsResult {
  if (!isEntityName(entity)) return { ok: false, code: 'unknown_entity', message: `Unknown entity ${entity}` };
  const schemas = entitySchemas[entity];
  const result = (schemas.record ?? schemas.patch).safeParse(fields);
  if (result.success) return { ok: true };
  const [first] = result.error.issues;
  return first ? toError(first) : { ok: false, code: 'invalid_field', message: 'Invalid fields' };
}
