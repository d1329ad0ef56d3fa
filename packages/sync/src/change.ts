import { z } from 'zod';
import { isHlc } from './hlc.js';

/** Ids of changes and records: 1–64 characters of [0-9A-Za-z_-] (ULIDs or UUIDv7s recommended). */
export const idSchema = z.string().regex(/^[0-9A-Za-z_-]{1,64}$/, 'expected 1–64 characters of [0-9A-Za-z_-]');

export const hlcSchema = z
  .string()
  .refine(isHlc, { message: 'expected an HLC like 2026-11-28T02:43:00.123Z-0001-9f3a6c2e1b7d4a05' });

/** One change, as sync-api.md "Changes" defines it. Unknown keys are tolerated (the contract may grow optional fields). */
export const changeSchema = z.object({
  id: idSchema,
  entity: z.string().min(1).max(64),
  entityId: idSchema,
  hlc: hlcSchema,
  fields: z.record(z.string(), z.unknown()),
  deleted: z.boolean().optional(),
  by: z.string().optional(),
  baseHlc: hlcSchema.optional(),
});

export type Change = {
  id: string;
  entity: string;
  entityId: string;
  hlc: string;
  fields: Record<string, unknown>;
  deleted?: boolean;
  by?: string;
  baseHlc?: string;
};

/** A record is addressed by its entity and id; this key is how local stores and the merge index it. */
export function recordKey(entity: string, entityId: string): string {
  return `${entity}/${entityId}`;
}
