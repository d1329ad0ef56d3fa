import 'fake-indexeddb/auto';
import { isValidReceiptNumber, parseReceiptNumber, simApplicationSchema } from '@keliling/domain';
import { clockMetaKey, createHlcClock } from '@keliling/sync';
import { afterEach, describe, expect, it } from 'vitest';
import { loadClock } from '../device/clock';
import { createTestDevice, testIdentity, testNow } from '../forms/testDevice';
import { testOfficer } from '../security/testKeys';
import { deviceCodeFromNodeId } from './deviceCode';
import { saveSimApplication, simEntity } from './saveSimApplication';
import { type SimRenewalFormValues, simRenewalFormSchema } from './simRenewalForm';

const identity = testIdentity;
const now = testNow;
const today = '2026-11-28';

const typed: SimRenewalFormValues = {
  nik: '3404075203900002',
  fullName: 'Sri Wahyuni',
  birthPlace: 'Sleman',
  birthDate: '1990-03-12',
  sex: 'P',
  address: 'Jl. Kaliurang km 5, Caturtunggal',
  villageCode: '34.04.07.2001',
  phone: '0812 3456 7890',
  category: 'C',
  previousLicenseNumber: '1234-5678-901234',
  previousLicenseExpiry: '2027-01-15',
  healthCertificateNumber: 'SKS/123/XI/2026',
  psychTestNumber: 'PSI-2026-0042',
};

const device = createTestDevice();
afterEach(() => device.cleanUp());
const setup = () => device.open();

describe('simRenewalFormSchema', () => {
  it('accepts a complete renewal and refuses what the domain refuses', () => {
    const schema = simRenewalFormSchema(today);
    expect(schema.safeParse(typed).success).toBe(true);
    const bad = schema.safeParse({
      ...typed,
      nik: '1234567890123456',
      category: 'BI',
      previousLicenseExpiry: '2026-11-01',
      phone: '12345',
    });
    expect(bad.success).toBe(false);
    const fields = new Set(bad.error?.issues.map((issue) => issue.path[0]));
    expect(fields).toEqual(new Set(['nik', 'category', 'previousLicenseExpiry', 'phone']));
  });

  it('lets the phone be left empty', () => {
    expect(simRenewalFormSchema(today).safeParse({ ...typed, phone: '' }).success).toBe(true);
  });
});

describe('saveSimApplication', () => {
  it('writes one valid, pending change with a receipt number from this device', async () => {
    const { db, storage, clock } = setup();
    const input = simRenewalFormSchema(today).parse(typed);
    const result = await saveSimApplication({ db, storage, clock, identity, by: testOfficer.id, now }, input);
    if (!result.ok) throw new Error(result.error.message);
    const { saved } = result;

    expect(isValidReceiptNumber(saved.receiptNumber)).toBe(true);
    expect(parseReceiptNumber(saved.receiptNumber)).toMatchObject({
      service: 'SIM',
      sequence: 1,
      deviceCode: deviceCodeFromNodeId(identity.nodeId),
    });
    expect(saved.feeRupiah).toBe(75_000);

    const outbox = await storage.outbox();
    expect(outbox).toHaveLength(1);
    const [change] = outbox;
    expect(change).toMatchObject({ entity: simEntity, entityId: saved.entityId, hlc: saved.change.hlc });
    expect(simApplicationSchema.safeParse(change?.fields).success).toBe(true);
    expect(change?.fields).toMatchObject({
      status: 'submitted',
      applicationType: 'renewal',
      unitId: identity.unit.id,
      phone: '+6281234567890',
      createdAt: '2026-11-28T03:00:00.000Z',
      receiptNumber: saved.receiptNumber,
    });

    const record = await storage.record(simEntity, saved.entityId);
    expect(record?.syncState).toBe('pending');
    expect(await db.meta.get(clockMetaKey)).toEqual({ key: clockMetaKey, value: saved.change.hlc });
  });

  it('numbers receipts and HLCs without repeats, also for saves started at once', async () => {
    const { db, storage, clock } = setup();
    const input = simRenewalFormSchema(today).parse(typed);
    // A second tab: its own in-memory clock over the same database.
    const otherTab = createHlcClock({ nodeId: identity.nodeId, now });
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        saveSimApplication(
          { db, storage, clock: i % 2 === 0 ? clock : otherTab, identity, by: testOfficer.id, now },
          input,
        ),
      ),
    );
    const saved = results.map((result) => (result.ok ? result.saved : null));
    expect(saved.every((s) => s !== null)).toBe(true);
    const sequences = saved.map((s) => parseReceiptNumber(s?.receiptNumber ?? '')).map((p) => (p.ok ? p.sequence : -1));
    expect([...sequences].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6]);
    const hlcs = saved.map((s) => s?.change.hlc);
    expect(new Set(hlcs).size).toBe(6);
    expect(await storage.outboxSize()).toBe(6);
  });

  it('restores the clock after a reload so HLCs keep increasing', async () => {
    const { db, storage, clock } = setup();
    const input = simRenewalFormSchema(today).parse(typed);
    const first = await saveSimApplication({ db, storage, clock, identity, by: testOfficer.id, now }, input);
    const reloaded = await loadClock(db, identity.nodeId, () => now() - 60_000); // wall clock went back a minute
    const second = await saveSimApplication({ db, storage, clock: reloaded, identity, by: testOfficer.id, now }, input);
    if (!first.ok || !second.ok) throw new Error('save failed');
    expect(second.saved.change.hlc > first.saved.change.hlc).toBe(true);
  });
});

describe('saveSimApplication at a visit', () => {
  it('links the renewal to the visit in progress, and is refused where the visit does not offer renewals', async () => {
    const { db, storage, clock } = setup();
    const input = simRenewalFormSchema(today).parse(typed);
    const deps = { db, storage, clock, identity, by: testOfficer.id, now };
    const linked = await saveSimApplication(deps, input, {
      id: '01JDVISIT0000000000000000A',
      servicesOffered: ['sim_renewal'],
    });
    if (!linked.ok) throw new Error(linked.error.message);
    expect(linked.saved.change.fields.visitId).toBe('01JDVISIT0000000000000000A');
    const refused = await saveSimApplication(deps, input, {
      id: '01JDVISIT0000000000000000B',
      servicesOffered: ['skck'],
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'service_not_offered' } });
    expect(await storage.outboxSize()).toBe(1);
  });
});
