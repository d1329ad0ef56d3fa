import type { z } from 'zod';

type Def = {
  type: string;
  innerType?: z.ZodType;
  element?: z.ZodType;
  shape?: Readonly<Record<string, z.ZodType>>;
  entries?: Readonly<Record<string, string>>;
  values?: readonly unknown[];
  options?: readonly z.ZodType[];
  checks?: readonly { _zod: { def: { check: string; value?: number; inclusive?: boolean } } }[];
};

function defOf(schema: z.ZodType): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

function numberText(def: Def): string {
  const checks = (def.checks ?? []).map((c) => c._zod.def);
  const int = checks.some((c) => c.check === 'number_format') ? 'integer' : 'number';
  const min = checks.find((c) => c.check === 'greater_than');
  const max = checks.find((c) => c.check === 'less_than');
  const bounds = [min ? `≥ ${min.value}` : '', max ? `≤ ${max.value}` : ''].filter(Boolean).join(', ');
  return bounds ? `${int} ${bounds}` : int;
}

/**
 * A short, human description of a field's schema for the data-model document: the schema's own
 * `.describe()` text where it has one, else its shape (`text`, `integer ≥ 0`, `A | B`, `list of …`).
 */
export function describeSchema(schema: z.ZodType): string {
  if (schema.description) return schema.description;
  const def = defOf(schema);
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'readonly':
      return def.innerType ? describeSchema(def.innerType) : def.type;
    case 'string':
      return 'text';
    case 'number':
      return numberText(def);
    case 'boolean':
      return 'true/false';
    case 'enum':
      return Object.values(def.entries ?? {})
        .map((v) => `\`${v}\``)
        .join(' \\| ');
    case 'literal':
      return (def.values ?? []).map((v) => `\`${String(v)}\``).join(' \\| ');
    case 'array':
      return def.element ? `list of ${describeSchema(def.element)}` : 'list';
    case 'object':
      return `{ ${Object.entries(def.shape ?? {})
        .map(([k, s]) => `${k}: ${describeSchema(s)}`)
        .join('; ')} }`;
    case 'union':
      return (def.options ?? []).map(describeSchema).join(' or ');
    default:
      return def.type;
  }
}
