import { addDays, currentIsoDate } from '@keliling/domain';
import { type Citizen, generateCitizens, loadVillages } from '@keliling/fixtures';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium, launchChromium, type RunningServer, screenshotPath, startServer } from './harness.js';
import { signInAsOfficer } from './officerSignIn.js';

// The walking skeleton end to end: a village laptop enrolls, loses the network, captures three SIM renewals,
// survives a reload while offline, syncs when the network returns, and HQ reads exactly what was typed.
const chromiumPath = findChromium();

type Typed = Citizen & {
  category: 'A' | 'C';
  previousLicenseNumber: string;
  previousLicenseExpiry: string;
  healthCertificateNumber: string;
  psychTestNumber: string;
};

function applicants(today: string): Typed[] {
  const people = generateCitizens({ seed: 'e2e-offline', count: 3, villages: loadVillages('sleman'), today });
  return people.map((person, i) => ({
    ...person,
    phone: `+62812345678${i}`,
    category: i % 2 === 0 ? 'C' : 'A',
    previousLicenseNumber: `1234567890${String(i).padStart(2, '0')}`,
    previousLicenseExpiry: addDays(today, 30 + i),
    healthCertificateNumber: `SKS/00${i}/2026`,
    psychTestNumber: `EPPSI-2026-00000${i}`,
  }));
}

async function captureRenewal(page: Page, person: Typed): Promise<{ id: string; receiptNumber: string }> {
  await page.getByTestId('nav-sim').click();
  const form = (testId: string) => page.getByTestId(testId);
  await form('sim-nik').fill(person.nik);
  await form('sim-full-name').fill(person.fullName);
  await form('sim-birth-place').fill(person.birthPlace);
  await form('sim-birth-date').fill(person.birthDate);
  await form('sim-sex').selectOption(person.sex);
  await form('sim-address').fill(person.address);
  await form('sim-village-code').fill(person.villageCode);
  await form('sim-phone').fill(person.phone ?? '');
  await form('sim-category').selectOption(person.category);
  await form('sim-previous-license-number').fill(person.previousLicenseNumber);
  await form('sim-previous-license-expiry').fill(person.previousLicenseExpiry);
  await form('sim-health-certificate-number').fill(person.healthCertificateNumber);
  await form('sim-psych-test-number').fill(person.psychTestNumber);
  await form('sim-save').click();
  const receipt = page.getByTestId('saved-receipt');
  await receipt.waitFor({ timeout: 10_000 });
  const id = await receipt.getAttribute('data-record-id');
  const receiptNumber = (await receipt.textContent())?.trim() ?? '';
  expect(id).toMatch(/^[0-9A-Z]{26}$/);
  expect(receiptNumber).toMatch(/^SIM-/);
  await page.getByTestId('sim-new').click();
  return { id: id ?? '', receiptNumber };
}

async function hqToken(server: RunningServer): Promise<string> {
  const response = await fetch(`${server.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'hq', password: 'demo-hq-2026' }),
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { token: string }).token;
}

describe.skipIf(!chromiumPath)('an offline SIM renewal travels from a village laptop to HQ', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium(chromiumPath ?? '');
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('captures three renewals offline, keeps them across a reload, syncs them, and HQ reads every field', async () => {
    const today = currentIsoDate();
    const typed = applicants(today);
    const { code } = JSON.parse(await server.cli('create-enrollment-code', '--unit', 'unit-sleman-1', '--json')) as {
      code: string;
    };

    const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'id-ID' });
    const page = await context.newPage();
    await page.goto(server.url);
    await page.getByTestId('start-enroll').click();
    await page.getByTestId('enroll-code').waitFor();
    await page.screenshot({ path: screenshotPath('01-enroll') });
    await page.getByTestId('enroll-code').fill(code);
    await page.getByTestId('enroll-device-name').fill('Laptop Unit 1');
    await page.getByTestId('enroll-submit').click();
    // An officer of the unit signs in with the demo PIN (the device's data are encrypted until then).
    await signInAsOfficer(page);
    await page.getByTestId('nav-sim').waitFor({ timeout: 15_000 });
    await expect.poll(() => page.getByTestId('unit-name').textContent()).toContain('Unit Keliling 1');
    // The service worker must be active before the network goes, or an offline reload has nothing to serve.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));

    await context.setOffline(true);
    await expect.poll(() => page.getByTestId('sync-indicator').getAttribute('data-state')).toBe('offline');

    const saved: { id: string; receiptNumber: string }[] = [];
    for (const [i, person] of typed.entries()) {
      if (i === 0) {
        await page.getByTestId('nav-sim').click();
        await page.getByTestId('sim-nik').waitFor();
        await page.screenshot({ path: screenshotPath('02-sim-form-empty') });
      }
      saved.push(await captureRenewal(page, person));
    }
    expect(new Set(saved.map((s) => s.receiptNumber)).size).toBe(3);

    await page.reload();
    // A reload locks the app; the PIN still works offline.
    await signInAsOfficer(page);
    await page.getByTestId('nav-records').click();
    const rows = page.getByTestId('record-row');
    await expect.poll(() => rows.count()).toBe(3);
    for (const { id } of saved) {
      await expect(
        page.locator(`[data-testid="record-row"][data-record-id="${id}"]`).getAttribute('data-sync-state'),
      ).resolves.toBe('pending');
    }
    await expect.poll(() => page.getByTestId('pending-count').getAttribute('data-count')).toBe('3');
    await page.screenshot({ path: screenshotPath('03-records-offline-after-reload') });

    await context.setOffline(false);
    await page.getByTestId('sync-now').click();
    await expect
      .poll(async () => page.locator('[data-testid="record-row"][data-sync-state="synced"]').count(), {
        timeout: 30_000,
      })
      .toBe(3);
    await expect.poll(() => page.getByTestId('pending-count').getAttribute('data-count')).toBe('0');
    await page.screenshot({ path: screenshotPath('04-records-synced') });

    const token = await hqToken(server);
    for (const [i, { id, receiptNumber }] of saved.entries()) {
      const response = await fetch(`${server.url}/api/v1/records/sim_applications/${id}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(response.status).toBe(200);
      const record = (await response.json()) as { id: string; deleted: boolean; fields: Record<string, unknown> };
      const person = typed[i];
      if (!person) throw new Error('missing applicant');
      expect(record).toMatchObject({ id, deleted: false });
      expect(record.fields).toMatchObject({
        applicationType: 'renewal',
        nik: person.nik,
        fullName: person.fullName,
        birthPlace: person.birthPlace,
        birthDate: person.birthDate,
        sex: person.sex,
        address: person.address,
        villageCode: person.villageCode,
        phone: person.phone,
        category: person.category,
        previousLicenseNumber: person.previousLicenseNumber,
        previousLicenseExpiry: person.previousLicenseExpiry,
        healthCertificateNumber: person.healthCertificateNumber,
        psychTestNumber: person.psychTestNumber,
        receiptNumber,
        unitId: 'unit-sleman-1',
        status: 'submitted',
        feeRupiah: person.category === 'A' ? 80_000 : 75_000,
      });
    }
    await context.close();
  }, 120_000);
});
