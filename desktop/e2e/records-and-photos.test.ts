import { createHash } from 'node:crypto';
import { addDays, currentIsoDate } from '@keliling/domain';
import { type Citizen, generateCitizens, loadVillages } from '@keliling/fixtures';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  apiGet,
  enrollFieldDevice,
  fillSimRenewal,
  type SavedRecord,
  type SimRenewalApplicant,
  saveSimForm,
  staffToken,
} from './flows.js';
import { findChromium, screenshotPath, serverAndBrowser } from './harness.js';
import { signInAsOfficer } from './officerSignIn.js';

// Records and photos end to end: an officer takes a SIM renewal with a photo while offline, sees the photo waiting,
// syncs, the photo uploads (tus) and HQ downloads the same bytes; the record page shows history and takes an action;
// the records list finds by NIK, receipt number and name and filters by status and sync state.
const chromiumPath = findChromium();

/** A real PNG (a 1600×1200 gradient drawn by Chromium), so the app must decode and downscale it. */
async function photoPng(page: Page): Promise<Buffer> {
  const dataUrl = await page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 1600;
    canvas.height = 1200;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d context');
    const gradient = context.createLinearGradient(0, 0, 1600, 1200);
    gradient.addColorStop(0, '#1f3b63');
    gradient.addColorStop(1, '#f2c14e');
    context.fillStyle = gradient;
    context.fillRect(0, 0, 1600, 1200);
    context.fillStyle = '#ffffff';
    context.beginPath();
    context.arc(800, 520, 260, 0, Math.PI * 2);
    context.fill();
    return canvas.toDataURL('image/png');
  });
  return Buffer.from(dataUrl.split(',')[1] ?? '', 'base64');
}

/** The i-th applicant's renewal; no phone number (the form does not require one). */
function renewal(person: Citizen, today: string, i: number): SimRenewalApplicant {
  return {
    ...person,
    phone: undefined,
    category: i % 2 === 0 ? 'C' : 'A',
    previousLicenseNumber: `98765432100${i}`,
    previousLicenseExpiry: addDays(today, 20 + i),
    healthCertificateNumber: `SKS/10${i}/2026`,
    psychTestNumber: `EPPSI-2026-10000${i}`,
  };
}

/** Saves the filled SIM form and starts a new one. */
async function save(page: Page): Promise<SavedRecord> {
  const saved = await saveSimForm(page);
  await page.getByTestId('sim-new').click();
  return saved;
}

type StoredRecord = { fields: Record<string, unknown> };

const rowOf = (page: Page, id: string) => page.locator(`[data-testid="record-row"][data-record-id="${id}"]`);

describe.skipIf(!chromiumPath)('records and photos', () => {
  const suite = serverAndBrowser(chromiumPath ?? '');

  it('takes a renewal with a photo offline, uploads it on sync, shows history, and finds it in the list', async () => {
    const { server, browser } = suite;
    const today = currentIsoDate();
    const people = generateCitizens({ seed: 'e2e-photos', count: 3, villages: loadVillages('sleman'), today });
    const { context, page } = await enrollFieldDevice(browser, server, {
      deviceName: 'Laptop Foto',
      contextOptions: { viewport: { width: 1280, height: 900 } },
    });
    await expect
      .poll(() => page.getByTestId('last-sync').textContent(), { timeout: 30_000 })
      .not.toContain('belum pernah');

    // Offline: the renewal and its photo (from a file) stay on the device.
    await context.setOffline(true);
    await expect.poll(() => page.getByTestId('sync-indicator').getAttribute('data-state')).toBe('offline');
    const first = people[0];
    if (!first) throw new Error('no applicant');
    await fillSimRenewal(page, renewal(first, today, 0));
    const png = await photoPng(page);
    await page.getByTestId('sim-photo-file').setInputFiles({ name: 'pemohon.png', mimeType: 'image/png', buffer: png });
    const draft = page.getByTestId('sim-photo').getByTestId('attachment');
    await expect.poll(() => draft.getAttribute('data-state'), { timeout: 15_000 }).toBe('draft');
    const sha256 = (await draft.getAttribute('data-sha256')) ?? '';
    expect(sha256).toMatch(/^[0-9a-f]{64}$/);
    await page.getByTestId('sim-photo').scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('photos-01-sim-form-with-photo'), fullPage: true });
    const saved = await save(page);
    expect(saved.receiptNumber).toMatch(/^SIM-/);
    await expect.poll(() => page.getByTestId('pending-uploads').getAttribute('data-count')).toBe('1');
    await expect.poll(() => page.getByTestId('pending-count').getAttribute('data-count')).toBe('2');

    // The record page offline: every field, the photo waiting for upload, the history from the device.
    await page.getByTestId('nav-records').click();
    await rowOf(page, saved.id).getByTestId('record-open').click();
    await page.getByTestId('record-page').waitFor();
    expect(page.url()).toContain(`#/data/sim_applications/${saved.id}`);
    const photo = page.getByTestId('record-photos').getByTestId('attachment');
    await expect.poll(() => photo.getAttribute('data-state')).toBe('pending');
    await expect.poll(() => photo.getByTestId('attachment-state').textContent()).toBe('Menunggu unggah');
    await expect(page.getByTestId('record-fields').locator('[data-field="nik"]').textContent()).resolves.toBe(
      first.nik,
    );
    await expect.poll(() => page.locator('[data-testid="history-item"][data-state="pending"]').count()).toBe(2);
    await page.screenshot({ path: screenshotPath('photos-02-record-page-offline'), fullPage: true });

    // The sync panel says what waits and why; signing out warns with the counts.
    await page.getByTestId('sync-details-toggle').click();
    await page.getByTestId('sync-panel').waitFor();
    await expect(page.locator('[data-testid="sync-problem"][data-code="offline"]').textContent()).resolves.toContain(
      '2 perubahan dan 1 foto',
    );
    await page.screenshot({ path: screenshotPath('photos-03-sync-panel-offline') });
    await page.getByTestId('sync-details-toggle').click();
    await page.getByTestId('sign-out').click();
    const warning = page.getByTestId('signout-warning');
    await warning.waitFor();
    await expect(warning.getByTestId('signout-warning-changes').textContent()).resolves.toBe('2');
    await expect(warning.getByTestId('signout-warning-uploads').textContent()).resolves.toBe('1');
    await page.screenshot({ path: screenshotPath('photos-04-signout-warning') });
    await page.getByTestId('signout-cancel').click();

    // Online again: the record syncs, then the photo uploads; HQ downloads the same bytes.
    await context.setOffline(false);
    await page.getByTestId('sync-now').click();
    await expect
      .poll(() => page.getByTestId('pending-uploads').getAttribute('data-count'), { timeout: 45_000 })
      .toBe('0');
    await expect
      .poll(() => page.getByTestId('record-page-sync').getAttribute('data-sync-state'), { timeout: 30_000 })
      .toBe('synced');
    await expect.poll(() => photo.getAttribute('data-state')).toBe('uploaded');
    const hq = await staffToken(server, 'hq');
    const blob = await fetch(`${server.url}/api/v1/blobs/${sha256}`, { headers: { authorization: `Bearer ${hq}` } });
    expect(blob.status).toBe(200);
    expect(
      createHash('sha256')
        .update(Buffer.from(await blob.arrayBuffer()))
        .digest('hex'),
    ).toBe(sha256);
    const onServer = await apiGet<StoredRecord>(server, hq, `/records/sim_applications/${saved.id}`);
    expect(onServer.fields.photo).toMatchObject({ sha256, mime: 'image/jpeg' });
    expect((onServer.fields.photo as { size: number }).size).toBeLessThan(png.length);

    // After a reload (the app locks) the history shows both changes as taken by the server; verifying (an action
    // the officer's role allows) is a change that syncs.
    await page.reload();
    await signInAsOfficer(page);
    await page.getByTestId('record-page').waitFor();
    await expect.poll(() => page.locator('[data-testid="history-item"][data-state="applied"]').count()).toBe(2);
    await page.getByTestId('record-action-verified').click();
    await expect.poll(() => page.getByTestId('record-page-status').getAttribute('data-status')).toBe('verified');
    await expect
      .poll(() => page.getByTestId('record-page-sync').getAttribute('data-sync-state'), { timeout: 30_000 })
      .toBe('synced');
    await expect.poll(() => page.getByTestId('record-action-verified').count()).toBe(0);
    await page.screenshot({ path: screenshotPath('photos-05-record-page-synced'), fullPage: true });
    const verified = await apiGet<StoredRecord>(server, hq, `/records/sim_applications/${saved.id}`);
    expect(verified.fields.status).toBe('verified');

    // Two more renewals (online), then the list's search and filters.
    const others: SavedRecord[] = [];
    for (const [i, person] of people.slice(1).entries()) {
      await fillSimRenewal(page, renewal(person, today, i + 1));
      others.push(await save(page));
    }
    await page.getByTestId('nav-records').click();
    await page.getByTestId('records-table').waitFor();
    const search = page.getByTestId('records-search');
    const second = people[1];
    if (!second) throw new Error('no second applicant');
    await search.fill(second.nik);
    await expect.poll(() => page.getByTestId('record-row').count()).toBe(1);
    await expect(page.getByTestId('record-row').getAttribute('data-record-id')).resolves.toBe(others[0]?.id);
    await search.fill((others[1]?.receiptNumber ?? '').toLowerCase());
    await expect.poll(() => page.getByTestId('record-row').getAttribute('data-record-id')).toBe(others[1]?.id);
    const [given, ...rest] = first.fullName.split(/\s+/);
    await search.fill(`${given?.slice(0, 3)} ${rest.at(-1)?.slice(0, 3) ?? ''}`);
    await expect
      .poll(async () =>
        page.getByTestId('record-row').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-record-id'))),
      )
      .toContain(saved.id);
    await search.fill('');
    await page.getByTestId('records-filter-status').selectOption('verified');
    await expect.poll(() => rowOf(page, saved.id).count()).toBe(1);
    await expect.poll(() => rowOf(page, others[0]?.id ?? '').count()).toBe(0);
    await page.screenshot({ path: screenshotPath('photos-06-records-filtered-verified') });
    await page.getByTestId('records-filter-status').selectOption('');
    await page.getByTestId('records-filter-service').selectOption('sim_applications');
    await page.getByTestId('records-filter-sync').selectOption('rejected');
    await page.getByTestId('records-empty').waitFor();
    await page.getByTestId('records-filter-sync').selectOption('synced');
    await expect.poll(() => rowOf(page, saved.id).count(), { timeout: 30_000 }).toBe(1);
    await page.getByTestId('records-filter-sync').selectOption('');
    await page.getByTestId('records-filter-service').selectOption('');
    await page.screenshot({ path: screenshotPath('photos-07-records-list') });
    await context.close();
  }, 240_000);
});
