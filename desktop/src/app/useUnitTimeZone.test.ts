import 'fake-indexeddb/auto';
import type { Change } from '@keliling/sync';
import { afterEach, describe, expect, it } from 'vitest';
import { type KelilingDb, openDatabase } from '../db/database';
import { createDexieStorage } from '../db/dexieStorage';
import { unlockedTestVault } from '../security/testKeys';
import { unitTimeZone } from './useUnitTimeZone';

const opened: KelilingDb[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await db.delete();
  }
});

let counter = 0;
function visit(unitId: string, villageCode: string): Change {
  counter += 1;
  const hlc = `${new Date(Date.UTC(2026, 10, 28, 2, 0, counter)).toISOString()}-0000-9f3a6c2e1b7d4a05`;
  return {
    id: `c${counter}`,
    entity: 'visits',
    entityId: `v${counter}`,
    hlc,
    fields: { unitId, villageCode, date: '2026-11-28', order: counter, servicesOffered: ['sim'], status: 'planned' },
  };
}

describe("the unit's time zone", () => {
  it("is the zone of most of the unit's visited villages, WIB until it has any", async () => {
    const db = openDatabase(`zone-${Math.random()}`);
    opened.push(db);
    const vault = unlockedTestVault();
    const storage = createDexieStorage(db, vault);
    expect((await unitTimeZone(db, vault.cipher(), 'unit-bali')).zone).toBe('WIB');

    // Two Bali villages (province 51, WITA) and one in Sleman (34, WIB); another unit's Papua visits do not count.
    await storage.write(visit('unit-bali', '51.03.01.2001'));
    await storage.write(visit('unit-bali', '51.03.02.2002'));
    await storage.write(visit('unit-bali', '34.04.07.2001'));
    await storage.write(visit('unit-papua', '91.01.01.2001'));
    await storage.write(visit('unit-papua', '91.01.01.2002'));
    await storage.write(visit('unit-papua', '91.01.01.2003'));
    await storage.write(visit('unit-papua', '91.01.01.2004'));
    const bali = await unitTimeZone(db, vault.cipher(), 'unit-bali');
    expect(bali).toMatchObject({ zone: 'WITA', ianaTimeZone: 'Asia/Makassar' });
    expect((await unitTimeZone(db, vault.cipher(), 'unit-papua')).zone).toBe('WIT');
    expect((await unitTimeZone(db, vault.cipher(), 'unit-sleman')).zone).toBe('WIB');
  });
});
