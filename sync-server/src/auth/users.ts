import type { SyncStore, User } from '../store/types.js';
import { hashPassword } from './password.js';
import type { Role } from './principal.js';

export const roles: readonly Role[] = ['officer', 'coordinator', 'hq', 'admin'];

export function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value);
}

export type AddUserError = 'unit_required' | 'unknown_unit' | 'username_taken';

export type NewUserInput = {
  username: string;
  role: Role;
  unitId?: string | null;
  /** Coordinators: the polres they cover (else their unit's). */
  polres?: string | null;
  name?: string | null;
  password: string;
};

/** Creates a staff account; officers belong to a unit, coordinators to a unit or a polres. */
export async function addUser(
  store: SyncStore,
  input: NewUserInput,
): Promise<{ ok: true; user: User } | { ok: false; code: AddUserError }> {
  const unitId = input.unitId ?? null;
  const polres = input.polres ?? null;
  if (input.role === 'officer' && unitId === null) return { ok: false, code: 'unit_required' };
  if (input.role === 'coordinator' && unitId === null && polres === null) return { ok: false, code: 'unit_required' };
  if (unitId !== null && !store.getUnit(unitId)) return { ok: false, code: 'unknown_unit' };
  if (store.findUserForLogin(input.username)) return { ok: false, code: 'username_taken' };
  const passwordHash = await hashPassword(input.password);
  try {
    return {
      ok: true,
      user: store.createUser({
        username: input.username,
        role: input.role,
        unitId,
        polres,
        name: input.name ?? null,
        passwordHash,
      }),
    };
  } catch (error) {
    // A disabled account keeps its username; the UNIQUE constraint reports it.
    if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') return { ok: false, code: 'username_taken' };
    throw error;
  }
}
