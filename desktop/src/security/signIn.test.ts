import 'fake-indexeddb/auto';
import { type Change, SyncHttpError } from '@keliling/sync';
import { afterEach, describe, expect, it } from 'vitest';
import { type KelilingDb, openDatabase } from '../db/database';
import { createDexieStorage } from '../db/dexieStorage';
import { listRecordViews, searchRecordViews } from '../db/recordViews';
import { sealedTokenMetaKey } from '../device/identity';
import { delayAfterFailures } from './attempts';
import type { EscrowClient } from './escrowClient';
import { newDataKey } from './keyWrap';
import { makePinVerifier } from './pinVerifier';
import { isSecurityError } from './recordCipher';
import { type SignInDeps, signIn } from './signIn';
import { createVault, type Vault } from './vault';

const low = { N: 1024, r: 8, p: 1 };
const agusPin = '20262026';
const dewiPin = '11223344';
const nik = '3404071705900001';
const fullName = 'Sri Wahyuni Ningsih';
const hlc = (ms: number) => `${new Date(Date.UTC(2026, 10, 28, 2, 0, 0, ms)).toISOString()}-0000-0123456789abcdef`;

const dbs: KelilingDb[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) {
    db.close();
    await db.delete();
  }
});

function officerChange(id: string, ms: number, fields: Record<string, unknown>): Change {
  return { id: `c-${id}-${ms}`, entity: 'officers', entityId: id, hlc: hlc(ms), fields: { unitId: 'unit-sleman-1', role: 'officer', ...fields } };
}

/** A device just enrolled: key in memory (provisional), the unit's two officers pulled. */
async function enrolledDevice() {
  const db = openDatabase(`signin-${Math.random()}`);
  dbs.push(db);
  const vault = createVault();
  const storage = createDexieStorage(db, vault);
  vault.open(newDataKey(), null);
  await db.meta.put({ key: sealedTokenMetaKey, value: vault.cipher().seal('device-token', 'meta/device.token') });
  await storage.applyPull({
    cursor: 'c1',
    changes: [
      officerChange('agus', 1, { name: 'Agus Santoso', nrp: '85071123', rank: 'Bripka', pinVerifier: await makePinVerifier(agusPin, low) }),
      officerChange('dewi', 2, { name: 'Dewi Lestari', nrp: '94110457', pinVerifier: await makePinVerifier(dewiPin, low) }),
    ],
  });
  let clock = Date.parse('2026-11-28T03:00:00.000Z');
  const deps = (extra: Partial<SignInDeps> = {}): SignInDeps => ({ db, vault, now: () => clock, sealedTokenMetaKey, ...extra });
  return { db, vault, storage, deps, advance: (ms: number) => (clock += ms) };
}

/** Every value of every object store, as text (bytes decoded as latin1), as a thief copying the profile sees it. */
async function dumpAll(db: KelilingDb): Promise<string> {
  const parts: string[] = [];
  for (const table of db.tables) {
    for (const row of await table.toArray()) {
      parts.push(JSON.stringify(row, (_key, value) => (value instanceof Uint8Array ? new TextDecoder('latin1').decode(value) : value)));
    }
  }
  return parts.join('\n');
}

async function captureRecord(vault: Vault, storage: ReturnType<typeof createDexieStorage>) {
  const state = vault.state();
  await storage.write({
    id: 'c-sim-1',
    entity: 'sim_applications',
    entityId: 'sim-1',
    hlc: hlc(10),
    fields: { nik, fullName, address: 'Jl. Kaliurang km 10', phone: '+6281234567890' },
    by: state.status === 'unlocked' ? state.officer.id : 'nobody',
  });
}

describe('officer sign-in and data at rest', () => {
  it('first sign-in wraps the key for the officer; later sign-ins open it offline; a wrong PIN opens nothing', async () => {
    const { db, vault, storage, deps } = await enrolledDevice();
    expect(await signIn(deps(), { officerId: 'agus', pin: agusPin })).toMatchObject({ ok: true, source: 'memory', officer: { id: 'agus', rank: 'Bripka' } });
    await captureRecord(vault, storage);
    expect((await storage.outbox())[0]?.by).toBe('agus');

    vault.lock();
    await expect(storage.outbox()).rejects.toSatisfy((e: unknown) => isSecurityError(e, 'locked'));
    expect(await storage.outboxSize()).toBe(1);
    expect(await signIn(deps(), { officerId: 'agus', pin: '20262027' })).toMatchObject({ ok: false, code: 'wrong_pin' });
    expect(vault.state().status).toBe('locked');
    expect(await signIn(deps(), { officerId: 'agus', pin: agusPin })).toMatchObject({ ok: true, source: 'wrap' });
    expect((await storage.record('sim_applications', 'sim-1'))?.fields).toMatchObject({ nik, fullName });

    // Nothing of the person is readable in IndexedDB: not in records, outbox, keyring or meta.
    const dump = await dumpAll(db);
    for (const secret of [nik, fullName, 'Sri', 'Wahyuni', 'Kaliurang', '81234567890']) expect(dump).not.toContain(secret);
  });

  it('finds records by NIK and by name through the keyed-hash indexes', async () => {
    const { db, vault, storage, deps } = await enrolledDevice();
    await signIn(deps(), { officerId: 'agus', pin: agusPin });
    await captureRecord(vault, storage);
    const cipher = vault.cipher();
    expect((await searchRecordViews(db, cipher, 'sim_applications', nik))?.map((r) => r.entityId)).toEqual(['sim-1']);
    expect((await searchRecordViews(db, cipher, 'sim_applications', 'wahyu sri'))?.map((r) => r.entityId)).toEqual(['sim-1']);
    expect(await searchRecordViews(db, cipher, 'sim_applications', 'budi')).toEqual([]);
    expect(await searchRecordViews(db, cipher, 'sim_applications', '3404071705900002')).toEqual([]);
    expect((await listRecordViews(db, cipher, 'sim_applications'))[0]?.fields.fullName).toBe(fullName);
  });

  it('backs off after repeated wrong PINs, even across officers, and forgets it after a right one', async () => {
    const { vault, deps, advance } = await enrolledDevice();
    await signIn(deps(), { officerId: 'agus', pin: agusPin });
    vault.lock();
    for (let i = 0; i < 3; i++) expect(await signIn(deps(), { officerId: i % 2 ? 'dewi' : 'agus', pin: '99999999' })).toMatchObject({ code: 'wrong_pin' });
    const fourth = await signIn(deps(), { officerId: 'dewi', pin: '99999999' });
    expect(fourth).toMatchObject({ ok: false, code: 'wrong_pin' });
    expect(fourth.ok ? 0 : fourth.retryAt).toBeGreaterThan(0);
    expect(await signIn(deps(), { officerId: 'agus', pin: agusPin })).toMatchObject({ ok: false, code: 'rate_limited' });
    advance(delayAfterFailures(4));
    expect(await signIn(deps(), { officerId: 'agus', pin: agusPin })).toMatchObject({ ok: true });
    vault.lock();
    expect(await signIn(deps(), { officerId: 'agus', pin: '99999999' })).toEqual({ ok: false, code: 'wrong_pin' });
  });

  it('lets a second officer in through the escrow online, and keeps them out offline', async () => {
    const { vault, deps } = await enrolledDevice();
    await signIn(deps(), { officerId: 'agus', pin: agusPin });
    const key = vault.dataKey();
    vault.lock();
    expect(await signIn(deps(), { officerId: 'dewi', pin: dewiPin })).toMatchObject({ ok: false, code: 'key_unavailable' });
    const released: string[] = [];
    const escrow: EscrowClient = {
      deposit: async () => 'stored',
      release: async ({ officerId, pin }) => {
        released.push(officerId);
        if (pin !== dewiPin) throw new SyncHttpError({ status: 403, code: 'wrong_pin', message: 'wrong' });
        return { dataKey: key ?? new Uint8Array(32), pinVerifier: (await makePinVerifier(dewiPin, low)) };
      },
    };
    expect(await signIn(deps({ escrow }), { officerId: 'dewi', pin: '55555555' })).toMatchObject({ ok: false, code: 'wrong_pin' });
    expect(await signIn(deps({ escrow }), { officerId: 'dewi', pin: dewiPin })).toMatchObject({ ok: true, source: 'escrow' });
    vault.lock();
    // The wrap stored under the verifier the server returned is used until the next pull brings the same verifier.
    expect(await signIn(deps({ escrow }), { officerId: 'dewi', pin: dewiPin })).toMatchObject({ ok: true });
    expect(released).toEqual(['dewi', 'dewi', 'dewi']);
  });

  it('drops an officer wrap when their PIN is reset, so the old PIN opens nothing', async () => {
    const { db, vault, storage, deps } = await enrolledDevice();
    await signIn(deps(), { officerId: 'agus', pin: agusPin });
    await storage.applyPull({
      cursor: 'c2',
      changes: [officerChange('agus', 50, { name: 'Agus Santoso', nrp: '85071123', pinVerifier: await makePinVerifier('87654321', low) })],
    });
    expect(await db.keyring.get('agus')).toBeUndefined();
    vault.lock();
    expect(await signIn(deps(), { officerId: 'agus', pin: agusPin })).toMatchObject({ ok: false, code: 'wrong_pin' });
    expect(await signIn(deps(), { officerId: 'agus', pin: '87654321' })).toMatchObject({ ok: false, code: 'key_unavailable' });
  });

  it('makes a new key only when nothing an officer made would be lost', async () => {
    const { db, vault, deps } = await enrolledDevice();
    vault.lock(); // the app restarted before anyone signed in: the enrollment key is gone from memory
    expect(await signIn(deps(), { officerId: 'agus', pin: agusPin })).toMatchObject({ ok: false, code: 'key_unavailable' });
    const noEscrow: EscrowClient = {
      deposit: async () => 'stored',
      release: async () => {
        throw new SyncHttpError({ status: 404, code: 'not_found', message: 'none' });
      },
    };
    // The sealed token would be lost with the old key: enroll again.
    expect(await signIn(deps({ escrow: noEscrow }), { officerId: 'agus', pin: agusPin })).toMatchObject({ ok: false, code: 're_enroll_required' });
    await db.meta.delete(sealedTokenMetaKey);
    expect(await signIn(deps({ escrow: noEscrow }), { officerId: 'agus', pin: agusPin })).toMatchObject({ ok: true, source: 'new' });
    expect(await db.confirmed.count()).toBe(0);
    expect(await db.cursor.count()).toBe(0);
  });

  it('binds wraps to the OS keychain when there is one', async () => {
    const { db, vault, deps } = await enrolledDevice();
    const sealed = new Map<string, Uint8Array>();
    const keychain = {
      protect: async (data: Uint8Array) => {
        const handle = new TextEncoder().encode(`os-${sealed.size}`);
        sealed.set(new TextDecoder().decode(handle), data);
        return handle;
      },
      unprotect: async (data: Uint8Array) => {
        const found = sealed.get(new TextDecoder().decode(data));
        if (!found) throw new Error('not ours');
        return found;
      },
    };
    await signIn(deps({ keychain }), { officerId: 'agus', pin: agusPin });
    expect(await db.keyring.get('agus')).toMatchObject({ osBound: true });
    vault.lock();
    expect(await signIn(deps({ keychain }), { officerId: 'agus', pin: agusPin })).toMatchObject({ ok: true, source: 'wrap' });
    vault.lock();
    // The same profile without that keychain (copied elsewhere): the wrap is useless there.
    expect(await signIn(deps(), { officerId: 'agus', pin: agusPin })).toMatchObject({ ok: false, code: 'key_unavailable' });
  });
});
