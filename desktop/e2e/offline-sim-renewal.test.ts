import { addDays, currentIsoDate } from '@keliling/domain';
import { generateCitizens, loadVillages } from '@keliling/fixtures';
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

// The walking skeleton end to end: a village laptop enrolls, loses the network, captures three SIM renewals,
// survives a reload while offline, syncs when the network returns, and HQ reads exactly what was typed.
const chromiumPath = findChromium();

type Typed = SimRenewalApplicant & { phone: string };

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

async function captureRenewal(page: Page, person: Typed): Promise<SavedRecord> {
  await fillSimRenewal(page, person);
  const saved = await saveSimForm(page);
  expect(saved.id).toMatch(/^[0-9A-Z]{26}$/);
  expect(saved.receiptNumber).toMatch(/^SIM-/);
  await page.getByTestId('sim-new').click();
  return saved;
}

describe.skipIf(!chromiumPath)('an offline SIM renewal travels from a village laptop to HQ', () => {
  const suite = serverAndBrowser(chromiumPath ?? '');

  it('captures three renewals offline, keeps them across a reload, syncs them, and HQ reads every field', async () => {
    const { server, browser } = suite;
    const today = currentIsoDate();
    const typed = applicants(today);
    // An officer of the unit signs in with the demo PIN (the device's data are encrypted until then).
    const { context, page } = await enrollFieldDevice(browser, server);
    await expect.poll(() => page.getByTestId('unit-name').textContent()).toContain('Unit Keliling 1');
    // The service worker must be active before the network goes, or an offline reload has nothing to serve.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));

    await context.setOffline(true);
    await expect.poll(() => page.getByTestId('sync-indicator').getAttribute('data-state')).toBe('offline');

    const saved: SavedRecord[] = [];
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

    const token = await staffToken(server, 'hq');
    for (const [i, { id, receiptNumber }] of saved.entries()) {
      const record = await apiGet<{ id: string; deleted: boolean; fields: Record<string, unknown> }>(
        server,
        token,
        `/records/sim_applications/${id}`,
      );
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
