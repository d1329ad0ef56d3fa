import { describe, expect, it } from 'vitest';
import { createI18n } from '../i18n/i18n';
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
        JSON.stringify({
          receiptNumber: 'SIM-1',
          service: 'sim_applications',
          status: 'approved',
          statusLabel: 'Disetujui',
          updatedAt: '2026-11-28T03:00:00.000Z',
          nextSteps: null,
        }),
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
    expect(await lookUpStatus('http://s', { receiptNumber: 'X', nik4: '1' }, reply(404, { error: {} }))).toEqual({
      kind: 'not_found',
    });
    expect(await lookUpStatus('http://s', { receiptNumber: 'X', nik4: '1' }, reply(400, { error: {} }))).toEqual({
      kind: 'not_found',
    });
    expect(
      await lookUpStatus(
        'http://s',
        { receiptNumber: 'X', nik4: '1' },
        reply(429, { error: {} }, { 'retry-after': '17' }),
      ),
    ).toEqual({ kind: 'rate_limited', retryAfterSeconds: 17 });
    expect(notFoundMessage).toBe('Data tidak ditemukan. Periksa nomor tanda terima dan 4 digit terakhir NIK.');
    expect(rateLimitedMessage(17)).toBe('Terlalu banyak percobaan, coba lagi dalam 17 detik');
  });

  it('explains a status in English when English is chosen (the server answers in Indonesian)', () => {
    const { t } = createI18n('en');
    const meaning = statusMeaning('approved', 'Disetujui', 'Permohonan disetujui. SIM sedang dicetak.', 'en');
    expect(meaning.title).toBe('Approved');
    expect(t(meaning.meaning)).toBe('The application was approved. The document is being prepared for issue.');
    expect(meaning.nextSteps.map((step) => t(step))).toEqual([
      'Wait for the notice that it was issued, or check this page again.',
    ]);
    expect(t(notFoundMessage)).toMatch(/^Nothing found/);
    expect(rateLimitedMessage(1, t)).toBe('Too many attempts, try again in 1 second');
    expect(rateLimitedMessage(17, t)).toBe('Too many attempts, try again in 17 seconds');
  });
});
