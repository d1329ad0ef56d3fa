import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { describeSchema } from './describe-schema.js';
import { entityDefinitions } from './entity-schemas.js';

describe('describeSchema', () => {
  it('reads descriptions and shapes', () => {
    const sim = entityDefinitions.sim_applications.definition;
    expect(describeSchema(sim.required.nik as z.ZodType)).toBe('NIK, 16 digits');
    expect(describeSchema(sim.required.sex as z.ZodType)).toBe('`L` \\| `P`');
    expect(describeSchema(sim.required.feeRupiah as z.ZodType)).toBe('integer rupiah ≥ 0');
    expect(describeSchema(z.number().int().min(1).max(100))).toBe('integer ≥ 1, ≤ 100');
    expect(describeSchema(z.array(z.boolean()).optional())).toBe('list of true/false');
    expect(describeSchema(z.strictObject({ a: z.string() }))).toBe('{ a: text }');
  });

  it('describes every field of every entity without falling back to a raw type name', () => {
    for (const def of Object.values(entityDefinitions)) {
      for (const schema of [...Object.values(def.definition.required), ...Object.values(def.definition.optional)]) {
        expect(describeSchema(schema)).not.toMatch(/^(pipe|custom|transform|any|unknown)$/);
      }
    }
  });
});
