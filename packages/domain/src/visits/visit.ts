import { z } from 'zod';
import { instantSchema, isoDateSchema } from '../dates.js';
import { recordFieldsCommon } from '../records/common-fields.js';
import { defineEntity, requireThat } from '../records/define-entity.js';
import { codeListSchema, timeOfDaySchema } from '../records/field-schemas.js';
import { villageCodeSchema } from '../regions/regions.js';
import { simCategories } from '../sim/sim-enums.js';
import { visitStatuses } from '../status/entity-statuses.js';
import { longTextSchema } from '../text.js';
import { visitServices } from './visit-services.js';

/**
 * `visits` (records.md): one stop of a mobile unit in a village on a day. Coordinators create and order them;
 * the unit's device moves them through their statuses. `simCategoriesOffered` narrows or widens the SIM
 * categories the visit renews (default A and C, see `simKelilingRenewalCategories`), so a coordinator can
 * change what is offered without a code change.
 */
export const visitEntity = defineEntity({
  entity: 'visits',
  description: 'One stop of a mobile unit in a village on a day',
  required: {
    villageCode: villageCodeSchema,
    date: isoDateSchema,
    order: z.number().int().min(1).max(100),
    servicesOffered: codeListSchema(visitServices),
    status: z.enum(visitStatuses),
    ...recordFieldsCommon.required,
  },
  optional: {
    plannedStart: timeOfDaySchema,
    simCategoriesOffered: codeListSchema(simCategories),
    arrivedAt: instantSchema,
    leftAt: instantSchema,
    notes: longTextSchema,
    ...recordFieldsCommon.optional,
  },
  refine: (r, ctx) => {
    requireThat(
      ctx,
      r.leftAt == null || (r.arrivedAt != null && r.leftAt >= r.arrivedAt),
      'leftAt',
      'Must be after arrivedAt',
    );
  },
});

export const visitSchema = visitEntity.record;
export const visitPatchSchema = visitEntity.patch;
export type Visit = z.infer<typeof visitSchema>;
