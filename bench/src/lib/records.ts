import { initialStatuses, type SimApplication } from '@keliling/domain';
import { type GeneratedRecord, generateSimApplications, loadVillages } from '@keliling/fixtures';
import { type Change, type HlcClock, newUlid } from '@keliling/sync';

export type SimRecord = GeneratedRecord<SimApplication>;

/** The two mobile units of the demo seed (records of one device all belong to its unit). */
export const benchUnits = ['unit-sleman-1', 'unit-sleman-2'] as const;

const sleman = loadVillages('sleman');

const creatable = new Set(initialStatuses.sim_applications ?? ['draft', 'submitted']);

/**
 * Deterministic, valid SIM applications of one unit, as a field device creates them: the generator spreads them
 * over the whole lifecycle, but a record is created only as a draft or submitted (HQ moves it on), so later
 * statuses become `submitted` here.
 */
export function simRecords(count: number, unitId: string, seed: string): SimRecord[] {
  return generateSimApplications({ seed, count, unitId, villages: sleman }).map((record) => {
    if (creatable.has(record.fields.status)) return record;
    const { statusReason: _reason, ...fields } = record.fields;
    return { id: record.id, fields: { ...fields, status: 'submitted' } };
  });
}

/** One creating change per record, stamped with the device's clock, as the engine would push them. */
export function creatingChanges(records: readonly SimRecord[], clock: HlcClock, by = 'officer-sleman-1-a'): Change[] {
  return records.map((record) => ({
    id: newUlid(),
    entity: 'sim_applications',
    entityId: record.id,
    hlc: clock.next(),
    fields: { ...record.fields },
    by,
  }));
}

/** What the records weigh as plain JSON (no envelope, no compression): the baseline of the wire figures. */
export function plainJsonBytes(records: readonly SimRecord[]): number {
  let bytes = 0;
  for (const record of records) bytes += Buffer.byteLength(JSON.stringify({ id: record.id, ...record.fields }));
  return bytes;
}

export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
