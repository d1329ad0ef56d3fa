import type { SyncState } from '@keliling/sync';

/** The entities the records list shows: what officers capture for residents (not reference data or child rows). */
export const serviceEntities = [
  'sim_applications',
  'skck_applications',
  'lost_item_reports',
  'complaints',
  'crowd_permit_requests',
  'outreach_sessions',
] as const;
export type ServiceEntity = (typeof serviceEntities)[number];

export function isServiceEntity(entity: string): entity is ServiceEntity {
  return (serviceEntities as readonly string[]).includes(entity);
}

/** The version of the index columns `sealView` writes; rows below it are recomputed at sign-in (db/reindex.ts). */
export const indexVersion = 4;

/** What the records list filters by. Absent = any. */
export type RecordFilter = {
  entity?: ServiceEntity;
  status?: string;
  syncState?: SyncState;
  visitId?: string;
  /** A NIK (16 digits), a receipt number, or the starts of name words. */
  search?: string;
};

/** Receipt numbers as typed: case and spaces do not matter ("sim-7k2p 0001-x" finds SIM-7K2P-0001-X). */
export function normalizeReceipt(text: string): string {
  return text.trim().toUpperCase().replace(/\s+/g, '');
}

/** A typed query that looks like a receipt number: a service code, a dash, then more. */
export function looksLikeReceipt(text: string): boolean {
  return /^[A-Z]{2,6}-[0-9A-Z-]{4,}$/.test(normalizeReceipt(text));
}
