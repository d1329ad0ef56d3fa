import type { z } from 'zod';
import { fieldNames, patchSchema, type RecordDefinition, recordSchema } from './define-record.js';
import type { EntityName } from './entity-names.js';

type Shape = Readonly<Record<string, z.ZodType>>;

type WholeRecord<R extends Shape, O extends Shape> = z.output<ReturnType<typeof recordSchema<R, O>>>;

export type EntitySpec<R extends Shape, O extends Shape> = RecordDefinition<R, O> & {
  entity: EntityName;
  /** One line for the data-model document. */
  description: string;
  /** Rules across fields of a whole record that need nothing but the record (no date, no other record). */
  refine?: (record: WholeRecord<R, O>, ctx: z.core.$RefinementCtx<WholeRecord<R, O>>) => void;
};

/**
 * One entity, defined once: the whole-record schema (used when a record is created or submitted), the patch
 * schema (a sync change's `fields`) and the list of field names all come from the same `required`/`optional`
 * shapes.
 */
export function defineEntity<R extends Shape, O extends Shape>(spec: EntitySpec<R, O>) {
  const definition: RecordDefinition<R, O> = { required: spec.required, optional: spec.optional };
  const base = recordSchema(definition);
  const refine = spec.refine;
  const record = refine ? base.superRefine((value, ctx) => refine(value as WholeRecord<R, O>, ctx)) : base;
  return {
    entity: spec.entity,
    description: spec.description,
    definition,
    record,
    patch: patchSchema(definition),
    fields: fieldNames(definition),
    requiredFields: Object.keys(spec.required) as (keyof R & string)[],
  };
}

/** Adds an issue on `field` when `condition` is false: shorthand for the `refine` functions. */
export function requireThat(
  ctx: z.core.$RefinementCtx<unknown>,
  condition: boolean,
  field: string,
  message: string,
): void {
  if (!condition) ctx.addIssue({ code: 'custom', path: [field], message });
}
