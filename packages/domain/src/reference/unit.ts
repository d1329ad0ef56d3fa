import { z } from 'zod';
import { referenceFieldsCommon } from '../records/common-fields.js';
import { defineEntity, requireThat } from '../records/define-entity.js';
import { latitudeSchema, longitudeSchema, officeCodeSchema } from '../records/field-schemas.js';
import { shortTextSchema } from '../text.js';

export const unitKinds = ['mobile', 'service_desk'] as const;
export type UnitKind = (typeof unitKinds)[number];

/**
 * `units` (records.md): reference data pulled by every device; no `unitId` (the record's id is the unit's id).
 * `officeCode` is how the unit's office is written at the end of its letter numbers.
 */
export const unitEntity = defineEntity({
  entity: 'units',
  description: 'A mobile unit or service desk of a Polres (reference data)',
  required: {
    name: shortTextSchema,
    polres: shortTextSchema,
  },
  optional: {
    kind: z.enum(unitKinds),
    baseLat: latitudeSchema,
    baseLng: longitudeSchema,
    officeCode: officeCodeSchema,
    ...referenceFieldsCommon.optional,
  },
  refine: (r, ctx) => {
    requireThat(
      ctx,
      (r.baseLat == null) === (r.baseLng == null),
      'baseLng',
      'Give both baseLat and baseLng, or neither',
    );
  },
});

export const unitSchema = unitEntity.record;
export const unitPatchSchema = unitEntity.patch;
export type Unit = z.infer<typeof unitSchema>;
