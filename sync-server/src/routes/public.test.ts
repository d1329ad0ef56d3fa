import { makeReceiptNumber } from '@keliling/domain';
import type { Change } from '@keliling/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTokenBucketLimiter } from '../http/rate-limit.js';
import { hlcAt, simCreate, startTestServer, type TestServer } from '../testing/harness.js';

describe('GET /api/v1/public/status/:receiptNumber', () => {
  let server: TestServer;
  const receiptNumber = makeReceiptNumber({ service: 'SIM', deviceCode: '00A1', sequence: 42 });
  const status = (path: string) => server.call(`/api/v1/public/status/${path}`);

  beforeAll(async () => {
    // A burst of 60 calls from one address (a minute's worth at 1/s), then 429; the limiter's clock stands still.
    server = await startTestServer({
      rateLimiters: { address: createTokenBucketLimiter({ capacity: 60, refillPerSecond: 1, now: () => 0 }) },
    });
    const device = await server.enroll('unit-1');
    const t = Date.now() - 60_000;
    const created = simCreate('unit-1', { hlc: hlcAt(t, device.nodeId), fields: { receiptNumber } });
    const submit: Change = {
      id: crypto.randomUUID(),
      entity: 'sim_applications',
      entityId: created.entityId,
      hlc: hlcAt(t + 1000, device.nodeId),
      fields: { status: 'submitted' },
    };
    const res = await server.call('/api/v1/sync/push', { token: device.token, body: { changes: [created, submit] } });
    expect(res.body.results.map((r: { status: string }) => r.status)).toEqual(['applied', 'applied']);
  });
  afterAll(() => server.stop());

  it('answers the receipt holder with the status in Bahasa Indonesia and nothing about the person', async () => {
    const res = await status(`${receiptNumber}?nik4=0001`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      receiptNumber,
      service: expect.any(String),
      status: 'submitted',
      statusLabel: 'Diajukan',
      updatedAt: expect.any(String),
      nextSteps: expect.stringContaining('Simpan tanda terima'),
      steps: [expect.stringContaining('Simpan tanda terima'), expect.stringContaining('1–2 hari kerja')],
      meaning: expect.stringContaining('menunggu pemeriksaan'),
      reason: null,
    });
    expect(res.text).not.toContain('Budi');
  });

  it('gives the same 404 for a wrong nik4, a missing proof, an unknown or a malformed receipt', async () => {
    const unknown = makeReceiptNumber({ service: 'SIM', deviceCode: '00A1', sequence: 43 });
    const answers = await Promise.all(
      [
        `${receiptNumber}?nik4=9999`,
        `${receiptNumber}`,
        `${receiptNumber}?code=abc`,
        `${unknown}?nik4=0001`,
        'not-a-receipt?nik4=0001',
        `${receiptNumber}?nik4=00012`,
      ].map(status),
    );
    for (const res of answers) {
      expect(res.status).toBe(404);
      expect(res.body).toEqual(answers[0]!.body);
      expect(res.body.error.code).toBe('not_found');
    }
  });

  it('allows 60 calls a minute from one address, then 429 with Retry-After', async () => {
    const results: number[] = [];
    for (let i = 0; i < 60; i++) results.push((await status(`${receiptNumber}?nik4=0001`)).status);
    // The enrollment and the earlier tests used 8 of the 60.
    const limited = await status(`${receiptNumber}?nik4=0001`);
    expect(results.filter((s) => s === 200)).toHaveLength(52);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
  });
});

describe('a reason HQ wrote, for the resident', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.stop());

  it('tells the resident the reason HQ wrote, on the status and in the message, with what to do next', async () => {
    const device = await server.enroll('unit-1');
    const hq = await server.login('hq');
    const receipt = makeReceiptNumber({ service: 'SIM', deviceCode: '00A1', sequence: 77 });
    const t = Date.now() - 30_000;
    const created = simCreate('unit-1', {
      hlc: hlcAt(t, device.nodeId),
      fields: { receiptNumber: receipt, phone: '+6281234500077', status: 'submitted' },
    });
    await server.call('/api/v1/sync/push', { token: device.token, body: { changes: [created] } });
    const reason = 'Surat keterangan sehat sudah lewat masa berlakunya. Bawa surat yang baru.';
    const reject: Change = {
      id: crypto.randomUUID(),
      entity: 'sim_applications',
      entityId: created.entityId,
      hlc: hlcAt(t + 1000, 'bbbbbbbbbbbbbbbb'),
      fields: { status: 'rejected', statusReason: reason },
    };
    const pushed = await server.call('/api/v1/sync/push', { token: hq, body: { changes: [reject] } });
    expect(pushed.body.results[0].status).toBe('applied');

    const res = await server.call(`/api/v1/public/status/${receipt}?nik4=0001`);
    expect(res.body).toMatchObject({ status: 'rejected', statusLabel: 'Ditolak', reason });
    expect(res.body.steps[0]).toMatch(/Lengkapi kekurangannya/);
    const english = await server.call(`/api/v1/public/status/${receipt}?nik4=0001`, {
      headers: { 'accept-language': 'en' },
    });
    expect(english.body).toMatchObject({ statusLabel: 'Rejected', reason });
    expect(english.body.steps[0]).toMatch(/Complete what is missing/);

    const messages = (await server.call('/api/v1/notifications?status=pending', { token: hq })).body.notifications;
    const rejected = messages.find(
      (m: { entityId: string; status: string }) => m.entityId === created.entityId && m.status === 'rejected',
    );
    expect(rejected.body).toBe(
      `Permohonan SIM Anda (${receipt}) ditolak. Alasan: ${reason} Lihat langkah berikutnya di halaman status.`,
    );
  });
});
