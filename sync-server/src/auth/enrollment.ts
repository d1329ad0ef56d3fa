import type { SyncStore } from '../store/types.js';
import { enrollmentCodeHash, newEnrollmentCode } from './tokens.js';

export const defaultEnrollmentTtlMs = 24 * 60 * 60 * 1000;

/** Makes a single-use enrollment code for a unit; only its hash is stored, so the code is shown once. */
export function issueEnrollmentCode(
  store: SyncStore,
  input: { unitId: string; ttlMs?: number; createdBy?: string | null; now?: number },
): { ok: true; code: string; unitId: string; expiresAt: string } | { ok: false; code: 'unknown_unit' } {
  if (!store.getUnit(input.unitId)) return { ok: false, code: 'unknown_unit' };
  const code = newEnrollmentCode();
  const expiresAt = new Date((input.now ?? Date.now()) + (input.ttlMs ?? defaultEnrollmentTtlMs));
  store.createEnrollmentCode({
    codeHash: enrollmentCodeHash(code)!,
    unitId: input.unitId,
    createdBy: input.createdBy ?? null,
    expiresAt,
  });
  return { ok: true, code, unitId: input.unitId, expiresAt: expiresAt.toISOString() };
}
