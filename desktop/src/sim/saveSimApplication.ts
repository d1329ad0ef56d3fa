import { makeReceiptNumber, type SimCategory, type SimFee, simApplicationSchema, simFee } from '@keliling/domain';
import { clockMetaKey, stampChange, type Change, type HlcClock, type SyncStorage } from '@keliling/sync';
import { ulid } from 'ulid';
import { type KelilingDb, syncTables } from '../db/database';
import { catchUpClock } from '../device/clock';
import type { DeviceIdentity } from '../device/identity';
import { localIsoDate } from '../ui/format';
import { deviceCodeFromNodeId } from './deviceCode';
import { phoneForRecord, type SimRenewalInput } from './simRenewalForm';

export const simEntity = 'sim_applications';
export const receiptSequenceMetaKey = 'receipt.sequence.SIM';

export type SavedSimApplication = { entityId: string; receiptNumber: string; feeRupiah: number; change: Change };

export type SaveSimError = { code: 'invalid_field' | 'no_fee'; message: string; field?: string };

export type SaveSimDeps = {
  db: KelilingDb;
  storage: SyncStorage;
  clock: HlcClock;
  identity: DeviceIdentity;
  /** The signed-in officer: every change records who made it (`by`). */
  by: string;
  now?: () => number;
  newId?: () => string;
};

/** The fee for a SIM renewal today, from the domain's fee table; null when no table covers it. */
export function renewalFee(category: SimCategory, today: string): SimFee | null {
  return simFee({ category, applicationType: 'renewal', on: today });
}

/**
 * Saves a SIM renewal as one change of a new record: the receipt number (device code + the next value of this
 * device's counter), the HLC and the outbox entry are taken and written in ONE Dexie transaction, so two tabs
 * never share a receipt number or an HLC and a crash leaves either all of it or none. Only Dexie is awaited
 * inside the transaction (sealing is synchronous: the storage encrypts without awaiting anything). The record is
 * checked against the domain's whole-record schema before it is written.
 */
export async function saveSimApplication(
  deps: SaveSimDeps,
  input: SimRenewalInput,
): Promise<{ ok: true; saved: SavedSimApplication } | { ok: false; error: SaveSimError }> {
  const { db, storage, clock, identity } = deps;
  const now = deps.now ?? Date.now;
  const newId = deps.newId ?? (() => ulid(now()));
  const today = localIsoDate(now());
  const feeRupiah = renewalFee(input.category, today)?.feeRupiah ?? null;
  if (feeRupiah === null) return { ok: false, error: { code: 'no_fee', message: 'Tarif untuk golongan ini tidak ditemukan.' } };

  const entityId = newId();
  const deviceCode = deviceCodeFromNodeId(identity.nodeId);
  const phone = phoneForRecord(input.phone);
  const baseFields = {
    applicationType: 'renewal',
    category: input.category,
    nik: input.nik,
    fullName: input.fullName,
    birthPlace: input.birthPlace,
    birthDate: input.birthDate,
    sex: input.sex,
    address: input.address,
    villageCode: input.villageCode,
    ...(phone !== undefined ? { phone } : {}),
    previousLicenseNumber: input.previousLicenseNumber,
    previousLicenseExpiry: input.previousLicenseExpiry,
    healthCertificateNumber: input.healthCertificateNumber,
    psychTestNumber: input.psychTestNumber,
    feeRupiah,
    status: 'submitted',
    unitId: identity.unit.id,
  };

  return db.transaction('rw', syncTables(db), async () => {
    await catchUpClock(db, clock);
    const previous = (await db.meta.get(receiptSequenceMetaKey))?.value;
    const sequence = (typeof previous === 'number' ? previous : 0) + 1;
    const receiptNumber = makeReceiptNumber({ service: 'SIM', deviceCode, sequence });
    const fields = { ...baseFields, receiptNumber, createdAt: new Date(now()).toISOString() };

    const checked = simApplicationSchema.safeParse(fields);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      const field = issue?.path[0];
      return {
        ok: false as const,
        error: { code: 'invalid_field' as const, message: issue?.message ?? 'invalid', ...(typeof field === 'string' ? { field } : {}) },
      };
    }

    const change = stampChange({ entity: simEntity, entityId, fields, by: deps.by }, clock, newId);
    await db.meta.put({ key: receiptSequenceMetaKey, value: sequence });
    await db.meta.put({ key: clockMetaKey, value: change.hlc });
    await storage.write(change);
    return { ok: true as const, saved: { entityId, receiptNumber, feeRupiah, change } };
  });
}
