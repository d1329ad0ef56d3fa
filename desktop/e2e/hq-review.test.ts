import { describe, expect, it } from 'vitest';
import { apiGet, captureSimRenewal, enrollFieldDevice, signInStaff, staffToken } from './flows.js';
import { findChromium, screenshotPath, serverAndBrowser } from './harness.js';

// Issue 6 end to end: a unit device captures a SIM renewal and syncs; HQ finds it in the review queue, verifies and
// approves it in the browser; the device shows the decision after its next sync; the citizen asks the status page.
const chromiumPath = findChromium();

describe.skipIf(!chromiumPath)('HQ reviews a SIM renewal captured in a village', () => {
  const suite = serverAndBrowser(chromiumPath ?? '');
  let captured: { id: string; receiptNumber: string; nik: string };

  it('the device syncs a renewal, HQ verifies and approves it, and the device shows the new status', async () => {
    const { server, browser } = suite;
    const { context: device, page: officer } = await enrollFieldDevice(browser, server);
    captured = await captureSimRenewal(officer, 'e2e-hq-review');
    expect(captured.receiptNumber).toMatch(/^SIM-/);
    await officer.getByTestId('sync-now').click();
    await officer.getByTestId('nav-records').click();
    const row = officer.locator(`[data-testid="record-row"][data-record-id="${captured.id}"]`);
    await expect.poll(() => row.getAttribute('data-sync-state'), { timeout: 30_000 }).toBe('synced');
    await expect.poll(() => row.getByTestId('record-status').getAttribute('data-status')).toBe('submitted');

    // HQ signs in on an office computer (its own browser profile: no device identity there).
    const { context: office, page: hq } = await signInStaff(browser, server, 'hq');
    await hq.getByTestId('nav-review').click();
    await hq.getByTestId('review-table').waitFor({ timeout: 15_000 });
    await hq.screenshot({ path: screenshotPath('hq-01-review-queue') });

    await hq.getByTestId('review-search').fill(captured.receiptNumber);
    const queued = hq.locator(`[data-testid="review-row"][data-record-id="${captured.id}"]`);
    await expect.poll(() => hq.getByTestId('review-row').count(), { timeout: 10_000 }).toBe(1);
    expect(await queued.getAttribute('data-status')).toBe('submitted');
    await queued.getByTestId('review-open').click();
    const detail = hq.getByTestId('review-detail');
    await expect.poll(() => detail.getByTestId('review-history-entry').count()).toBeGreaterThan(0);
    // Only HQ's next steps from `submitted` are offered: verify or reject, never approve.
    expect(await detail.getByTestId('review-action-approved').count()).toBe(0);
    await hq.screenshot({ path: screenshotPath('hq-02-review-detail') });

    // A rejection needs a reason: without one nothing is sent.
    await detail.getByTestId('review-action-rejected').click();
    await detail.getByTestId('review-action-error').waitFor();
    expect(await detail.getByTestId('review-detail-status').getAttribute('data-status')).toBe('submitted');

    await detail.getByTestId('review-action-verified').click();
    await expect
      .poll(() => detail.getByTestId('review-detail-status').getAttribute('data-status'), { timeout: 15_000 })
      .toBe('verified');
    await detail.getByTestId('review-action-approved').click();
    await expect
      .poll(() => detail.getByTestId('review-detail-status').getAttribute('data-status'), { timeout: 15_000 })
      .toBe('approved');
    await expect.poll(() => detail.getByTestId('review-history-entry').count()).toBeGreaterThanOrEqual(3);
    await hq.screenshot({ path: screenshotPath('hq-03-review-approved') });

    // The server holds HQ's decision as ordinary changes.
    const record = await apiGet<{ fields: Record<string, unknown> }>(
      server,
      await staffToken(server, 'hq'),
      `/records/sim_applications/${captured.id}`,
    );
    expect(record.fields.status).toBe('approved');

    // Bulk: select every row the filter shows and see the common actions.
    await hq.getByTestId('review-search').fill('');
    await hq.getByTestId('review-filter-status').selectOption('');
    await hq.getByTestId('review-table').waitFor();
    await hq.getByTestId('review-select-all').check();
    await hq.getByTestId('review-bulk').waitFor();
    await hq.screenshot({ path: screenshotPath('hq-04-review-bulk') });
    await hq.getByTestId('review-select-all').uncheck();

    await hq.getByTestId('nav-conflicts').click();
    await hq.getByTestId('conflicts').waitFor();
    await hq.getByTestId('rejections').locator('table, .empty').first().waitFor({ timeout: 10_000 });
    await hq.screenshot({ path: screenshotPath('hq-05-conflicts'), fullPage: true });

    await hq.getByTestId('nav-dashboard').click();
    const simTile = hq.locator('[data-testid="dashboard-service"][data-entity="sim_applications"]');
    await simTile.waitFor({ timeout: 15_000 });
    // The approved renewal's fee (category C: Rp75.000) is counted as collected.
    expect(Number(await simTile.getByTestId('dashboard-fees').getAttribute('data-amount'))).toBeGreaterThanOrEqual(
      75_000,
    );
    // Devices' last contact, from the admin listing HQ may read.
    await hq.getByTestId('dashboard-device').first().waitFor({ timeout: 15_000 });
    expect(await hq.getByTestId('dashboard-devices').textContent()).toContain('Laptop Unit 1');
    // The device said, at its last sync, that it holds nothing unsent.
    expect(await hq.getByTestId('dashboard-device-outbox').first().getAttribute('data-changes')).toBe('0');
    // The charts come in their own chunk ("Memuat grafik…" until then): the screenshot waits until they have drawn.
    const feesChart = hq.getByTestId('dashboard-fees-chart');
    await feesChart.locator('svg').first().waitFor({ timeout: 15_000 });
    expect(await feesChart.getAttribute('data-empty')).toBeNull();
    expect(await feesChart.locator('.recharts-bar-rectangle').count()).toBeGreaterThan(0);
    expect(await hq.getByTestId('dashboard-status-chart').first().locator('svg').count()).toBeGreaterThan(0);
    expect(await hq.getByText('Memuat grafik…').count()).toBe(0);
    await hq.screenshot({ path: screenshotPath('hq-06-dashboard'), fullPage: true });

    // The device learns of the decision on its next sync.
    await officer.getByTestId('sync-now').click();
    await expect
      .poll(() => row.getByTestId('record-status').getAttribute('data-status'), { timeout: 30_000 })
      .toBe('approved');
    await officer.screenshot({ path: screenshotPath('hq-07-device-records-approved') });
    await office.close();
    await device.close();
  }, 180_000);

  it('the citizen status page answers the receipt with the right nik4, and not-found for a wrong one', async () => {
    const { server, browser } = suite;
    const context = await browser.newContext({ viewport: { width: 900, height: 800 }, locale: 'id-ID' });
    const page = await context.newPage();
    await page.goto(server.url);
    await page.getByTestId('start-status').waitFor();
    await page.screenshot({ path: screenshotPath('status-00-start-screen') });
    await page.getByTestId('start-status').click();
    await page.getByTestId('status-page').waitFor();
    await page.screenshot({ path: screenshotPath('status-01-form') });

    // The receipt's QR code opens the page with the receipt number filled in: the resident types only the digits.
    await page.goto(`${server.url}/status?r=${encodeURIComponent(captured.receiptNumber)}`);
    await page.getByTestId('status-page').waitFor();
    expect(await page.getByTestId('status-receipt').inputValue()).toBe(captured.receiptNumber);
    await page.getByTestId('status-nik4').fill(captured.nik.slice(-4));
    await page.getByTestId('status-submit').click();
    const result = page.getByTestId('status-result');
    await expect.poll(() => result.getAttribute('data-status'), { timeout: 10_000 }).toBe('approved');
    expect(await page.getByTestId('status-label').textContent()).toBe('Disetujui');
    expect(await page.getByTestId('status-next-steps').locator('li').count()).toBeGreaterThan(0);
    // Nothing about the person is shown.
    expect(await page.textContent('body')).not.toContain(captured.nik);
    await page.screenshot({ path: screenshotPath('status-02-found') });

    const wrong = captured.nik.slice(-4) === '0000' ? '1111' : '0000';
    await page.getByTestId('status-nik4').fill(wrong);
    await page.getByTestId('status-submit').click();
    await expect
      .poll(() => page.getByTestId('status-not-found').textContent(), { timeout: 10_000 })
      .toBe('Data tidak ditemukan. Periksa nomor tanda terima dan 4 digit terakhir NIK.');
    expect(await page.getByTestId('status-result').count()).toBe(0);
    // An unknown receipt gives the very same message.
    await page.getByTestId('status-receipt').fill('SIM-TIDAK-ADA');
    await page.getByTestId('status-nik4').fill(captured.nik.slice(-4));
    await page.getByTestId('status-submit').click();
    await expect.poll(() => page.getByTestId('status-not-found').count()).toBe(1);
    await page.screenshot({ path: screenshotPath('status-03-not-found') });
    await context.close();
  }, 60_000);
});
