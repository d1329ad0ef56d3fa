import { describe, expect, it } from 'vitest';
import { lookUpStatus, normaliseQuery } from './publicStatus';
import { notFoundMessage, rateLimitedMessage, statusMeaning } from './statusMeaning';

const reply = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  (async () => new Response(JSON.stringify(body), { status, headers })) as unknown as typeof fetch;

describe('public status lookup', () => {
  it('asks with the last four NIK digits, or with an access code', () => {
    expect(normaliseQuery(' sim-01 abc ', '1234')).toEqual({ receiptNumber: 'SIM-01ABC', nik4: '1234' });
    expect(normaliseQuery('SIM-1', 'k7q2')).toEqual({ receiptNumber: 'SIM-1', code: 'K7Q2' });
    expect(normaliseQuery('', '1234')).toBeNull();
  });

  it('reads a found status, and explains it in Bahasa Indonesia', async () => {
    let asked = '';
    const fetchFn = (async (url: string) => {
      asked = url;
      return new Response(
        JSON.stringify({ receiptNumber: 'SIM-1', service: 'sim_applications', status: 'approved', statusLabel: 'Disetujui', updatedAt: '2026-11-28T03:00:00.000Z', nextSteps: null }),
        { status: 200 },
      );
    }) as unknown as typeof fetch;
    const answer = await lookUpStatus('http://server/', { receiptNumber: 'SIM-1', nik4: '0042' }, fetchFn);
    expect(asked).toBe('http://server/api/v1/public/status/SIM-1?nik4=0042');
    expect(answer).toMatchObject({ kind: 'found', status: { status: 'approved' } });
    expect(statusMeaning('approved', 'Disetujui', null).nextSteps.length).toBeGreaterThan(0);
    expect(statusMeaning('issued', undefined, 'Ambil di Polres').nextSteps).toEqual(['Ambil di Polres']);
  });

  it('treats every 404 and a malformed receipt alike, and reads Retry-After on 429', async () => {
    expect(await lookUpStatus('http://s', { receiptNumber: 'X', nik4: '1' }, reply(404, { error: {} }))).toEqual({ kind: 'not_found' });
    expect(await lookUpStatus('http://s', { receiptNumber: 'X', nik4: '1' }, reply(400, { error: {} }))).toEqual({ kind: 'not_found' });
    expect(
      await lookUpStatus('http://s', { receiptNumber: 'X', nik4: '1' }, reply(429, { error: {} }, { 'retry-after': '17' })),
    ).toEqual({ kind: 'rate_limited', retryAfterSeconds: 17 });
    expect(notFoundMessage).toBe('Data tidak ditemukan. Periksa nomor tanda terima dan 4 digit terakhir NIK.');
    expect(rateLimitedMessage(17)).toBe('Terlalu banyak percobaan, coba lagi dalam 17 detik');
  });
});
