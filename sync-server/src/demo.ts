import { demoSeed } from '@keliling/fixtures';
import { issueEnrollmentCode } from './auth/enrollment.js';
import { makePinVerifier } from './auth/pin-verifier.js';
import { addUser } from './auth/users.js';
import type { SyncStore } from './store/types.js';

/** The unit whose enrollment code a demo start prints. */
export const demoEnrollmentUnit = 'unit-sleman-1';

export type DemoSummary = {
  /** False when the database already held data: nothing was added except a fresh enrollment code. */
  seeded: boolean;
  users: { username: string; password: string; role: string; unitId: string | null }[];
  enrollmentCode: { code: string; unitId: string; unitName: string; expiresAt: string } | null;
};

/**
 * Seeds the demo units, staff accounts and officer records (@keliling/fixtures) when the database is empty,
 * and issues a fresh enrollment code for the first demo unit on every demo start (codes are single use and
 * stored hashed, so an old one cannot be shown again).
 */
export async function seedDemo(store: SyncStore, options: { now?: number | undefined } = {}): Promise<DemoSummary> {
  const empty = store.countUsers() === 0 && store.listUnits().length === 0;
  if (empty) {
    for (const unit of demoSeed.units) {
      store.createUnit({
        id: unit.id,
        name: unit.name,
        polres: unit.polres,
        baseLat: unit.baseLat,
        baseLng: unit.baseLng,
      });
    }
    for (const user of demoSeed.users) {
      const result = await addUser(store, {
        username: user.username,
        role: user.role,
        unitId: user.unitId ?? null,
        // The demo coordinator covers every unit of the demo polres.
        polres: user.role === 'coordinator' && !user.unitId ? (demoSeed.units[0]?.polres ?? null) : null,
        name: user.displayName,
        password: user.password,
      });
      if (!result.ok) throw new Error(`demo user ${user.username}: ${result.code}`);
    }
    // Each officer's PIN verifier (scrypt, its own salt), so devices check the demo PINs offline.
    const verifiers = await Promise.all(demoSeed.officers.map((officer) => makePinVerifier(officer.pin)));
    for (const [i, officer] of demoSeed.officers.entries()) {
      const { id, unitId, name, rank, nrp, username } = officer;
      store.writeServerChange({
        entity: 'officers',
        entityId: id,
        unitId,
        fields: { unitId, name, rank, nrp, username, role: 'officer', pinVerifier: verifiers[i] },
      });
    }
  }
  const unitId = store.getUnit(demoEnrollmentUnit) ? demoEnrollmentUnit : store.listUnits()[0]?.id;
  const issued = unitId ? issueEnrollmentCode(store, { unitId, now: options.now, createdBy: 'demo' }) : null;
  return {
    seeded: empty,
    users: demoSeed.users.map((u) => ({
      username: u.username,
      password: u.password,
      role: u.role,
      unitId: u.unitId ?? null,
    })),
    enrollmentCode: issued?.ok
      ? {
          code: issued.code,
          unitId: issued.unitId,
          unitName: store.getUnit(issued.unitId)!.name,
          expiresAt: issued.expiresAt,
        }
      : null,
  };
}
