import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { type KelilingDb, openDatabase } from '../db/database';
import { loadClock } from './clock';
import { unlockedTestVault } from '../security/testKeys';
import { createVault } from '../security/vault';
import { defaultServerUrl, deviceMetaKey, loadIdentity, normalizeServerUrl, saveEnrollment, sealedTokenMetaKey, unlockIdentity } from './identity';

const dbs: KelilingDb[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) {
    db.close();
    await db.delete();
  }
});

describe('server address', () => {
  it('defaults to the page origin when the app is served over http(s)', () => {
    expect(defaultServerUrl({ protocol: 'https:', origin: 'https://keliling.example' })).toBe('https://keliling.example');
    expect(defaultServerUrl({ protocol: 'app:', origin: 'null' })).toBe('');
  });

  it('normalises what an officer types and refuses what is not http(s)', () => {
    expect(normalizeServerUrl(' https://keliling.example/ ')).toEqual({ ok: true, url: 'https://keliling.example' });
    expect(normalizeServerUrl('http://10.0.0.5:8080/keliling/')).toEqual({ ok: true, url: 'http://10.0.0.5:8080/keliling' });
    expect(normalizeServerUrl('ftp://x')).toEqual({ ok: false, code: 'invalid_server_url' });
    expect(normalizeServerUrl('keliling')).toEqual({ ok: false, code: 'invalid_server_url' });
  });
});

describe('enrollment', () => {
  it('stores the identity with its token sealed, and the clock offset from the server time', async () => {
    const db = openDatabase(`id-${Math.random()}`);
    dbs.push(db);
    const vault = unlockedTestVault();
    const now = () => Date.parse('2026-11-28T03:00:00.000Z');
    expect(await loadIdentity(db)).toBeNull();
    await saveEnrollment(db, {
      cipher: vault.cipher(),
      serverUrl: 'https://keliling.example',
      name: 'Laptop Unit 1',
      now,
      response: {
        deviceId: 'dev-1',
        nodeId: '9f3a6c2e1b7d4a05',
        token: 'tok',
        unit: { id: 'unit-sleman-1', name: 'Unit Keliling 1' },
        serverTime: '2026-11-28T03:00:02.000Z',
        limits: { maxBatchChanges: 1000, maxBatchBytes: 4194304, maxPullLimit: 1000, maxClockSkewMs: 300000 },
      },
    });
    expect(await loadIdentity(db)).toMatchObject({ deviceId: 'dev-1', nodeId: '9f3a6c2e1b7d4a05', unit: { id: 'unit-sleman-1' } });
    expect(JSON.stringify((await db.meta.get(deviceMetaKey))?.value)).not.toContain('tok');
    expect((await db.meta.get(sealedTokenMetaKey))?.value).toBeInstanceOf(Uint8Array);
    expect(await unlockIdentity(db, vault.cipher())).toMatchObject({ deviceId: 'dev-1', token: 'tok' });
    const otherKey = createVault();
    otherKey.open(new Uint8Array(32).fill(7), null);
    await expect(unlockIdentity(db, otherKey.cipher())).rejects.toMatchObject({ code: 'tampered' });
    const clock = await loadClock(db, '9f3a6c2e1b7d4a05', now);
    expect(clock.offset()).toBe(2000);
    expect(clock.next().startsWith('2026-11-28T03:00:02.000Z')).toBe(true);
  });
});
