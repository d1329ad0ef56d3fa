import 'fake-indexeddb/auto';
import { createHlcClock } from '@keliling/sync';
import { afterEach, describe, expect, it } from 'vitest';
import { type KelilingDb, openDatabase } from '../db/database';
import { createDexieStorage } from '../db/dexieStorage';
import { queryRecordKeys } from '../db/recordQuery';
import type { DeviceIdentity } from '../device/identity';
import { createRecordCipher } from '../security/recordCipher';
import { applyRecordChange, recordActions } from './recordActions';

const cipher = createRecordCipher(new Uint8Array(32).fill(9));
const opened: KelilingDb[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await db.delete();
  }
});

const identity = {
  nodeId: '9f3a6c2e1b7d4a05',
  unit: { id: 'unit-sleman-1', name: 'Unit 1' },
} as unknown as DeviceIdentity;

async function withRecord(status: string) {
  const db = openDatabase(`actions-${Math.random()}`);
  opened.push(db);
  const storage = createDexieStorage(db, { cipher: () => cipher });
  const clock = createHlcClock({ nodeId: identity.nodeId });
  await storage.write({
    id: 'c1',
    entity: 'sim_applications',
    entityId: 'R1',
    hlc: clock.next(),
    fields: { fullName: 'Siti Rahayu', status, unitId: 'unit-sleman-1', receiptNumber: 'SIM-7K2P-00001-X' },
    by: 'officer-a',
  });
  return { db, storage, deps: { db, storage, clock, identity, by: 'officer-b' } };
}

describe('what an officer may do on a record page', () => {
  it('offers verify and cancel on a submitted application, and edits until it is verified', () => {
    const submitted = recordActions('sim_applications', { status: 'submitted', fullName: 'Siti' }, false);
    expect(submitted.nextStatuses).toEqual(expect.arrayContaining(['verified', 'cancelled']));
    expect(submitted.nextStatuses).not.toContain('approved');
    expect(submitted.editableFields).toContain('fullName');
    expect(submitted.editableFields).not.toContain('receiptNumber');
    const verified = recordActions('sim_applications', { status: 'verified' }, false);
    expect(verified).toEqual({ nextStatuses: [], editableFields: [], canSetPhoto: false });
  });

  it('writes a status change as one pending change with `by`, and the status filter follows it', async () => {
    const { db, storage, deps } = await withRecord('submitted');
    const result = await applyRecordChange(deps, 'sim_applications', 'R1', { status: 'verified' });
    expect(result.ok).toBe(true);
    const outbox = await storage.outbox();
    expect(outbox.map((change) => [change.fields, change.by])).toEqual([
      [
        { fullName: 'Siti Rahayu', status: 'submitted', unitId: 'unit-sleman-1', receiptNumber: 'SIM-7K2P-00001-X' },
        'officer-a',
      ],
      [{ status: 'verified' }, 'officer-b'],
    ]);
    expect(outbox[1]?.baseHlc).toBe(outbox[0]?.hlc);
    expect((await queryRecordKeys(db, cipher, { status: 'verified' })).map((key) => key[1])).toEqual(['R1']);
  });

  it('refuses what the server would refuse, and writes nothing', async () => {
    const { storage, deps } = await withRecord('verified');
    expect(await applyRecordChange(deps, 'sim_applications', 'R1', { status: 'approved' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden_transition', field: 'status' },
    });
    expect(await applyRecordChange(deps, 'sim_applications', 'R1', { fullName: 'Siti R.' })).toMatchObject({
      ok: false,
      error: { code: 'out_of_scope' },
    });
    expect(await storage.outboxSize()).toBe(1);
  });
});
