import { createRandom, generateSimApplications, loadVillages, type Random } from '@keliling/fixtures';
import type { SimClient } from './sim-client.js';

export type ActionKind = 'create' | 'edit' | 'delete' | 'submit' | 'verify' | 'approve' | 'skip';
export type ActionCounts = Record<ActionKind, number>;

export const emptyActionCounts = (): ActionCounts => ({
  create: 0,
  edit: 0,
  delete: 0,
  submit: 0,
  verify: 0,
  approve: 0,
  skip: 0,
});

/** One simulated person acting on a client: each `act()` writes at most one change. */
export type Actor = { act(): Promise<ActionKind>; counts: ActionCounts };

/** Statuses after which the app no longer lets an officer edit (the server rejects it: locked_record). */
const lockedForOfficers = new Set(['verified', 'approved', 'issued', 'rejected', 'cancelled']);

const streets = ['Jl. Kaliurang', 'Jl. Magelang', 'Jl. Gejayan', 'Jl. Palagan', 'Jl. Godean', 'Jl. Wates'];

function phone(random: Random): string {
  return `08${random.int(1, 9)}${String(random.int(0, 99_999_999)).padStart(8, '0')}`;
}

export type DeviceActorOptions = { seed: string; plannedCreates: number; createShare: number };

/**
 * An officer on a unit device: creates SIM applications (realistic valid fields from @keliling/fixtures, as
 * draft or submitted), edits free-text fields of its unit's records, submits drafts, and deletes a few.
 * It leaves alone what the app would not let it touch (deleted records, applications HQ has approved).
 */
export function createDeviceActor(client: SimClient, options: DeviceActorOptions): Actor {
  const unitId = client.unitId!;
  const random = createRandom(`device:${options.seed}`);
  const villages = loadVillages('sleman');
  const pool = generateSimApplications({
    seed: options.seed,
    count: Math.max(1, options.plannedCreates),
    unitId,
    villages,
  });
  const names = pool.map((p) => p.fields.fullName);
  let created = 0;
  const counts = emptyActionCounts();

  const create = async (): Promise<ActionKind> => {
    const generated = pool[created++]!;
    const { statusReason: _reason, ...fields } = generated.fields;
    const status = fields.status === 'draft' ? 'draft' : 'submitted';
    await client.write({ entityId: generated.id, fields: { ...fields, status } });
    return 'create';
  };

  const act = async (): Promise<ActionKind> => {
    const canCreate = created < pool.length;
    if (canCreate && (client.knownIds.length < 3 || random.chance(options.createShare))) return create();
    for (let attempt = 0; attempt < 4; attempt++) {
      const entityId = random.pick(client.knownIds);
      const record = await client.storage.record('sim_applications', entityId);
      if (!record || record.deleted) continue;
      const status = String(record.fields.status);
      if (lockedForOfficers.has(status)) continue;
      const roll = random.next();
      if (roll < 0.05) {
        await client.write({ entityId, fields: {}, deleted: true });
        return 'delete';
      }
      if (roll < 0.2 && status === 'draft') {
        await client.write({ entityId, fields: { status: 'submitted' } });
        return 'submit';
      }
      const fields: Record<string, unknown> = {};
      if (random.chance(0.6))
        fields.address = `${random.pick(streets)} km ${random.int(1, 30)}, ${random.pick(villages).name}`;
      if (random.chance(0.4)) fields.fullName = random.pick(names);
      if (random.chance(0.4) || Object.keys(fields).length === 0) fields.phone = phone(random);
      await client.write({ entityId, fields });
      return 'edit';
    }
    return canCreate ? create() : 'skip';
  };

  return {
    async act() {
      const kind = await act();
      counts[kind] += 1;
      return kind;
    },
    counts,
  };
}

/** HQ at its screen: moves applications it sees along submitted → verified → approved. */
export function createHqActor(client: SimClient, options: { seed: string }): Actor {
  const random = createRandom(`hq:${options.seed}`);
  const counts = emptyActionCounts();
  const act = async (): Promise<ActionKind> => {
    if (client.knownIds.length === 0) return 'skip';
    for (let attempt = 0; attempt < 8; attempt++) {
      const entityId = random.pick(client.knownIds);
      const record = await client.storage.record('sim_applications', entityId);
      if (!record || record.deleted) continue;
      if (record.fields.status === 'submitted') {
        await client.write({ entityId, fields: { status: 'verified' } });
        return 'verify';
      }
      if (record.fields.status === 'verified') {
        await client.write({ entityId, fields: { status: 'approved' } });
        return 'approve';
      }
    }
    return 'skip';
  };
  return {
    async act() {
      const kind = await act();
      counts[kind] += 1;
      return kind;
    },
    counts,
  };
}
