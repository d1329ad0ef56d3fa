import { z } from 'zod';

type Shape = Readonly<Record<string, z.ZodType>>;

type Optional<S extends Shape> = { [K in keyof S]: z.ZodOptional<S[K]> };
type Clearable<S extends Shape> = { [K in keyof S]: z.ZodOptional<z.ZodNullable<S[K]>> };

/**
 * A record's fields, defined once. `required` fields must be present in a whole record and can never be
 * cleared; `optional` fields may be missing or null (cleared) in both the record and a patch.
 */
export type RecordDefinition<R extends Shape, O extends Shape> = { required: R; optional: O };

function mapShape<S extends Shape, T>(shape: S, f: (schema: S[keyof S]) => T): { [K in keyof S]: T } {
  return Object.fromEntries(Object.entries(shape).map(([k, s]) => [k, f(s as S[keyof S])])) as { [K in keyof S]: T };
}

function clearable<S extends Shape>(shape: S): Clearable<S> {
  return mapShape(shape, (s) => s.nullable().optional()) as Clearable<S>;
}

/** The whole-record schema (unknown fields refused). Add cross-field rules with `.superRefine`. */
export function recordSchema<R extends Shape, O extends Shape>(def: RecordDefinition<R, O>) {
  return z.strictObject({ ...def.required, ...clearable(def.optional) });
}

/**
 * The patch schema for a change's `fields`: every field optional; optional fields may be null, which
 * clears them. Unknown fields are refused.
 */
export function patchSchema<R extends Shape, O extends Shape>(def: RecordDefinition<R, O>) {
  const required = mapShape(def.required, (s) => s.optional()) as Optional<R>;
  return z.strictObject({ ...required, ...clearable(def.optional) });
}

export function fieldNames<R extends Shape, O extends Shape>(def: RecordDefinition<R, O>): (keyof R | keyof O)[] {
  return [...Object.keys(def.required), ...Object.keys(def.optional)];
}
