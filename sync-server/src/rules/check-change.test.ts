import type { Change } from '@keliling/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hlcAt, simCreate, startTestServer, type TestServer } from '../testing/harness.js';

// The domain's rules as the server enforces them on a push: the reason code a device gets back, and the rejected
// change kept in the rejection log that HQ and the device read.
describe('domain rules on push', () => {
  let server: TestServer;
  let device: { token: string; deviceId: string };
  let hq: string;

  beforeAll(async () => {
    server = await startTestServer();
    device = await server.enroll('unit-1');
    hq = await server.login('hq');
  });
  afterAll(() => server.stop());

  const push = async (changes: Change[], token = device.token) =>
    (await server.call('/api/v1/sync/push', { token, body: { changes } })).body.results as {
      status: string;
      reason?: { code: string; field?: string; message: string };
    }[];

  it('rejects a submitted application whose fee disagrees with the table in force, and logs it', async () => {
    const change = simCreate('unit-1', { fields: { status: 'submitted', feeRupiah: 50_000 } });
    const [result] = await push([change]);
    expect(result).toMatchObject({ status: 'rejected', reason: { code: 'fee_mismatch', field: 'feeRupiah' } });
    expect(result?.reason?.message).toMatch(/75/);

    const log = await server.call('/api/v1/rejections', { token: hq });
    expect(log.status).toBe(200);
    const logged = log.body.rejections.find((r: { changeId: string }) => r.changeId === change.id);
    expect(logged).toMatchObject({ reason: { code: 'fee_mismatch' }, change: { fields: { feeRupiah: 50_000 } } });
  });

  it('rejects a renewal taken after the old licence expired (a new application is needed)', async () => {
    const [result] = await push([
      simCreate('unit-1', { fields: { status: 'submitted', previousLicenseExpiry: '2025-01-01' } }),
    ]);
    expect(result).toMatchObject({ status: 'rejected', reason: { field: 'previousLicenseExpiry' } });
  });

  it('rejects a SIM C for someone under 17 on the application date', async () => {
    // 3404074101110003: a woman born 1 January 2011 (day + 40), so 15 years old in 2026.
    const [result] = await push([
      simCreate('unit-1', {
        fields: {
          status: 'submitted',
          applicationType: 'new',
          nik: '3404074101110003',
          birthDate: '2011-01-01',
          sex: 'P',
          feeRupiah: 100_000,
          previousLicenseNumber: null,
          previousLicenseExpiry: null,
        },
      }),
    ]);
    expect(result).toMatchObject({ status: 'rejected', reason: { code: 'under_minimum_age' } });
  });

  it('accepts a draft with half a form, and judges it whole when it is submitted', async () => {
    const draft = simCreate('unit-1');
    delete draft.fields.feeRupiah;
    delete draft.fields.healthCertificateNumber;
    const [saved] = await push([draft]);
    expect(saved?.status).toBe('applied');
    const submit: Change = {
      id: `c-${crypto.randomUUID()}`,
      entity: 'sim_applications',
      entityId: draft.entityId,
      hlc: hlcAt(Date.now() - 500),
      fields: { status: 'submitted' },
    };
    const [refused] = await push([submit]);
    expect(refused).toMatchObject({ status: 'rejected', reason: { code: 'invalid_field', field: 'feeRupiah' } });
    const [accepted] = await push([
      { ...submit, id: `c-${crypto.randomUUID()}`, fields: { status: 'submitted', feeRupiah: 75_000 } },
    ]);
    expect(accepted?.reason).toBeUndefined();
    expect(accepted?.status).toBe('applied');
  });

  it('lets the officer verify on site, then refuses the officer any further edit (out_of_scope)', async () => {
    const created = simCreate('unit-1', { fields: { status: 'submitted' } });
    expect((await push([created]))[0]?.status).toBe('applied');
    const verify: Change = {
      id: `c-${crypto.randomUUID()}`,
      entity: 'sim_applications',
      entityId: created.entityId,
      hlc: hlcAt(Date.now() - 400),
      fields: { status: 'verified' },
    };
    expect((await push([verify]))[0]?.status).toBe('applied');
    const edit: Change = {
      ...verify,
      id: `c-${crypto.randomUUID()}`,
      hlc: hlcAt(Date.now() - 300),
      fields: { address: 'Jl. Baru' },
    };
    expect((await push([edit]))[0]).toMatchObject({
      status: 'rejected',
      reason: { code: 'out_of_scope', field: 'address' },
    });
    const approve: Change = {
      ...verify,
      id: `c-${crypto.randomUUID()}`,
      hlc: hlcAt(Date.now() - 200),
      fields: { status: 'approved' },
    };
    expect((await push([approve]))[0]).toMatchObject({ status: 'rejected', reason: { code: 'forbidden_transition' } });
    expect((await push([{ ...approve, id: `c-${crypto.randomUUID()}` }], hq))[0]?.status).toBe('applied');
  });
});
