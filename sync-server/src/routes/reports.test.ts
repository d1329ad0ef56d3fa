import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { monthlyPdfLines } from '../reports/monthly-pdf.js';
import { hlcAt, startTestServer, type TestServer, validVillage } from '../testing/harness.js';

/** The text a pdfkit document draws: each `[<hex> kern <hex> …] TJ` array decoded and joined, one per line. */
function pdfText(pdf: Buffer): string[] {
  const raw = pdf.toString('latin1');
  return [...raw.matchAll(/\[([^\]]*)\] TJ/g)].map((m) =>
    [...(m[1] ?? '').matchAll(/<([0-9a-f]*)>/g)].map((h) => Buffer.from(h[1] ?? '', 'hex').toString('latin1')).join(''),
  );
}

describe('reports', () => {
  let server: TestServer;
  let hq: string;

  beforeAll(async () => {
    server = await startTestServer();
    hq = await server.login('hq');
    const put = (entity: string, id: string, unitId: string, fields: Record<string, unknown>) =>
      server.store.writeServerChange({ entity, entityId: id, unitId, fields: { unitId, ...fields } });
    const march = '2026-03-10T03:00:00.000Z';
    put('sim_applications', 's1', 'unit-1', { createdAt: march, status: 'issued', feeRupiah: 75000, fullName: '=1+1' });
    put('sim_applications', 's2', 'unit-1', {
      createdAt: march,
      status: 'approved',
      feeRupiah: 100000,
      fullName: 'Sari, S.H.',
    });
    put('sim_applications', 's3', 'unit-1', { createdAt: march, status: 'rejected', feeRupiah: 75000 });
    put('sim_applications', 's4', 'unit-1', {
      createdAt: '2026-04-01T01:00:00.000Z',
      status: 'issued',
      feeRupiah: 75000,
    });
    put('skck_applications', 'k1', 'unit-1', { createdAt: march, status: 'issued', feeRupiah: 30000 });
    put('skck_applications', 'k2', 'unit-2', { createdAt: march, status: 'issued', feeRupiah: 30000 });
    put('visits', 'v1', 'unit-1', { date: '2026-03-10', status: 'done', villageCode: validVillage });
    put('visits', 'v2', 'unit-1', { date: '2026-03-11', status: 'done', villageCode: validVillage });
    put('visits', 'v3', 'unit-1', { date: '2026-03-12', status: 'cancelled', villageCode: '34.04.07.2002' });
    put('outreach_sessions', 'o1', 'unit-1', { startedAt: march, attendeesMale: 12, attendeesFemale: 15 });
    put('outreach_sessions', 'o2', 'unit-1', { startedAt: march, attendeesMale: 3, attendeesFemale: 4 });
  });
  afterAll(() => server.stop());

  it('computes the month of a unit exactly from its records', async () => {
    const res = await server.call('/api/v1/reports/monthly?unitId=unit-1&month=2026-03', { token: hq });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      month: '2026-03',
      unitId: 'unit-1',
      services: {
        sim_applications: { issued: 1, approved: 1, rejected: 1 },
        skck_applications: { issued: 1 },
      },
      visitsDone: 2,
      villagesVisited: [validVillage],
      feesRupiah: 75000 + 100000 + 30000,
      outreach: { sessions: 2, attendeesMale: 15, attendeesFemale: 19, attendees: 34 },
    });
    const all = await server.call('/api/v1/reports/monthly?month=2026-03', { token: hq });
    expect(all.body.feesRupiah).toBe(75000 + 100000 + 30000 + 30000);
  });

  it('exports merged records as CSV (BOM, quoting, formulas defused) and audits the export', async () => {
    const res = await server.call('/api/v1/reports/sim_applications.csv?unitId=unit-1&from=2026-03-01&to=2026-03-31', {
      token: hq,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    // fetch's text() drops a BOM: read the bytes.
    const raw = await fetch(`${server.url}/api/v1/reports/sim_applications.csv?unitId=unit-1`, {
      headers: { authorization: `Bearer ${hq}` },
    });
    expect([...new Uint8Array(await raw.arrayBuffer()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = res.text.split('\r\n');
    expect(lines[0]!.startsWith('id,unitId,updatedAt,')).toBe(true);
    expect(lines.filter((l) => l.startsWith('s'))).toHaveLength(3);
    expect(res.text).toContain("'=1+1");
    expect(res.text).toContain('"Sari, S.H."');
    const audit = await server.call('/api/v1/audit?action=export', { token: hq });
    expect(audit.body.entries[1]).toMatchObject({
      entity: 'sim_applications',
      details: { records: 3, unitId: 'unit-1' },
    });
  });

  it('keeps coordinators to their units and refuses officers and devices', async () => {
    const coordinator = await server.login('koordinator');
    expect(
      (await server.call('/api/v1/reports/monthly?unitId=unit-9&month=2026-03', { token: coordinator })).status,
    ).toBe(403);
    const mine = await server.call('/api/v1/reports/monthly?month=2026-03', { token: coordinator });
    expect(mine.body.services.skck_applications).toEqual({ issued: 2 });
    expect(
      (await server.call('/api/v1/reports/monthly?month=2026-03', { token: await server.login('petugas1') })).status,
    ).toBe(403);
    expect((await server.call('/api/v1/reports/nope.csv', { token: hq })).status).toBe(404);
    expect((await server.call('/api/v1/reports/monthly?month=2026-13', { token: hq })).status).toBe(400);
  });

  it('renders the monthly PDF of a unit with exactly the JSON figures (HQ only, audited)', async () => {
    const json = (await server.call('/api/v1/reports/monthly?unitId=unit-1&month=2026-03', { token: hq })).body;
    const res = await fetch(`${server.url}/api/v1/reports/monthly.pdf?unitId=unit-1&month=2026-03`, {
      headers: { authorization: `Bearer ${hq}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="laporan-unit-1-2026-03.pdf"');
    const pdf = Buffer.from(await res.arrayBuffer());
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.subarray(-6).toString('latin1')).toContain('%%EOF');
    expect(pdf.toString('latin1').match(/\/Type \/Page\b/g)).toHaveLength(1);
    const text = pdfText(pdf);
    expect(text).toContain('Unit: Unit Keliling 1 (Polres Sleman)');
    expect(text).toContain('Bulan: Maret 2026');
    // Every printed figure is the JSON's: 75.000 + 100.000 + 30.000 rupiah, 2 visits, 34 attendees.
    for (const section of monthlyPdfLines(json)) {
      expect(text).toContain(section.heading);
      for (const [name, value] of section.rows) {
        expect(text).toContain(name);
        expect(text).toContain(value);
      }
    }
    expect(text).toContain('Rp 205.000');
    expect(text).toContain('3 (Disetujui 1, Diterbitkan 1, Ditolak 1)');
    const audit = await server.call('/api/v1/audit?action=export&entity=units', { token: hq });
    expect(audit.body.entries[0]).toMatchObject({ entityId: 'unit-1', details: { format: 'pdf', month: '2026-03' } });
  });

  it('refuses the PDF to everyone but HQ (403, nothing audited) and rejects bad input with JSON 4xx', async () => {
    const exportsBefore = (await server.call('/api/v1/audit?action=export', { token: hq })).body.entries.length;
    const device = await server.enroll('unit-1');
    const others = [
      device.token,
      await server.login('petugas1'),
      await server.login('koordinator'),
      await server.login('admin'),
    ];
    for (const token of others) {
      const res = await server.call('/api/v1/reports/monthly.pdf?unitId=unit-1&month=2026-03', { token });
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe('forbidden');
    }
    expect((await server.call('/api/v1/reports/monthly.pdf?unitId=unit-1&month=2026-03')).status).toBe(401);
    expect((await server.call('/api/v1/audit?action=export', { token: hq })).body.entries).toHaveLength(exportsBefore);
    for (const [query, status] of [
      ['month=2026-03', 400],
      ['unitId=unit-1&month=2026-3', 400],
      ['unitId=unit-1', 400],
      ['unitId=unit-404&month=2026-03', 404],
    ] as const) {
      const res = await server.call(`/api/v1/reports/monthly.pdf?${query}`, { token: hq });
      expect([query, res.status]).toEqual([query, status]);
      expect(typeof res.body.error.code).toBe('string');
    }
  });

  it('computes the satisfaction index from synced surveys, with trainings HQ recorded through sync/push', async () => {
    const device = await server.enroll('unit-1');
    await server.call('/api/v1/admin/officers', {
      token: await server.login('admin'),
      body: { id: 'off-ikm', unitId: 'unit-1', name: 'Aiptu Ikhsan', nrp: '80010001', pin: '135790' },
    });
    const at = Date.now() - 30_000;
    const now = new Date().toISOString();
    const change = (entity: string, entityId: string, fields: Record<string, unknown>, hlc: string) => ({
      id: crypto.randomUUID(),
      entity,
      entityId,
      hlc,
      fields,
    });
    const answers = (v: number[]) =>
      Object.fromEntries(
        ['persyaratan', 'prosedur', 'waktu', 'biaya', 'produk', 'kompetensi', 'perilaku', 'pengaduan', 'sarana'].map(
          (e, i) => [e, v[i]],
        ),
      );
    const surveyPush = await server.call('/api/v1/sync/push', {
      token: device.token,
      body: {
        changes: [
          change(
            'satisfaction_surveys',
            'ikm-1',
            {
              unitId: 'unit-1',
              createdAt: now,
              service: 'sim_applications',
              recordId: 's1',
              officerId: 'off-ikm',
              channel: 'handover',
              answers: answers([4, 4, 4, 3, 3, 3, 4, 4, 4]),
            },
            hlcAt(at, device.nodeId),
          ),
          change(
            'satisfaction_surveys',
            'ikm-2',
            {
              unitId: 'unit-1',
              createdAt: now,
              service: 'sim_applications',
              recordId: 's2',
              officerId: 'off-ikm',
              channel: 'handover',
              answers: answers([3, 3, 3, 3, 3, 3, 3, 3, 3]),
            },
            hlcAt(at + 1, device.nodeId),
          ),
        ],
      },
    });
    expect(surveyPush.body.results.map((r: { status: string }) => r.status)).toEqual(['applied', 'applied']);
    const hqPush = await server.call('/api/v1/sync/push', {
      token: hq,
      body: {
        changes: [
          change(
            'trainings',
            'tr-1',
            { title: 'Komunikasi pelayanan', topic: 'pelayanan', date: '2026-10-01' },
            hlcAt(at, 'cccccccccccccccc'),
          ),
          change(
            'training_attendance',
            'ta-1',
            { trainingId: 'tr-1', officerId: 'off-ikm', attended: true },
            hlcAt(at + 1, 'cccccccccccccccc'),
          ),
        ],
      },
    });
    expect(hqPush.body.results.map((r: { status: string }) => r.status)).toEqual(['applied', 'applied']);

    const today = now.slice(0, 10);
    const res = await server.call(`/api/v1/reports/satisfaction?unitId=unit-1&from=${today}&to=${today}`, {
      token: hq,
    });
    expect(res.status).toBe(200);
    // (33 + 27) answers-sum over 18 answers = 3.3333; × 25 = 83.33 → B.
    expect(res.body.overall).toEqual({ index: 83.33, grade: 'B', responses: 2 });
    const unit = res.body.units[0];
    expect(unit.unitId).toBe('unit-1');
    expect(unit.officers).toContainEqual(
      expect.objectContaining({ officerId: 'off-ikm', ikm: { index: 83.33, grade: 'B', responses: 2 } }),
    );
    const officer = unit.officers.find((o: { officerId: string }) => o.officerId === 'off-ikm');
    expect(officer.trainings.map((t: { title: string }) => t.title)).toEqual(['Komunikasi pelayanan']);

    const coordinator = await server.login('koordinator');
    expect((await server.call('/api/v1/reports/satisfaction?unitId=unit-9', { token: coordinator })).status).toBe(403);
    expect((await server.call('/api/v1/reports/satisfaction', { token: device.token })).status).toBe(403);
    expect((await server.call('/api/v1/reports/satisfaction', { token: await server.login('petugas1') })).status).toBe(
      403,
    );
    const bad = await server.call('/api/v1/reports/satisfaction?from=2026-12-01&to=2026-11-01', { token: hq });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('invalid_request');
    expect((await server.call('/api/v1/reports/satisfaction?unitId=unit-404', { token: hq })).status).toBe(404);
  });
});
