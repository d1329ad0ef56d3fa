import { join } from 'node:path';
import { currentIsoDate } from '@keliling/domain';
import Database from 'better-sqlite3';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { findChromium, type RunningServer, screenshotPath, serverAndBrowser } from './harness.js';
import { demoOfficer } from './officerSignIn.js';

// Issue 6 (administration, audit, notifications, monthly PDF) and issue 8 items 4–5 (IKM and trainings), HQ side.
const chromiumPath = findChromium();

async function staffLogin(page: Page, url: string, username: string): Promise<void> {
  await page.goto(url);
  await page.getByTestId('start-staff').click();
  await page.getByTestId('staff-username').fill(username);
  await page.getByTestId('staff-password').fill(`demo-${username}-2026`);
  await page.getByTestId('staff-submit').click();
  await page.getByTestId('staff-shell').waitFor({ timeout: 15_000 });
}

const api = async (server: RunningServer, path: string, init: { token?: string; body?: unknown } = {}) => {
  const res = await fetch(`${server.url}/api/v1${path}`, {
    method: init.body === undefined ? 'GET' : 'POST',
    headers: {
      'content-type': 'application/json',
      ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  // biome-ignore lint/suspicious/noExplicitAny: the test reads response bodies freely and checks them with expect.
  return { status: res.status, body: (await res.json().catch(() => null)) as any };
};

describe.skipIf(!chromiumPath)('administration and HQ oversight in the browser', () => {
  const suite = serverAndBrowser(chromiumPath ?? '');
  let device: { token: string; deviceId: string; nodeId: string };

  it('admin issues an enrollment code (QR), revokes the laptop enrolled with it, and publishes a fee table', async () => {
    const { server, browser } = suite;
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'id-ID' });
    const page = await context.newPage();
    await staffLogin(page, server.url, 'admin');
    expect(await page.getByTestId('staff-shell').getAttribute('data-role')).toBe('admin');
    await page.getByTestId('user-list').waitFor({ timeout: 15_000 });
    expect(await page.locator('[data-testid="user-row"][data-username="hq"]').count()).toBe(1);
    await page.screenshot({ path: screenshotPath('admin-01-users'), fullPage: true });

    await page.getByTestId('nav-admin-units').click();
    await page.getByTestId('officer-row').first().waitFor({ timeout: 15_000 });
    await page.screenshot({ path: screenshotPath('admin-02-units-officers'), fullPage: true });

    await page.getByTestId('nav-admin-codes').click();
    await page.getByTestId('code-unit').selectOption('unit-sleman-1');
    await page.getByTestId('code-create').click();
    const qr = page.getByTestId('enrollment-code-qr');
    await qr.waitFor({ timeout: 10_000 });
    expect(await qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
    expect(await qr.evaluate((img: HTMLImageElement) => img.naturalWidth > 0)).toBe(true);
    const code = (await page.getByTestId('enrollment-code-text').textContent())?.trim() ?? '';
    expect(code.length).toBeGreaterThan(5);
    await page.screenshot({ path: screenshotPath('admin-03-enrollment-code'), fullPage: true });

    // A laptop enrolls with that code and syncs a satisfaction survey (taken in hand-over mode).
    const enrolled = await api(server, '/devices/enroll', { body: { code, name: 'Laptop Uji Admin' } });
    expect(enrolled.status).toBe(201);
    device = enrolled.body;
    const now = new Date().toISOString();
    const answers = {
      persyaratan: 4,
      prosedur: 4,
      waktu: 3,
      biaya: 4,
      produk: 4,
      kompetensi: 4,
      perilaku: 4,
      pengaduan: 3,
      sarana: 3,
    };
    const push = await api(server, '/sync/push', {
      token: device.token,
      body: {
        changes: [
          {
            id: crypto.randomUUID(),
            entity: 'satisfaction_surveys',
            entityId: 'survey-e2e-1',
            hlc: `${new Date(Date.now() - 1000).toISOString()}-0000-${device.nodeId}`,
            fields: {
              unitId: 'unit-sleman-1',
              createdAt: now,
              service: 'sim_applications',
              recordId: 'sim-e2e-1',
              officerId: demoOfficer.id,
              channel: 'handover',
              answers,
            },
          },
        ],
      },
    });
    expect(push.body.results[0].status).toBe('applied');
    // A change the server refuses (an answer of 9 on a 1–4 scale), made by a named officer on that laptop: HQ's
    // rejection log must name the officer and the laptop, not show their ids.
    const refusedPush = await api(server, '/sync/push', {
      token: device.token,
      body: {
        changes: [
          {
            id: crypto.randomUUID(),
            entity: 'satisfaction_surveys',
            entityId: 'survey-e2e-refused',
            hlc: `${new Date(Date.now() - 500).toISOString()}-0000-${device.nodeId}`,
            by: demoOfficer.id,
            fields: {
              unitId: 'unit-sleman-1',
              createdAt: now,
              service: 'sim_applications',
              recordId: 'sim-e2e-1',
              officerId: demoOfficer.id,
              channel: 'handover',
              answers: { ...answers, persyaratan: 9 },
            },
          },
        ],
      },
    });
    expect(refusedPush.body.results[0].status).toBe('rejected');

    await page.getByTestId('nav-admin-devices').click();
    const row = page.locator(`[data-testid="device-row"][data-device-id="${device.deviceId}"]`);
    await row.waitFor({ timeout: 10_000 });
    expect(await row.textContent()).toContain('Laptop Uji Admin');
    await row.getByTestId('device-revoke').click();
    await page.getByTestId('device-confirm').waitFor();
    await page.screenshot({ path: screenshotPath('admin-04-device-revoke-confirm'), fullPage: true });
    await page.getByTestId('device-confirm-yes').click();
    await expect.poll(() => row.getAttribute('data-status'), { timeout: 10_000 }).toBe('revoked');
    const refused = await api(server, '/sync/info', { token: device.token });
    expect([401, 403]).toContain(refused.status);
    expect(refused.body.error.code).toBe('device_revoked');
    await page.screenshot({ path: screenshotPath('admin-05-devices'), fullPage: true });

    await page.getByTestId('nav-admin-fees').click();
    await page.getByTestId('fee-table').first().waitFor({ timeout: 10_000 });
    const before = await page.getByTestId('fee-table').count();
    await page.getByTestId('fee-new-version').first().click();
    await page.getByTestId('fee-id').fill('pnbp-2027');
    await page.getByTestId('fee-regulation').fill('PP uji coba 2027');
    await page.getByTestId('fee-valid-from').fill('2027-01-01');
    await page.getByTestId('fee-row').first().getByTestId('fee-row-new').fill('125000');
    await page.screenshot({ path: screenshotPath('admin-06-fee-table-form'), fullPage: true });
    await page.getByTestId('fee-publish').click();
    await page.locator('[data-testid="fee-publish-outcome"][data-ok="true"]').waitFor({ timeout: 10_000 });
    const published = page.locator('[data-testid="fee-table"][data-table-id="pnbp-2027"]');
    await published.waitFor({ timeout: 10_000 });
    expect(await page.getByTestId('fee-table').count()).toBe(before + 1);
    expect(await published.getAttribute('data-valid-from')).toBe('2027-01-01');
    expect(await published.textContent()).toContain('125.000');
    await page.screenshot({ path: screenshotPath('admin-07-fee-tables'), fullPage: true });
    await context.close();
  });

  it('HQ browses and verifies the audit log, retries a failed notification, downloads the monthly PDF, sees the IKM', async () => {
    const { server, browser } = suite;
    // A message the gateway refused for good (written as the sender leaves one after its last attempt).
    const db = new Database(join(server.dataDir, 'keliling.db'));
    const at = new Date(Date.now() - 3_600_000).toISOString();
    db.prepare(
      `INSERT INTO notification_outbox (id, entity, entity_id, status, change_id, phone, body, state, attempts, last_error, next_attempt_at, created_at)
       VALUES ('0zzzzzzzz-e2e', 'sim_applications', 'sim-e2e-1', 'approved', 'chg-e2e', '+6281234567890',
               'Permohonan SIM Anda disetujui.', 'failed', 8, 'webhook answered 503', ?, ?)`,
    ).run(at, at);
    db.close();

    const context = await browser.newContext({
      viewport: { width: 1366, height: 900 },
      locale: 'id-ID',
      acceptDownloads: true,
    });
    const page = await context.newPage();
    await staffLogin(page, server.url, 'hq');

    await page.getByTestId('nav-audit').click();
    await page.getByTestId('audit-row').first().waitFor({ timeout: 15_000 });
    await page.getByTestId('audit-filter-action').fill('device_revoke');
    await page.getByTestId('audit-apply').click();
    await expect.poll(() => page.getByTestId('audit-row').count(), { timeout: 10_000 }).toBe(1);
    const revoke = page.getByTestId('audit-row').first();
    expect(await revoke.textContent()).toContain(device.deviceId);
    // The admin who revoked it is named; the `user:…` id stays beside the name (and as its tooltip).
    const revokedBy = revoke.getByTestId('actor');
    await expect.poll(() => revokedBy.getAttribute('data-kind'), { timeout: 10_000 }).toBe('user');
    expect(await revokedBy.getByTestId('actor-name').textContent()).toBe('Admin Polresta Sleman');
    const revokerId = (await revokedBy.getAttribute('data-actor')) ?? '';
    expect(revokerId).toMatch(/^user:/);
    expect(await revokedBy.getAttribute('title')).toBe(revokerId);
    expect(await revokedBy.textContent()).toContain(revokerId);
    expect(await revoke.getByTestId('audit-hash').textContent()).toMatch(/^[0-9a-f]{10}… → [0-9a-f]{10}…$/);
    await page.getByTestId('audit-verify').click();
    const verdict = page.getByTestId('audit-verify-result');
    await verdict.waitFor({ timeout: 10_000 });
    expect(await verdict.getAttribute('data-ok')).toBe('true');
    await page.screenshot({ path: screenshotPath('hq-07-audit-verified'), fullPage: true });

    // The rejection log names the officer who made the refused change and the laptop it came from.
    await page.getByTestId('nav-conflicts').click();
    const rejected = page.locator('[data-testid="rejection-row"]').filter({ hasText: 'survey-e2e-refused' });
    await rejected.waitFor({ timeout: 15_000 });
    const author = rejected.getByTestId('rejection-author');
    await expect
      .poll(() => author.getByTestId('actor-name').allTextContents(), { timeout: 10_000 })
      .toEqual([demoOfficer.name, 'Laptop Uji Admin']);
    expect(await author.getByTestId('actor').first().getAttribute('data-actor')).toBe(demoOfficer.id);
    expect(await author.getByTestId('actor').nth(1).getAttribute('data-actor')).toBe(`device:${device.deviceId}`);
    expect(await author.textContent()).toContain('Unit Keliling 1 Polresta Sleman');
    await page.screenshot({ path: screenshotPath('hq-12-rejections-named'), fullPage: true });

    await page.getByTestId('nav-notifications').click();
    const failed = page.locator('[data-testid="notif-row"][data-id="0zzzzzzzz-e2e"]');
    await failed.waitFor({ timeout: 10_000 });
    expect(await failed.getAttribute('data-state')).toBe('failed');
    expect(await failed.getByTestId('notif-error').textContent()).toBe('webhook answered 503');
    expect(await failed.getByTestId('notif-attempts').textContent()).toBe('8');
    expect(await failed.textContent()).not.toContain('81234567890');
    await page.screenshot({ path: screenshotPath('hq-08-notifications-failed'), fullPage: true });
    await failed.getByTestId('notif-retry').click();
    await page.getByTestId('notif-retry-outcome').waitFor();
    // The server's sender (file transport) delivers it on its next pass.
    await page.getByTestId('notif-state-sent').check();
    await page
      .locator('[data-testid="notif-row"][data-id="0zzzzzzzz-e2e"][data-state="sent"]')
      .waitFor({ timeout: 20_000 });

    await page.getByTestId('nav-dashboard').click();
    await page.getByTestId('dashboard-service').first().waitFor({ timeout: 15_000 });
    // No applications in the demo data: the fees chart says so, while the table beside it shows Rp 0 per service.
    expect(await page.getByTestId('dashboard-fees-chart').getAttribute('data-bars')).toBe('3');
    await page.screenshot({ path: screenshotPath('hq-09-dashboard-charts'), fullPage: true });
    await page.getByTestId('monthly-unit').selectOption('unit-sleman-1');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('monthly-pdf').click()]);
    const month = currentIsoDate().slice(0, 7);
    expect(download.suggestedFilename()).toBe(`laporan-unit-sleman-1-${month}.pdf`);
    const path = await download.path();
    const { readFileSync } = await import('node:fs');
    const pdf = readFileSync(path);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await page.getByTestId('monthly-pdf-done').waitFor();

    await page.getByTestId('nav-satisfaction').click();
    const unitRow = page.locator('[data-testid="ikm-unit"][data-unit-id="unit-sleman-1"]');
    await unitRow.waitFor({ timeout: 15_000 });
    // One survey: (4+4+3+4+4+4+4+3+3) = 33 over 9 answers = 3.6667; × 25 = 91.67 → A.
    expect(await unitRow.getByTestId('ikm-unit-index').getAttribute('data-index')).toBe('91.67');
    expect(await unitRow.getByTestId('ikm-unit-index').getAttribute('data-grade')).toBe('A');
    // The chart (recharts, SVG) draws the same unit beside the table.
    // (Loaded lazily: the charts chunk arrives after the table.)
    await expect
      .poll(() => page.getByTestId('ikm-unit-chart').locator('svg').count(), { timeout: 10_000 })
      .toBeGreaterThan(0);
    expect(await page.getByTestId('ikm-unit-chart').getAttribute('data-bars')).toBe('1');
    await page.getByTestId('training-title').fill('Komunikasi pelayanan prima');
    await page.getByTestId('training-topic').fill('pelayanan');
    await page.getByTestId('training-date').fill('2026-11-20');
    await page.getByTestId('training-trainer').fill('Kasat Binmas');
    await page.getByTestId('training-save').click();
    await expect
      .poll(() => page.getByTestId('training-outcome').textContent(), { timeout: 20_000 })
      .toContain('Pelatihan dicatat');
    await page.getByTestId('attendance-unit').selectOption('unit-sleman-1');
    const officerBox = page.locator(`[data-testid="attendance-officer"][data-officer-id="${demoOfficer.id}"]`);
    await officerBox.waitFor({ timeout: 10_000 });
    await officerBox.check();
    await page.getByTestId('attendance-save').click();
    await expect
      .poll(() => page.getByTestId('training-outcome').textContent(), { timeout: 20_000 })
      .toContain('Kehadiran disimpan');
    const officerRow = page.locator(`[data-testid="ikm-officer"][data-officer-id="${demoOfficer.id}"]`);
    await expect.poll(() => officerRow.textContent(), { timeout: 15_000 }).toContain('Komunikasi pelayanan prima');
    expect(await unitRow.getByTestId('ikm-unit-trained').textContent()).toMatch(/^1 \/ \d+$/);
    await page.screenshot({ path: screenshotPath('hq-10-satisfaction-trainings'), fullPage: true });

    // Someone edits an audit entry in the database file: the check names it.
    const tamper = new Database(join(server.dataDir, 'keliling.db'));
    tamper.exec('DROP TRIGGER audit_log_no_update');
    tamper.prepare(`UPDATE audit_log SET actor = 'user:orang-lain' WHERE seq = 3`).run();
    tamper.close();
    await page.getByTestId('nav-audit').click();
    await page.getByTestId('audit-verify').click();
    const broken = page.locator('[data-testid="audit-verify-result"][data-ok="false"]');
    await broken.waitFor({ timeout: 10_000 });
    expect(await broken.getAttribute('data-seq')).toBe('3');
    await page.screenshot({ path: screenshotPath('hq-11-audit-broken'), fullPage: true });
    await context.close();
  }, 120_000);
});
