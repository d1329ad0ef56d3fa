import { type SimCategory, type SimFee, simFee, type VisitService } from '@keliling/domain';
import type { Change } from '@keliling/sync';
import { type SaveDeps, saveNewRecord, receiptSequenceMetaKey as sequenceKey } from '../forms/saveRecord';
import { msg } from '../i18n/i18n';
import { localIsoDate } from '../ui/format';
import { phoneForRecord, type SimRenewalInput } from './simRenewalForm';

export const simEntity = 'sim_applications';
export const receiptSequenceMetaKey = sequenceKey('SIM');

export type SavedSimApplication = { entityId: string; receiptNumber: string; feeRupiah: number; change: Change };

export type SaveSimError = { code: string; message: string; field?: string };

export type SaveSimDeps = SaveDeps;

/** The fee for a SIM renewal today, from the domain's fee table; null when no table covers it. */
export function renewalFee(category: SimCategory, today: string): SimFee | null {
  return simFee({ category, applicationType: 'renewal', on: today });
}

/**
 * Saves a SIM renewal through the generic save path (forms/saveRecord.ts): one change of a new record with this
 * device's next SIM receipt number, checked against the domain's whole-record schema and rules first.
 */
export async function saveSimApplication(
  deps: SaveSimDeps,
  input: SimRenewalInput,
  /** The visit in progress, which the application links to (and whose services the domain checks). */
  visit: { id: string; servicesOffered: readonly VisitService[] } | null = null,
): Promise<{ ok: true; saved: SavedSimApplication } | { ok: false; error: SaveSimError }> {
  const now = deps.now ?? Date.now;
  const feeRupiah = renewalFee(input.category, localIsoDate(now()))?.feeRupiah ?? null;
  if (feeRupiah === null)
    return { ok: false, error: { code: 'no_fee', message: msg('Tarif untuk golongan ini tidak ditemukan.') } };
  const phone = phoneForRecord(input.phone);
  const result = await saveNewRecord(deps, {
    entity: simEntity,
    receiptService: 'SIM',
    fields: {
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
      ...(visit ? { visitId: visit.id } : {}),
    },
    ...(visit ? { visit: { servicesOffered: visit.servicesOffered } } : {}),
  });
  if (!result.ok) return result;
  const { entityId, receiptNumber, changes } = result.saved;
  const [change] = changes;
  if (!receiptNumber || !change) throw new Error('a SIM application is saved with a receipt number');
  return { ok: true, saved: { entityId, receiptNumber, feeRupiah, change } };
}
