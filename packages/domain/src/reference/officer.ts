import { z } from 'zod';
import { instantSchema } from '../dates.js';
import { recordIdSchema } from '../ids.js';
import { defineEntity } from '../records/define-entity.js';
import { roles } from '../roles.js';
import { shortTextSchema } from '../text.js';

/** NRP (8 digits) for police officers, NIP (18 digits) for civil servants of Polri. */
export const nrpSchema = z
  .string()
  .regex(/^(\d{8}|\d{18})$/, { message: 'Must be an NRP (8 digits) or NIP (18 digits)' })
  .describe('NRP, 8 digits (or NIP, 18)');

/**
 * What a device needs to check an officer's PIN offline, never the PIN itself: a salted slow hash written
 * `pbkdf2-sha256$<iterations>$<salt>$<hash>` (WebCrypto can compute it) or `scrypt$<N>$<r>$<p>$<salt>$<hash>`,
 * salt and hash in base64url.
 */
export const pinVerifierSchema = z
  .string()
  .max(300)
  .regex(
    /^(?:pbkdf2-sha256\$[1-9]\d{3,7}|scrypt\$[1-9]\d*\$[1-9]\d*\$[1-9]\d*)\$[A-Za-z0-9_-]{16,}\$[A-Za-z0-9_-]{32,}$/,
    {
      message: 'Must be pbkdf2-sha256$<iterations>$<salt>$<hash> or scrypt$N$r$p$<salt>$<hash>',
    },
  )
  .describe('salted PIN hash (pbkdf2-sha256 or scrypt)');

/** `officers` (records.md): pulled only by devices of the officer's unit. */
export const officerEntity = defineEntity({
  entity: 'officers',
  description: "An officer of a unit, with what a device needs to check the officer's PIN offline",
  required: {
    unitId: recordIdSchema,
    name: shortTextSchema,
    nrp: nrpSchema,
    role: z.enum(roles),
  },
  optional: {
    rank: shortTextSchema,
    username: recordIdSchema,
    pinVerifier: pinVerifierSchema,
    active: z.boolean(),
    createdAt: instantSchema,
    createdBy: recordIdSchema,
  },
});

export const officerSchema = officerEntity.record;
export const officerPatchSchema = officerEntity.patch;
export type Officer = z.infer<typeof officerSchema>;
