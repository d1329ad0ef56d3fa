import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { addDays, workingDaysBetween } from '@keliling/domain';
import type { Change } from '@keliling/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/open.js';
import { createTokenBucketLimiter } from '../http/rate-limit.js';
import { createLogger } from '../logger.js';
import { createOutbox } from '../notify/outbox.js';
import { hlcAt, startTestServer, type TestServer, validNik, validVillage } from '../testing/harness.js';
import { createFollowUpNotifier } from './follow-ups.js';
import { leadingZeroBits, powDigest } from './pow.js';

const phone = '0812-3456-7890';
const normalised = '+6281234567890';

/** Finds a nonce for a challenge, as the portal's worker does. */
function solve(challenge: string, difficulty: number): string {
  for (let n = 0; ; n++) if (leadingZeroBits(powDigest(challenge, String(n))) >= difficulty) return String(n);
}

const lostReport = {
  nik: validNik,
  fullName: 'Budi Santoso',
  birthPlace: 'Sleman',
  birthDate: '1990-05-17',
  sex: 'L',
  address: 'Jl. Kaliurang km 10 <script>alert(1)</script>',
  villageCode: validVillage,
  lostOn: '2026-11-20',
  lostPlace: 'Pasar Colombo',
  chronology: 'Dompet jatuh saat berbelanja. <img src=x onerror=alert(1)>',
};
const lostItems = [
  { itemType: 'KTP', identifier: validNik },
  { itemType: 'ATM', description: 'Kartu ATM BRI' },
];
const crowdPermit = {
  fullName: 'Dewi Lestari',
  nik: validNik,
  organization: 'Karang Taruna Caturtunggal',
  eventName: 'Pentas Seni',
  eventType: 'pertunjukan',
  venue: 'Lapangan Karangasem',
  villageCode: validVillage,
  startsAt: '2027-03-16T12:00:00.000Z',
  endsAt: '2027-03-16T15:00:00.000Z',
  expectedAttendance: 400,
  scale: 'kecamatan',
};
const complaint = {
  anonymous: false,
  fullName: 'Bambang',
  category: 'keamanan_lingkungan',
  description: 'Lampu jalan mati sejak dua minggu.',
  villageCode: validVillage,
  location: 'Perempatan Jetis',
  urgency: 'sedang',
};

type Portal = {
  server: TestServer;
  /** A verified code for `phone`: challenge solved, code requested and read from the file transport. */
  code(phoneNumber?: string): Promise<{ pendingId: string; otp: string }>;
};

function portalOn(server: TestServer, difficulty: number): Portal {
  return {
    server,
    async code(phoneNumber = phone) {
      const c = (await server.call('/api/v1/public/challenge')).body;
      expect(c.difficulty).toBe(difficulty);
      const res = await server.call('/api/v1/public/otp', {
        body: { phone: phoneNumber, challenge: c.challenge, nonce: solve(c.challenge, c.difficulty) },
      });
      expect(res.status, res.text).toBe(202);
      await server.notifications.runOnce();
      const lines = readFileSync(join(server.dir, 'notifications.log'), 'utf8').trim().split('\n');
      const last = JSON.parse(lines.filter((l) => l.includes(res.body.pendingId)).at(-1)!);
      return { pendingId: res.body.pendingId, otp: /(\d{6})/.exec(last.body)![1]! };
    },
  };
}

describe('citizen portal API', () => {
  let server: TestServer;
  let portal: Portal;
  let hq: { token: string; nodeId: string };
  let admin: string;

  beforeAll(async () => {
    server = await startTestServer({
      notifications: { intervalMs: 3_600_000 },
      portal: {
        serviceDeskUnitId: 'unit-1',
        powDifficulty: 8,
        rateLimiters: {
          phone: createTokenBucketLimiter({ capacity: 1000, refillPerSecond: 1 }),
          address: createTokenBucketLimiter({ capacity: 1000, refillPerSecond: 1 }),
        },
      },
    });
    portal = portalOn(server, 8);
    const login = await server.call('/api/v1/auth/login', { body: { username: 'hq', password: 'rahasia-uji-123' } });
    hq = { token: login.body.token, nodeId: login.body.nodeId };
    admin = await server.login('admin');
  });
  afterAll(() => server.stop());

  const submit = (body: Record<string, unknown>) => server.call('/api/v1/public/submissions', { body });
  const hqPush = (changes: Change[]) => server.call('/api/v1/sync/push', { token: hq.token, body: { changes } });
  const hqSets = (entity: string, entityId: string, fields: Record<string, unknown>): Change => ({
    id: crypto.randomUUID(),
    entity,
    entityId,
    hlc: hlcAt(Date.now() + 1000, hq.nodeId),
    fields,
  });

  describe('proof of work', () => {
    it('refuses a wrong nonce, then accepts the right one once (no replay)', async () => {
      const c = (await server.call('/api/v1/public/challenge')).body;
      let wrong = 0;
      while (leadingZeroBits(powDigest(c.challenge, `x${wrong}`)) >= 8) wrong++;
      const bad = await server.call('/api/v1/public/otp', {
        body: { phone, challenge: c.challenge, nonce: `x${wrong}` },
      });
      expect(bad.status).toBe(400);
      expect(bad.body.error.code).toBe('pow_invalid');
      const nonce = solve(c.challenge, 8);
      const ok = await server.call('/api/v1/public/otp', { body: { phone, challenge: c.challenge, nonce } });
      expect(ok.status).toBe(202);
      const replay = await server.call('/api/v1/public/otp', { body: { phone, challenge: c.challenge, nonce } });
      expect(replay.status).toBe(400);
      expect(replay.body.error).toMatchObject({ code: 'pow_invalid', message: expect.stringContaining('Muat ulang') });
    });

    it('refuses a number that is not an Indonesian mobile', async () => {
      const c = (await server.call('/api/v1/public/challenge')).body;
      const res = await server.call('/api/v1/public/otp', {
        body: { phone: '12345', challenge: c.challenge, nonce: solve(c.challenge, 8) },
      });
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('invalid_phone');
    });
  });

  describe('one-time code', () => {
    it('is sent through the notification outbox and kept only as a hash', async () => {
      const { pendingId, otp } = await portal.code();
      const log = readFileSync(join(server.dir, 'notifications.log'), 'utf8');
      expect(log).toContain(normalised);
      const db = (await import('better-sqlite3')).default(join(server.dir, 'keliling.db'), { readonly: true });
      const row = db.prepare('SELECT * FROM public_otps WHERE id = ?').get(pendingId) as Record<string, string>;
      db.close();
      expect(JSON.stringify(row)).not.toContain(otp);
      expect(JSON.stringify(row)).not.toContain('81234567890');
      // HQ's list of notifications shows that a code went out, never the code.
      const list = await server.call('/api/v1/notifications', { token: hq.token });
      expect(list.status).toBe(200);
      expect(list.text).not.toContain(otp);
      expect(list.body.notifications.some((n: { entity: string }) => n.entity === 'public_otp')).toBe(true);
    });

    it('refuses a wrong code, and after five wrong tries refuses the right one too', async () => {
      const { pendingId, otp } = await portal.code();
      const wrongCode = otp === '000000' ? '111111' : '000000';
      const body = { entity: 'complaints', fields: complaint, phone, pendingId };
      for (let i = 0; i < 4; i++) {
        const res = await submit({ ...body, otp: wrongCode });
        expect(res.status).toBe(401);
        expect(res.body.error.code).toBe('otp_invalid');
      }
      const fifth = await submit({ ...body, otp: wrongCode });
      expect(fifth.status).toBe(410);
      const right = await submit({ ...body, otp });
      expect(right.status).toBe(410);
      expect(right.body.error).toMatchObject({
        code: 'otp_expired',
        message: expect.stringContaining('Minta kode baru'),
      });
    });

    it('refuses a code for another phone number', async () => {
      const { pendingId, otp } = await portal.code();
      const res = await submit({ entity: 'complaints', fields: complaint, phone: '081399998888', otp, pendingId });
      expect(res.status).toBe(401);
    });
  });

  describe('submissions', () => {
    let lost: { receiptNumber: string; accessCode: string };

    it('files a lost-item report with its items as records of the service desk that HQ reads', async () => {
      const { pendingId, otp } = await portal.code();
      const res = await submit({
        entity: 'lost_item_reports',
        fields: lostReport,
        items: lostItems,
        phone,
        otp,
        pendingId,
      });
      expect(res.status, res.text).toBe(201);
      expect(res.body.receiptNumber).toMatch(/^LAP-ZZZZ-/);
      expect(res.body.accessCode).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
      lost = res.body;

      const list = await server.call('/api/v1/records/lost_item_reports?limit=50', { token: hq.token });
      const record = list.body.records.find(
        (r: { fields: { receiptNumber: string } }) => r.fields.receiptNumber === lost.receiptNumber,
      );
      expect(record.fields).toMatchObject({
        unitId: 'unit-1',
        status: 'submitted',
        phone: normalised,
        accessCode: lost.accessCode,
        address: lostReport.address, // stored as typed: inert text, never rendered as HTML
      });
      const items = await server.call('/api/v1/records/lost_items?limit=50', { token: hq.token });
      const mine = items.body.records.filter((r: { fields: { reportId: string } }) => r.fields.reportId === record.id);
      expect(mine.map((r: { fields: { itemType: string } }) => r.fields.itemType).sort()).toEqual(['ATM', 'KTP']);

      const status = await server.call(`/api/v1/public/status/${lost.receiptNumber}?nik4=0001`);
      expect(status.body).toMatchObject({ status: 'submitted' });

      const audit = await server.call('/api/v1/audit?action=public_submission', { token: hq.token });
      expect(JSON.stringify(audit.body)).toContain(lost.receiptNumber);
      expect(JSON.stringify(audit.body)).not.toContain(validNik);
    });

    it('gives the same receipt back for the same submission (a double tap, or the same content again)', async () => {
      const { pendingId, otp } = await portal.code();
      const first = await submit({ entity: 'complaints', fields: complaint, phone, otp, pendingId });
      expect(first.status).toBe(201);
      const tap = await submit({ entity: 'complaints', fields: complaint, phone, otp, pendingId });
      expect(tap.status).toBe(200);
      expect(tap.body).toMatchObject({ receiptNumber: first.body.receiptNumber, duplicate: true });
      const again = await portal.code();
      const later = await submit({ entity: 'complaints', fields: complaint, phone, ...again });
      expect(later.body.receiptNumber).toBe(first.body.receiptNumber);
      const other = await submit({ entity: 'complaints', fields: { ...complaint, location: 'Lain' }, phone, ...again });
      expect(other.status).toBe(409);
      expect(other.body.error.code).toBe('otp_used');
    });

    it('tells the complainant of each follow-up HQ records, once', async () => {
      const { pendingId, otp } = await portal.code();
      const filed = await submit({
        entity: 'complaints',
        fields: { ...complaint, location: 'Tindak lanjut' },
        phone,
        otp,
        pendingId,
      });
      expect(filed.status).toBe(201);
      const list = await server.call('/api/v1/records/complaints?limit=50', { token: hq.token });
      const record = list.body.records.find(
        (r: { fields: { receiptNumber: string } }) => r.fields.receiptNumber === filed.body.receiptNumber,
      );
      const followUp = hqSets('complaint_follow_ups', crypto.randomUUID(), {
        complaintId: record.id,
        at: new Date().toISOString(),
        officerId: 'officer-unit-1-a',
        action: 'Patroli malam dijadwalkan di perempatan.',
        unitId: 'unit-1',
        createdAt: new Date().toISOString(),
      });
      const pushed = await hqPush([followUp]);
      expect(pushed.body.results[0].status, JSON.stringify(pushed.body)).toBe('applied');
      // The notifier the server runs on a timer, on a second connection to the same database file.
      const db = openDatabase(join(server.dir, 'keliling.db'));
      try {
        const notifier = createFollowUpNotifier(db, { outbox: createOutbox(db), now: Date.now });
        expect(notifier.runOnce()).toBe(1);
        expect(notifier.runOnce()).toBe(0);
      } finally {
        db.close();
      }
      await server.notifications.runOnce();
      const log = readFileSync(join(server.dir, 'notifications.log'), 'utf8');
      expect(log).toContain(`Pengaduan Anda (${filed.body.receiptNumber}) ditindaklanjuti: Patroli malam dijadwalkan`);
    });

    it('files a crowd permit request with the level that decides, and warns when it is late', async () => {
      const { pendingId, otp } = await portal.code();
      const res = await submit({ entity: 'crowd_permit_requests', fields: crowdPermit, phone, otp, pendingId });
      expect(res.status, res.text).toBe(201);
      // Filed months ahead: no lead-time warning; the documents are brought later (a warning until verification).
      expect(res.body.warnings.map((w: { code: string }) => w.code)).toEqual(['documents_missing']);
      const list = await server.call('/api/v1/records/crowd_permit_requests', { token: hq.token });
      expect(list.body.records[0].fields).toMatchObject({
        issuingLevel: 'polsek',
        status: 'submitted',
        unitId: 'unit-1',
      });
    });

    it('files an anonymous complaint without name or NIK', async () => {
      const { pendingId, otp } = await portal.code();
      const fields = { ...complaint, anonymous: true, description: 'Balap liar tiap malam.', nik: validNik };
      const res = await submit({ entity: 'complaints', fields, phone, otp, pendingId });
      expect(res.status, res.text).toBe(201);
      const list = await server.call('/api/v1/records/complaints?limit=50', { token: hq.token });
      const record = list.body.records.find(
        (r: { fields: { receiptNumber: string } }) => r.fields.receiptNumber === res.body.receiptNumber,
      );
      expect(record.fields.nik).toBeUndefined();
      expect(record.fields.fullName).toBeUndefined();
      expect(record.fields.status).toBe('received');
    });

    it('refuses bad fields with one readable detail per field and stores nothing', async () => {
      const { pendingId, otp } = await portal.code();
      const before = (await server.call('/api/v1/records/lost_item_reports', { token: hq.token })).body.records.length;
      const res = await submit({
        entity: 'lost_item_reports',
        fields: { ...lostReport, nik: '123', birthDate: '1990-02-31', status: 'issued' },
        items: lostItems,
        phone,
        otp,
        pendingId,
      });
      expect(res.status).toBe(400);
      expect(res.body.error.details).toEqual([expect.objectContaining({ path: 'fields.status' })]);
      const res2 = await submit({
        entity: 'lost_item_reports',
        fields: { ...lostReport, nik: '123', birthDate: '1990-02-31' },
        items: [],
        phone,
        otp,
        pendingId,
      });
      expect(res2.status).toBe(400);
      // Every wrong field at once, named as the portal's form names them, in plain words (no field keys).
      expect(res2.body.error.details.map((d: { path: string }) => d.path)).toEqual([
        'fields.nik',
        'fields.birthDate',
        'items',
      ]);
      expect(res2.body.error.details[0].message).toBe('NIK harus 16 angka, sesuai KTP.');
      expect(res2.body.error.details[1].message).toBe('Isi tanggal yang benar untuk Tanggal lahir.');
      const res3 = await submit({ entity: 'lost_item_reports', fields: lostReport, items: [], phone, otp, pendingId });
      expect(res3.body.error.details[0]).toMatchObject({ path: 'items', message: expect.stringContaining('barang') });
      const res4 = await submit({ entity: 'sim_applications', fields: {}, phone, otp, pendingId });
      expect(res4.status).toBe(400);
      expect(res4.body.error.code).toBe('unknown_entity');
      const after = (await server.call('/api/v1/records/lost_item_reports', { token: hq.token })).body.records.length;
      expect(after).toBe(before);
    });

    it('refuses attachments that were not uploaded for this submission', async () => {
      const { pendingId, otp } = await portal.code();
      const res = await submit({
        entity: 'complaints',
        fields: { ...complaint, location: 'X' },
        attachments: ['a'.repeat(64)],
        phone,
        otp,
        pendingId,
      });
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('upload_unknown');
    });

    it('notifies the phone when HQ changes the status, and the status link shows it', async () => {
      const list = await server.call('/api/v1/records/lost_item_reports?limit=50', { token: hq.token });
      const record = list.body.records.find(
        (r: { fields: { receiptNumber: string } }) => r.fields.receiptNumber === lost.receiptNumber,
      );
      const pushed = await hqPush([
        hqSets('lost_item_reports', record.id, { status: 'issued', letterNumber: 'SKTLK/ZZZZ-1/XI/2026/SPKT' }),
      ]);
      expect(pushed.body.results[0].status, JSON.stringify(pushed.body)).toBe('applied');
      await server.notifications.runOnce();
      const log = readFileSync(join(server.dir, 'notifications.log'), 'utf8');
      expect(log).toContain(`Surat Keterangan Tanda Lapor Kehilangan Anda (${lost.receiptNumber}) telah diterbitkan`);
      const status = await server.call(`/api/v1/public/status/${lost.receiptNumber}?code=${lost.accessCode}`);
      expect(status.body).toMatchObject({ status: 'issued', statusLabel: expect.any(String) });
    });

    it('lets the receipt holder download the issued SKTLK letter as a PDF, and no one else', async () => {
      const wrong = await server.call('/api/v1/public/letters', {
        body: { receiptNumber: lost.receiptNumber, nik4: '9999' },
      });
      expect(wrong.status).toBe(404);
      const res = await fetch(`${server.url}/api/v1/public/letters`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ receiptNumber: lost.receiptNumber, nik4: '0001' }),
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/pdf');
      const pdf = Buffer.from(await res.arrayBuffer()).toString('latin1');
      expect(pdf.startsWith('%PDF-1.4')).toBe(true);
      expect(pdf).toContain('SKTLK/ZZZZ-1/XI/2026/SPKT');
      expect(pdf).toContain('Kartu ATM');
      expect(pdf).toContain('%%EOF');
      const xref = Number(/startxref\n(\d+)/.exec(pdf)![1]);
      expect(pdf.slice(xref, xref + 4)).toBe('xref');
    });

    it('takes one status-link survey per delivered receipt; a wrong nik4 is 404', async () => {
      const answers = {
        persyaratan: 4,
        prosedur: 3,
        waktu: 3,
        biaya: 4,
        produk: 4,
        kompetensi: 3,
        perilaku: 4,
        pengaduan: 2,
        sarana: 3,
      };
      const wrong = await server.call('/api/v1/public/surveys', {
        body: { receiptNumber: lost.receiptNumber, nik4: '9999', answers },
      });
      expect(wrong.status).toBe(404);
      const bad = await server.call('/api/v1/public/surveys', {
        body: { receiptNumber: lost.receiptNumber, nik4: '0001', answers: { ...answers, waktu: 5 } },
      });
      expect(bad.status).toBe(400);
      const ok = await server.call('/api/v1/public/surveys', {
        body: { receiptNumber: lost.receiptNumber, nik4: '0001', answers, comment: 'Cepat <b>sekali</b>' },
      });
      expect(ok.status, ok.text).toBe(201);
      const again = await server.call('/api/v1/public/surveys', {
        body: { receiptNumber: lost.receiptNumber, accessCode: lost.accessCode, answers },
      });
      expect(again.status).toBe(409);
      expect(again.body.error.code).toBe('survey_exists');
      const surveys = await server.call('/api/v1/records/satisfaction_surveys', { token: hq.token });
      expect(surveys.body.records).toHaveLength(1);
      expect(surveys.body.records[0].fields).toMatchObject({
        channel: 'status_link',
        service: 'lost_item_reports',
        unitId: 'unit-1',
        answers,
      });
    });

    it('opens the survey only once the service is delivered', async () => {
      const { pendingId, otp } = await portal.code();
      const res = await submit({
        entity: 'complaints',
        fields: { ...complaint, location: 'Baru' },
        phone,
        otp,
        pendingId,
      });
      const answers = {
        persyaratan: 4,
        prosedur: 3,
        waktu: 3,
        biaya: 4,
        produk: 4,
        kompetensi: 3,
        perilaku: 4,
        pengaduan: 2,
        sarana: 3,
      };
      const early = await server.call('/api/v1/public/surveys', {
        body: { receiptNumber: res.body.receiptNumber, accessCode: res.body.accessCode, answers },
      });
      expect(early.status).toBe(409);
      expect(early.body.error.code).toBe('not_delivered');
    });
  });

  describe('holidays and the crowd permit deadline', () => {
    it('lists the 2026 holidays seeded from the SKB (17 national holidays, 8 cuti bersama)', async () => {
      const res = await server.call('/api/v1/public/holidays?year=2026');
      const kinds = res.body.holidays.map((h: { kind: string }) => h.kind);
      expect(kinds.filter((k: string) => k === 'cuti_bersama')).toHaveLength(8);
      // 17 national holidays, Idulfitri being two of them (21 and 22 March).
      expect(kinds.filter((k: string) => k === 'libur_nasional')).toHaveLength(17);
    });

    it('worked example: an event on Wed 8 April 2026 must be applied for by Wed 11 March (14 working days)', async () => {
      // Counting back from the event day: 8, 7, 6 Apr (3); 3 Apr Wafat Yesus Kristus skipped; 2, 1 Apr, 31, 30 Mar
      // (7); 27, 26, 25 Mar (10); 24, 23 cuti bersama, 21-22 Idulfitri (weekend), 20 cuti, 19 Nyepi, 18 cuti
      // skipped; 17, 16 Mar (12); 13, 12 Mar (14). The latest day to file is the day before: 11 March. Without the
      // holiday table (the domain's plain weekday count) it would be 19 March.
      const res = await server.call('/api/v1/public/crowd-permits/latest-date?eventDate=2026-04-08&scale=kecamatan');
      expect(res.body).toMatchObject({
        workingDays: 14,
        issuingLevel: 'polsek',
        latestDate: '2026-03-11',
        holidaysSkipped: ['2026-03-18', '2026-03-19', '2026-03-20', '2026-03-23', '2026-03-24', '2026-04-03'],
      });
      expect(res.body.holidaysKnown).toBe(true);
      const nextYear = await server.call(
        '/api/v1/public/crowd-permits/latest-date?eventDate=2027-04-08&scale=kecamatan',
      );
      expect(nextYear.body.holidaysKnown).toBe(false);
      const national = await server.call(
        '/api/v1/public/crowd-permits/latest-date?eventDate=2026-04-08&scale=nasional',
      );
      expect(national.body).toMatchObject({ workingDays: 21, issuingLevel: 'mabes' });
      const bad = await server.call('/api/v1/public/crowd-permits/latest-date?eventDate=2026-02-30&scale=kecamatan');
      expect(bad.status).toBe(400);
    });

    it('leaves exactly the lead time and no more where the table has no holidays (2027: weekends only)', async () => {
      for (const [eventDate, scale, workingDays] of [
        ['2027-09-01', 'kecamatan', 14],
        ['2027-07-01', 'nasional', 21],
      ] as const) {
        const res = await server.call(`/api/v1/public/crowd-permits/latest-date?eventDate=${eventDate}&scale=${scale}`);
        expect(res.body).toMatchObject({ workingDays, holidaysKnown: false, holidaysSkipped: [] });
        expect(workingDaysBetween(res.body.latestDate, eventDate)).toBe(workingDays);
        expect(workingDaysBetween(addDays(res.body.latestDate, 1), eventDate)).toBeLessThan(workingDays);
      }
    });

    it('is edited by an admin only, and the deadline follows the table', async () => {
      const officer = await server.login('petugas1');
      const refused = await server.call('/api/v1/holidays/2026-03-12', {
        method: 'PUT',
        token: officer,
        body: { name: 'X', kind: 'cuti_bersama' },
      });
      expect(refused.status).toBe(403);
      const put = await server.call('/api/v1/holidays/2026-03-12', {
        method: 'PUT',
        token: admin,
        body: { name: 'Libur uji', kind: 'cuti_bersama' },
      });
      expect(put.status).toBe(200);
      const res = await server.call('/api/v1/public/crowd-permits/latest-date?eventDate=2026-04-08&scale=kecamatan');
      expect(res.body.latestDate).toBe('2026-03-10');
      const del = await server.call('/api/v1/holidays/2026-03-12', { method: 'DELETE', token: admin });
      expect(del.status).toBe(204);
      const audit = await server.call('/api/v1/audit?action=holiday_put', { token: hq.token });
      expect(JSON.stringify(audit.body)).toContain('2026-03-12');
    });
  });

  describe('complaint service levels', () => {
    it('flags a complaint past its first-response target to HQ and escalates it once', async () => {
      const device = await server.enroll('unit-1');
      const createdAt = new Date(Date.now() - 5 * 24 * 3_600_000).toISOString();
      const entityId = crypto.randomUUID();
      const change: Change = {
        id: crypto.randomUUID(),
        entity: 'complaints',
        entityId,
        hlc: hlcAt(Date.now() - 1000, device.nodeId),
        fields: { ...complaint, phone: normalised, urgency: 'tinggi', status: 'received', unitId: 'unit-1', createdAt },
      };
      const pushed = await server.call('/api/v1/sync/push', { token: device.token, body: { changes: [change] } });
      expect(pushed.body.results[0].status, JSON.stringify(pushed.body)).toBe('applied');

      const first = await server.call('/api/v1/complaints/overdue', { token: hq.token });
      expect(first.status).toBe(200);
      const mine = first.body.overdue.filter((o: { complaintId: string }) => o.complaintId === entityId);
      expect(mine.map((o: { target: string }) => o.target).sort()).toEqual(['first_response', 'resolution']);
      expect(mine[0].hoursOverdue).toBeGreaterThanOrEqual(48);
      // Portal complaints filed just now are not overdue.
      expect(first.body.overdue.every((o: { createdAt: string }) => o.createdAt === createdAt)).toBe(true);

      await server.call('/api/v1/complaints/overdue', { token: hq.token });
      const audit = await server.call('/api/v1/audit?action=complaint_sla_escalated', { token: hq.token });
      const entries = JSON.stringify(audit.body).split('complaint_sla_escalated').length - 1;
      expect(entries).toBe(2);
      expect((await server.call('/api/v1/complaints/overdue', { token: device.token })).status).toBe(403);
    });

    it('keeps the targets as a table admins change', async () => {
      const targets = (await server.call('/api/v1/complaints/sla', { token: hq.token })).body.targets;
      expect(targets.map((t: { urgency: string }) => t.urgency)).toEqual(['tinggi', 'sedang', 'rendah']);
      const put = await server.call('/api/v1/complaints/sla/rendah', {
        method: 'PUT',
        token: admin,
        body: { firstResponseHours: 48, resolutionHours: 240 },
      });
      expect(put.body.targets.find((t: { urgency: string }) => t.urgency === 'rendah')).toMatchObject({
        firstResponseHours: 48,
      });
    });
  });

  it('answers the no-script status form with a small HTML page, the NIK digits in the body only', async () => {
    const res = await fetch(`${server.url}/layanan/status`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'receiptNumber=nope&proof=0001',
    });
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('Data tidak ditemukan');
  });
});

describe('portal limits', () => {
  let server: TestServer;
  let portal: Portal;
  beforeAll(async () => {
    server = await startTestServer({
      notifications: { intervalMs: 3_600_000 },
      portal: { serviceDeskUnitId: 'unit-1', powDifficulty: 4, otpTtlMs: 800 },
    });
    portal = portalOn(server, 4);
  });
  afterAll(() => server.stop());

  it('expires a code', async () => {
    const { pendingId, otp } = await portal.code('081311112222');
    await new Promise((r) => setTimeout(r, 900));
    const res = await server.call('/api/v1/public/submissions', {
      body: { entity: 'complaints', fields: complaint, phone: '081311112222', otp, pendingId },
    });
    expect(res.status).toBe(410);
    expect(res.body.error.code).toBe('otp_expired');
  });

  it('limits codes per phone number: three, then 429 with JSON and Retry-After', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      const c = (await server.call('/api/v1/public/challenge')).body;
      const res = await server.call('/api/v1/public/otp', {
        body: { phone: '081377778888', challenge: c.challenge, nonce: solve(c.challenge, 4) },
      });
      statuses.push(res.status);
      if (res.status === 429) {
        expect(res.body.error).toMatchObject({
          code: 'rate_limited',
          message: expect.stringContaining('Terlalu banyak'),
        });
        expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
      }
    }
    expect(statuses).toEqual([202, 202, 202, 429]);
  });

  it('limits writes per address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 40; i++) {
      statuses.push((await server.call('/api/v1/public/submissions', { body: {} })).status);
    }
    // The address already spent 6 on codes above; 30 is the burst.
    expect(statuses.filter((s) => s === 400).length).toBeLessThanOrEqual(30);
    expect(statuses.at(-1)).toBe(429);
  });
});

describe('privacy of the server log', () => {
  it('holds no phone number, NIK or name from portal calls (paths only, no bodies or queries)', async () => {
    const lines: string[] = [];
    const server = await startTestServer({
      logger: createLogger({
        level: 'debug',
        destination: new Writable({
          write: (chunk, _e, done) => {
            lines.push(String(chunk));
            done();
          },
        }),
      }),
      notifications: { intervalMs: 3_600_000 },
      portal: { serviceDeskUnitId: 'unit-1', powDifficulty: 4 },
    });
    try {
      const { pendingId, otp } = await portalOn(server, 4).code();
      const res = await server.call('/api/v1/public/submissions', {
        body: { entity: 'lost_item_reports', fields: lostReport, items: lostItems, phone, otp, pendingId },
      });
      expect(res.status).toBe(201);
      await server.call(`/api/v1/public/status/${res.body.receiptNumber}?nik4=0001`);
      const log = lines.join('');
      expect(log).toContain('"path":"/public/submissions"');
      for (const secret of ['81234567890', validNik, 'Budi', '0001', otp]) expect(log).not.toContain(secret);
    } finally {
      await server.stop();
    }
  });
});
