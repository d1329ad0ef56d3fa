import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium, launchChromium, type RunningServer, screenshotPath, startServer } from './harness.js';

// Issue 8 proof: the citizen portal on a phone-sized screen over a slow 3G link. Each service from submission
// (the one-time code read from the file transport's log) to a status change made by HQ, notified through the file
// transport and seen on the status page; an interrupted upload that resumes; the first page under 300 KB; the
// status lookup without scripts; no staff bundle loaded, no service worker registered; an axe scan.
const chromiumPath = findChromium();
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** Chrome DevTools' "Slow 3G" preset: 400 ms latency (×5 for the emulated round trip), 500 kbit/s each way. */
const slow3g = {
  offline: false,
  latency: 2000,
  downloadThroughput: (500 * 1024) / 8,
  uploadThroughput: (500 * 1024) / 8,
};
const phone = { width: 360, height: 740 };

type Receipt = { receiptNumber: string; accessCode: string };
type Hq = { token: string; nodeId: string };

async function phoneContext(browser: Browser, options: { javaScriptEnabled?: boolean } = {}) {
  const context = await browser.newContext({
    viewport: phone,
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'id-ID',
    bypassCSP: true,
    ...options,
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', slow3g);
  return { context, page, cdp };
}

/** Bytes on the wire (headers and bodies, as compressed) for every request the page made, from the CDP log. */
function byteCounter(cdp: CDPSession) {
  const urls = new Map<string, string>();
  let bytes = 0;
  cdp.on('Network.requestWillBeSent', (e: { requestId: string; request: { url: string } }) =>
    urls.set(e.requestId, e.request.url),
  );
  cdp.on('Network.loadingFinished', (e: { encodedDataLength: number }) => {
    bytes += e.encodedDataLength;
  });
  return { bytes: () => bytes, urls: () => [...urls.values()] };
}

function notifications(dataDir: string): { phone: string; body: string; entity: string }[] {
  try {
    return readFileSync(join(dataDir, 'notifications.log'), 'utf8')
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line));
  } catch {
    return [];
  }
}

async function waitFor<T>(read: () => T | undefined, what: string, timeoutMs = 30_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = read();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function axeSerious(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: axePath });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run(d: Document, o: object): Promise<{ violations: { id: string; impact: string | null }[] }> };
      }
    ).axe;
    const r = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
  });
}

describe.skipIf(!chromiumPath)('citizen portal (/layanan) on a phone over slow 3G', () => {
  let server: RunningServer;
  let browser: Browser;
  let hq: Hq;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium(chromiumPath!);
    const res = await fetch(`${server.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'hq', password: 'demo-hq-2026' }),
    });
    const body = (await res.json()) as Hq;
    hq = { token: body.token, nodeId: body.nodeId };
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** HQ sets fields on the record behind a receipt, through the sync API like the HQ app. */
  async function hqSets(entity: string, receiptNumber: string, fields: Record<string, unknown>): Promise<void> {
    const list = await fetch(`${server.url}/api/v1/records/${entity}?limit=100`, {
      headers: { authorization: `Bearer ${hq.token}` },
    });
    const { records } = (await list.json()) as { records: { id: string; fields: Record<string, unknown> }[] };
    const record = records.find((r) => r.fields.receiptNumber === receiptNumber);
    expect(record, `${entity} ${receiptNumber} at HQ`).toBeTruthy();
    expect(record!.fields.unitId).toBe('unit-sleman-spkt');
    const change = {
      id: crypto.randomUUID(),
      entity,
      entityId: record!.id,
      hlc: `${new Date().toISOString()}-0000-${hq.nodeId}`,
      fields,
    };
    const res = await fetch(`${server.url}/api/v1/sync/push`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${hq.token}` },
      body: JSON.stringify({ changes: [change] }),
    });
    const pushed = (await res.json()) as { results: { status: string }[] };
    expect(pushed.results[0]?.status, JSON.stringify(pushed)).toBe('applied');
  }

  /** Fills the phone, asks for the code (the page solves the proof of work) and types the code from the log. */
  async function verifyPhone(page: Page, number: string): Promise<void> {
    const normalised = `+62${number.slice(1)}`;
    const before = notifications(server.dataDir).filter(
      (n) => n.entity === 'public_otp' && n.phone === normalised,
    ).length;
    await page.getByTestId('portal-phone').fill(number);
    await page.getByTestId('portal-send-otp').click();
    await page.getByTestId('portal-otp-step').waitFor({ state: 'visible', timeout: 60_000 });
    const sms = await waitFor(() => {
      const mine = notifications(server.dataDir).filter((n) => n.entity === 'public_otp' && n.phone === normalised);
      return mine.length > before ? mine.at(-1) : undefined;
    }, 'the one-time code in notifications.log');
    await page.getByTestId('portal-otp').fill(/(\d{6})/.exec(sms.body)![1]!);
  }

  async function submitAndReadReceipt(page: Page, name: string): Promise<Receipt> {
    await page.screenshot({ path: screenshotPath(`portal-${name}-filled`), fullPage: true });
    await page.getByTestId('portal-submit').click();
    await page.getByTestId('portal-receipt').waitFor({ timeout: 60_000 });
    await page.screenshot({ path: screenshotPath(`portal-${name}-receipt`), fullPage: true });
    return {
      receiptNumber: (await page.getByTestId('portal-receipt-number').textContent())!,
      accessCode: (await page.getByTestId('portal-access-code').textContent())!,
    };
  }

  async function expectNotified(receiptNumber: string, text: string): Promise<void> {
    await waitFor(
      () => notifications(server.dataDir).find((n) => n.body.includes(receiptNumber) && n.body.includes(text)),
      `the status notification for ${receiptNumber}`,
    );
  }

  it('first page: under 300 KB, no staff bundle, no service worker, usable and accessible', async () => {
    const { context, page, cdp } = await phoneContext(browser);
    const counter = byteCounter(cdp);
    await page.goto(`${server.url}/layanan`, { waitUntil: 'networkidle', timeout: 60_000 });
    const bytes = counter.bytes();
    console.log(`portal first page: ${bytes} bytes over ${counter.urls().length} requests`);
    expect(bytes).toBeLessThan(300 * 1024);
    expect(counter.urls().some((u) => /\/assets\/(main|vendor|regions)-/.test(u) || u.endsWith('/index.html'))).toBe(
      false,
    );
    expect(counter.urls().some((u) => u.includes('manifest.webmanifest'))).toBe(false);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
    for (const title of ['Laporan Kehilangan', 'Izin Keramaian', 'Pengaduan'])
      await expect(page.getByText(title, { exact: true }).count()).resolves.toBe(1);
    await expect(page.getByTestId('portal-privacy').textContent()).resolves.toContain('UU No. 27 Tahun 2022');
    expect(await axeSerious(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('portal-landing'), fullPage: true });
    await context.close();
  }, 120_000);

  let lost: Receipt;

  it('lost-item report: documents uploaded resumably through a dropped link, HQ issues the letter, the resident downloads it and rates the service', async () => {
    const { context, page, cdp } = await phoneContext(browser);
    await page.goto(`${server.url}/layanan`, { timeout: 60_000 });
    await page.getByTestId('portal-service-lost').click();
    await page.getByTestId('portal-form-kehilangan').waitFor({ timeout: 60_000 });
    expect(await axeSerious(page)).toEqual([]);
    const f = (name: string) => page.getByTestId(`portal-field-${name}`);
    await f('fullName').fill('Sri Wahyuni');
    await f('nik').fill('3404074308950002');
    await f('birthPlace').fill('Sleman');
    await f('birthDate').fill('1995-08-03');
    await f('sex').selectOption('P');
    await f('address').fill('Padukuhan Karangasem RT 003/RW 012, Caturtunggal <script>alert(1)</script>');
    await f('lostOn').fill('2026-11-20');
    await f('lostPlace').fill('Pasar Colombo');
    await f('chronology').fill('Dompet berisi KTP dan kartu ATM hilang saat berbelanja.');
    await page.getByTestId('portal-item-type-0').selectOption('KTP');
    await page.getByTestId('portal-item-identifier-0').fill('3404074308950002');
    await page.getByTestId('portal-item-add').click();
    await page.getByTestId('portal-item-type-1').selectOption('ATM');
    await page.getByTestId('portal-item-description-1').fill('Kartu ATM BRI');
    await verifyPhone(page, '081234567001');
    await page.screenshot({ path: screenshotPath('portal-lost-otp-step'), fullPage: true });

    // A 400 KB scan: seven 64 KB chunks at 62 KB/s. The link drops after two chunks and comes back.
    const patches: { offset: number; at: number }[] = [];
    let creations = 0;
    page.on('request', (req) => {
      if (!req.url().includes('/api/v1/public/uploads')) return;
      if (req.method() === 'POST') creations++;
      if (req.method() === 'PATCH') patches.push({ offset: Number(req.headers()['upload-offset']), at: Date.now() });
    });
    const scan = Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(400 * 1024)]);
    await page
      .getByTestId('portal-documents')
      .setInputFiles({ name: 'ktp-dan-bukti.pdf', mimeType: 'application/pdf', buffer: scan });
    const row = page.getByTestId('portal-upload').first();
    await page.waitForFunction(
      () =>
        Number(document.querySelector('[data-testid="portal-upload"]')?.getAttribute('data-sent') ?? 0) >= 128 * 1024,
      null,
      { timeout: 60_000 },
    );
    await cdp.send('Network.emulateNetworkConditions', { ...slow3g, offline: true });
    const droppedAt = Date.now();
    await page.waitForTimeout(2500);
    await page.screenshot({ path: screenshotPath('portal-lost-upload-interrupted'), fullPage: true });
    await cdp.send('Network.emulateNetworkConditions', slow3g);
    const resume = page.getByTestId('portal-upload-resume');
    if (await resume.isVisible()) await resume.click();
    await page.waitForFunction(
      () => document.querySelector('[data-testid="portal-upload"]')?.getAttribute('data-done') === 'true',
      null,
      { timeout: 90_000 },
    );
    await expect(row.getByTestId('portal-upload-state').textContent()).resolves.toBe('Terunggah');
    expect(creations).toBe(1);
    const resumedAt = patches.find((p) => p.at > droppedAt && p.offset > 0);
    expect(resumedAt, JSON.stringify(patches)).toBeTruthy();
    expect(patches.filter((p) => p.at > droppedAt).every((p) => p.offset > 0)).toBe(true);

    lost = await submitAndReadReceipt(page, 'lost');
    expect(lost.receiptNumber).toMatch(/^LAP-/);

    // HQ issues the SKTLK letter: the phone is told, and the status page shows it, the letter and the survey.
    await hqSets('lost_item_reports', lost.receiptNumber, {
      status: 'issued',
      letterNumber: 'SKTLK/ZZZZ-7/XI/2026/SPKT POLRESTA SLEMAN',
    });
    await expectNotified(lost.receiptNumber, 'telah diterbitkan');
    await page.getByTestId('portal-receipt-status').click();
    await expect(page.getByTestId('portal-status-label').getAttribute('data-status')).resolves.toBe('issued');
    const download = page.waitForEvent('download', { timeout: 60_000 });
    await page.getByTestId('portal-letter-download').click();
    const pdf = readFileSync((await (await download).path())!).toString('latin1');
    expect(pdf.startsWith('%PDF-1.4')).toBe(true);
    expect(pdf).toContain('SKTLK/ZZZZ-7/XI/2026/SPKT POLRESTA SLEMAN');
    await page.getByTestId('portal-survey-form').waitFor();
    for (const key of [
      'persyaratan',
      'prosedur',
      'waktu',
      'biaya',
      'produk',
      'kompetensi',
      'perilaku',
      'pengaduan',
      'sarana',
    ]) {
      await page
        .getByTestId(`portal-survey-${key}`)
        .getByLabel(/4 Sangat baik/)
        .check();
    }
    await page.getByTestId('portal-survey-comment').fill('Cepat dan ramah.');
    await page.screenshot({ path: screenshotPath('portal-lost-status-survey'), fullPage: true });
    await page.getByTestId('portal-survey-submit').click();
    await page.getByTestId('portal-survey-thanks').waitFor({ timeout: 60_000 });
    await page.screenshot({ path: screenshotPath('portal-lost-survey-thanks'), fullPage: true });
    await context.close();
  }, 240_000);

  it('crowd permit: the deciding level and the latest date shown, HQ verifies, the phone is told', async () => {
    const { context, page } = await phoneContext(browser);
    await page.goto(`${server.url}/layanan/izin-keramaian`, { timeout: 60_000 });
    await page.getByTestId('portal-form-izin-keramaian').waitFor({ timeout: 60_000 });
    const f = (name: string) => page.getByTestId(`portal-field-${name}`);
    await f('fullName').fill('Dewi Lestari');
    await f('nik').fill('3404074308950002');
    await f('organization').fill('Karang Taruna Caturtunggal');
    await f('eventName').fill('Pentas Seni Tujuh Belasan');
    await f('eventType').selectOption('pertunjukan');
    await f('venue').fill('Lapangan Padukuhan Karangasem');
    await f('villageCode').selectOption('34.04.07.2001');
    await f('startsAt').fill('2027-04-08T19:00');
    await f('endsAt').fill('2027-04-08T22:00');
    await f('expectedAttendance').fill('400');
    await f('scale').selectOption('kabupaten_kota');
    await expect(page.getByTestId('portal-crowd-authority').textContent({ timeout: 60_000 })).resolves.toBe('Kapolres');
    const latest = await page.getByTestId('portal-crowd-deadline').getAttribute('data-date');
    const api = await (
      await fetch(`${server.url}/api/v1/public/crowd-permits/latest-date?eventDate=2027-04-08&scale=kabupaten_kota`)
    ).json();
    expect(latest).toBe((api as { latestDate: string }).latestDate);
    await verifyPhone(page, '081234567002');
    const receipt = await submitAndReadReceipt(page, 'crowd');
    expect(receipt.receiptNumber).toMatch(/^IZN-/);
    const documents = {
      ktp: true,
      committeeList: true,
      venueConsent: true,
      agencyRecommendation: true,
      statementLetter: true,
      articlesOfAssociation: true,
    };
    await hqSets('crowd_permit_requests', receipt.receiptNumber, { status: 'verified', documents });
    await expectNotified(receipt.receiptNumber, 'telah diverifikasi');
    await page.getByTestId('portal-receipt-status').click();
    await expect(
      page.getByTestId('portal-status-label').getAttribute('data-status', { timeout: 60_000 }),
    ).resolves.toBe('verified');
    await page.screenshot({ path: screenshotPath('portal-crowd-status'), fullPage: true });
    await context.close();
  }, 240_000);

  it('complaint: anonymous, a photo downscaled on the phone, HQ takes it up, the phone is told', async () => {
    const { context, page } = await phoneContext(browser);
    await page.goto(`${server.url}/layanan/pengaduan`, { timeout: 60_000 });
    await page.getByTestId('portal-form-pengaduan').waitFor({ timeout: 60_000 });
    const f = (name: string) => page.getByTestId(`portal-field-${name}`);
    await f('anonymous').check();
    await f('category').selectOption('keamanan_lingkungan');
    await f('description').fill('Balap liar tiap malam Minggu di jalan desa. <b>tolong</b>');
    await f('location').fill('Perempatan Padukuhan Jetis');
    await f('urgency').selectOption('tinggi');
    await verifyPhone(page, '081234567003');
    // A 2400×1800 photo made on the page, sent as PNG: it goes up as a JPEG at most 1600 px wide.
    const png = await page.evaluate(() => {
      const canvas = document.createElement('canvas');
      canvas.width = 2400;
      canvas.height = 1800;
      const g = canvas.getContext('2d')!;
      for (let i = 0; i < 400; i++) {
        g.fillStyle = `hsl(${(i * 37) % 360} 70% 50%)`;
        g.fillRect((i * 97) % 2400, (i * 61) % 1800, 120, 90);
      }
      return canvas.toDataURL('image/png').split(',')[1]!;
    });
    const original = Buffer.from(png, 'base64');
    await page
      .getByTestId('portal-documents')
      .setInputFiles({ name: 'foto-lokasi.png', mimeType: 'image/png', buffer: original });
    await page.waitForFunction(
      () => document.querySelector('[data-testid="portal-upload"]')?.getAttribute('data-done') === 'true',
      null,
      { timeout: 90_000 },
    );
    expect(await page.getByTestId('portal-upload').first().textContent()).toContain('foto-lokasi.jpg');
    const receipt = await submitAndReadReceipt(page, 'complaint');
    expect(receipt.receiptNumber).toMatch(/^ADU-/);
    await hqSets('complaints', receipt.receiptNumber, { status: 'in_progress' });
    await expectNotified(receipt.receiptNumber, 'sedang ditindaklanjuti');
    await page.getByTestId('portal-receipt-status').click();
    await expect(
      page.getByTestId('portal-status-label').getAttribute('data-status', { timeout: 60_000 }),
    ).resolves.toBe('in_progress');
    await page.screenshot({ path: screenshotPath('portal-complaint-status'), fullPage: true });

    const files = await fetch(`${server.url}/api/v1/portal/submissions/${receipt.receiptNumber}/attachments`, {
      headers: { authorization: `Bearer ${hq.token}` },
    });
    const { attachments } = (await files.json()) as { attachments: { sha256: string; mime: string; size: number }[] };
    expect(attachments).toEqual([expect.objectContaining({ mime: 'image/jpeg' })]);
    // HQ reads the stored photo: a JPEG whose frame header (SOF0) says 1600 × 1200.
    const blob = await fetch(`${server.url}/api/v1/blobs/${attachments[0]!.sha256}`, {
      headers: { authorization: `Bearer ${hq.token}` },
    });
    const jpeg = Buffer.from(await blob.arrayBuffer());
    const sof = jpeg.findIndex((byte, i) => byte === 0xff && jpeg[i + 1] === 0xc0);
    expect([jpeg.readUInt16BE(sof + 7), jpeg.readUInt16BE(sof + 5)]).toEqual([1600, 1200]);
    expect(original.length).toBeGreaterThan(0);
    await context.close();
  }, 240_000);

  it('rejects a wrong type and an oversized file on the phone with clear messages', async () => {
    const { context, page } = await phoneContext(browser);
    await page.goto(`${server.url}/layanan/pengaduan`, { timeout: 60_000 });
    await page.getByTestId('portal-form-pengaduan').waitFor({ timeout: 60_000 });
    await page.getByTestId('portal-field-anonymous').check();
    await page.getByTestId('portal-field-category').selectOption('lainnya');
    await page.getByTestId('portal-field-description').fill('Uji berkas.');
    await page.getByTestId('portal-field-urgency').selectOption('rendah');
    await verifyPhone(page, '081234567004');
    await page.getByTestId('portal-documents').setInputFiles([
      { name: 'skrip.html', mimeType: 'text/html', buffer: Buffer.from('<script>alert(1)</script>') },
      { name: 'besar.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(6 * 1024 * 1024, 1) },
    ]);
    await expect(page.getByTestId('portal-upload').nth(0).textContent()).resolves.toContain(
      'jenis berkas tidak diterima',
    );
    await expect(page.getByTestId('portal-upload').nth(1).textContent({ timeout: 30_000 })).resolves.toContain(
      'terlalu besar',
    );
    await page.screenshot({ path: screenshotPath('portal-upload-refused'), fullPage: true });
    await context.close();
  }, 120_000);

  it('looks up a status without scripts (the form posts; no NIK in the URL)', async () => {
    const { context, page } = await phoneContext(browser, { javaScriptEnabled: false });
    await page.goto(`${server.url}/layanan`, { timeout: 60_000 });
    await page.getByTestId('portal-status-receipt').fill(lost.receiptNumber);
    await page.getByTestId('portal-status-proof').fill('0002');
    await page.getByTestId('portal-status-submit').click();
    await page.getByTestId('portal-status-result').waitFor({ timeout: 60_000 });
    expect(page.url()).not.toContain('0002');
    await expect(page.getByTestId('portal-status-label').textContent()).resolves.toBeTruthy();
    await page.screenshot({ path: screenshotPath('portal-status-noscript'), fullPage: true });
    await context.close();
  }, 120_000);
});
