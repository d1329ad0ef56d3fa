import { z } from 'zod';
import { instantSchema, isoDateSchema } from '../dates.js';
import { recordIdSchema } from '../ids.js';
import { nikSchema } from '../nik/check-nik.js';
import { phoneSchema } from '../phone.js';
import { villageCodeSchema } from '../regions/regions.js';
import { sexes } from '../sim/sim-enums.js';

const fieldNamePattern = /^[a-z][A-Za-z0-9]{0,63}$/;
const maxStringLength = 10_000;

function stringsWithin(value: unknown, max: number): boolean {
  if (typeof value === 'string') return value.length <= max;
  if (Array.isArray(value)) return value.every((v) => stringsWithin(v, max));
  if (value !== null && typeof value === 'object') return Object.values(value).every((v) => stringsWithin(v, max));
  return true;
}

/**
 * Interim patch schema for entities whose fields are not defined yet (issue 4 replaces each with its
 * own definition): camelCase field names, JSON values with bounded strings, and the structured fields
 * that records.md gives the same meaning everywhere checked strictly. Any field may be cleared (null).
 */
export const basicPatchSchema = z
  .looseObject({
    unitId: recordIdSchema.optional(),
    createdAt: instantSchema.optional(),
    createdBy: recordIdSchema.nullish(),
    nik: nikSchema.nullish(),
    birthDate: isoDateSchema.nullish(),
    sex: z.enum(sexes).nullish(),
    phone: phoneSchema.nullish(),
    villageCode: villageCodeSchema.nullish(),
    visitId: recordIdSchema.nullish(),
  })
  .catchall(z.json())
  .superRefine((fields, ctx) => {
    for (const [name, value] of Object.entries(fields)) {
      if (!fieldNamePattern.test(name)) {
        ctx.addIssue({ code: 'custom', path: [name], message: 'Field names are camelCase letters and digits' });
      } else if (!stringsWithin(value, maxStringLength)) {
        ctx.addIssue({ code: 'custom', path: [name], message: `Text longer than ${maxStringLength} characters` });
      }
    }
  });
