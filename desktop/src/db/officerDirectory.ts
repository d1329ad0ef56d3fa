import type { LocalRecord } from '@keliling/sync';
import type { KelilingDb, OfficerRow } from './database';

export const officerEntity = 'officers';

/** The sign-in directory's row for an `officers` record; null when deleted or not an officer who may sign in. */
export function officerRowOf(record: Pick<LocalRecord, 'entityId' | 'fields' | 'deleted'>): OfficerRow | null {
  const { fields } = record;
  if (record.deleted || typeof fields.name !== 'string' || typeof fields.unitId !== 'string') return null;
  return {
    id: record.entityId,
    unitId: fields.unitId,
    name: fields.name,
    ...(typeof fields.rank === 'string' ? { rank: fields.rank } : {}),
    nrp: typeof fields.nrp === 'string' ? fields.nrp : '',
    ...(typeof fields.pinVerifier === 'string' ? { pinVerifier: fields.pinVerifier } : {}),
    active: fields.active !== false,
  };
}

/**
 * Keeps the directory in step with an officer's record, inside the caller's transaction. A changed PIN verifier
 * (the PIN was reset) or a deactivated officer also drops the officer's wrapped data key, so the old PIN opens
 * nothing any more.
 */
export async function updateOfficerDirectory(
  db: KelilingDb,
  entityId: string,
  record: LocalRecord | null,
): Promise<void> {
  const next = record ? officerRowOf(record) : null;
  const current = await db.officers.get(entityId);
  if (!next) {
    if (current) await db.officers.delete(entityId);
    await db.keyring.delete(entityId);
    return;
  }
  if (current?.pinVerifier !== next.pinVerifier || !next.active) await db.keyring.delete(entityId);
  await db.officers.put(next);
}
