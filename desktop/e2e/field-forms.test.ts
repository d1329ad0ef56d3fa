import { addDays, currentIsoDate, surveyElements } from '@keliling/domain';
import { type Citizen, generateCitizens, loadVillages } from '@keliling/fixtures';
import { formatHlc } from '@keliling/sync';
import type { Page } from 'playwright-core';
import { ulid } from 'ulid';
import { describe, expect, it } from 'vitest';
import { apiGet, enrollFieldDevice, staffToken } from './flows.js';
import { findChromium, type RunningServer, screenshotPath, serverAndBrowser } from './harness.js';
import { signInAsOfficer } from './officerSignIn.js';

// A day at a village hall: the coordinator has planned a visit; the officer starts it, loses the network, takes
// every kind of service (a lost-item report with two items, a complaint and its follow-up), prints a receipt and
// the SKTLK letter, finishes the visit, comes back online, and HQ reads every record linked to the visit.
const chromiumPath = findChromium();
const unitId = 'unit-sleman-1';
const sleman = loadVillages('sleman');
const villageName = (code: string) => sleman.find((village) => village.code === code)?.name ?? code;

/** A staff login as the API answers it (the coordinator's `nodeId` stamps its HLCs). */
async function login(server: RunningServer, username: string, password: string) {
  const response = await fetch(`${server.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as { token: string; nodeId: string; user: { id: string } };
}

/** The coordinator publishes today's visit of the unit (as the route planner does, through sync/push). */
async function planVisit(server: RunningServer, today: string, villageCode: string): Promise<string> {
  const coordinator = await login(server, 'koordinator', 'demo-koordinator-2026');
  const visitId = ulid();
  const change = {
    id: ulid(),
    entity: 'visits',
    entityId: visitId,
    hlc: formatHlc({ time: Date.now() - 60_000, counter: 0, nodeId: coordinator.nodeId }),
    by: coordinator.user.id,
    fields: {
      unitId,
      villageCode,
      date: today,
      order: 1,
      plannedStart: '08:00',
      servicesOffered: ['sim_renewal', 'sim_new', 'skck', 'outreach', 'lost_report', 'complaint', 'crowd_permit'],
      status: 'planned',
      createdAt: new Date().toISOString(),
    },
  };
  const response = await fetch(`${server.url}/api/v1/sync/push`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${coordinator.token}` },
    body: JSON.stringify({ changes: [change] }),
  });
  expect(response.status).toBe(200);
  const body = (await response.json()) as { results: { status: string }[] };
  expect(body.results[0]?.status).toBe('applied');
  return visitId;
}

async function pickVillage(page: Page, testId: string, code: string): Promise<void> {
  await page.getByTestId(testId).fill(villageName(code));
  await page.locator(`[data-testid="village-choice"][data-village-code="${code}"]`).waitFor({ timeout: 15_000 });
  while (
    (await page.locator('[data-testid="village-choice"][aria-selected="true"]').getAttribute('data-village-code')) !==
    code
  ) {
    await page.getByTestId(testId).press('ArrowDown');
  }
  await page.getByTestId(testId).press('Enter');
  await expect.poll(() => page.getByTestId(`${testId}-chosen`).getAttribute('data-village-code')).toBe(code);
}

/** NIK first: a valid NIK fills birth date and sex (checked), then the rest of the identity. */
async function fillPerson(page: Page, key: string, person: Citizen): Promise<void> {
  await page.getByTestId(`${key}-nik`).fill(person.nik);
  await expect.poll(() => page.getByTestId(`${key}-birth-date`).inputValue()).toBe(person.birthDate);
  await expect.poll(() => page.getByTestId(`${key}-sex`).inputValue()).toBe(person.sex);
  await page.getByTestId(`${key}-full-name`).fill(person.fullName);
  await page.getByTestId(`${key}-birth-place`).fill(person.birthPlace);
  await page.getByTestId(`${key}-address`).fill(person.address);
  await pickVillage(page, `${key}-village-code`, person.villageCode);
  await page.getByTestId(`${key}-phone`).fill('0812 3456 7001');
}

/** Saves with Ctrl+S and returns the record id and receipt number shown. */
async function saveWithKeyboard(page: Page, key: string): Promise<{ id: string; receiptNumber: string }> {
  await page.keyboard.press('Control+s');
  await page.getByTestId(`${key}-saved`).waitFor({ timeout: 10_000 });
  const receipt = page.getByTestId('saved-receipt');
  const record = (await receipt.count()) > 0 ? receipt : page.getByTestId('saved-record');
  const id = (await record.getAttribute('data-record-id')) ?? '';
  const receiptNumber = (await receipt.count()) > 0 ? ((await receipt.textContent()) ?? '').trim() : '';
  expect(id).toMatch(/^[0-9A-Z]{26}$/);
  return { id, receiptNumber };
}

describe.skipIf(!chromiumPath)('every field form, taken offline during a visit, reaches HQ', () => {
  const suite = serverAndBrowser(chromiumPath ?? '');

  it('takes SKCK, new SIM, lost-item (2 items), complaint + follow-up, crowd permit and outreach offline', async () => {
    const { server, browser } = suite;
    const today = currentIsoDate();
    const [skckPerson, simPerson, lostPerson, complainant, organizer] = generateCitizens({
      seed: 'e2e-field-forms',
      count: 5,
      villages: sleman,
      today,
      minAge: 20,
      maxAge: 60,
    });
    if (!skckPerson || !simPerson || !lostPerson || !complainant || !organizer) throw new Error('no citizens');
    const visitVillage = '34.04.07.2001';
    const visitId = await planVisit(server, today, visitVillage);
    const { context, page } = await enrollFieldDevice(browser, server, {
      contextOptions: { viewport: { width: 1280, height: 900 } },
    });
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));

    // Today's visit arrives by sync; the officer starts it on arrival.
    await page.getByTestId('nav-visits').click();
    const visitRow = page.locator(`[data-testid="visit-row"][data-visit-id="${visitId}"]`);
    await visitRow.waitFor({ timeout: 30_000 });
    await page.screenshot({ path: screenshotPath('field-01-visit-planned') });
    await visitRow.getByTestId('visit-start').click();
    await expect.poll(() => visitRow.getAttribute('data-status')).toBe('in_progress');

    await context.setOffline(true);
    await expect.poll(() => page.getByTestId('sync-indicator').getAttribute('data-state')).toBe('offline');

    // SKCK: the domain's rules inline, the fee, the receipt with its QR code.
    await page.getByTestId('nav-skck').click();
    await page.getByTestId('skck-form').waitFor();
    await expect.poll(() => page.getByTestId('form-visit').getAttribute('data-visit-id')).toBe(visitId);
    await page.getByTestId('skck-nik').fill('1234');
    await page.getByTestId('skck-full-name').focus();
    await page.getByTestId('skck-nik-error').waitFor();
    await page.getByTestId('skck-purpose').selectOption('pekerjaan_swasta');
    await fillPerson(page, 'skck', skckPerson);
    await expect(page.getByTestId('skck-nik-error').count()).resolves.toBe(0);
    await page.getByTestId('skck-religion').selectOption('islam');
    await page.getByTestId('skck-marital-status').selectOption('kawin');
    await page.getByTestId('skck-occupation').fill('Karyawan swasta');
    await page.getByTestId('skck-documents-ktp').check();
    await page.getByTestId('skck-documents-kk').check();
    await expect.poll(() => page.getByTestId('skck-fee').getAttribute('data-fee')).toBe('30000');
    await page.screenshot({ path: screenshotPath('field-02-skck-form'), fullPage: true });
    const skck = await saveWithKeyboard(page, 'skck');
    expect(skck.receiptNumber).toMatch(/^SKCK-/);
    await page.getByTestId('receipt-qr').waitFor();
    expect(await page.getByTestId('receipt-qr').getAttribute('data-link')).toBe(
      `${server.url}/status?r=${encodeURIComponent(skck.receiptNumber)}`,
    );
    await expect(page.getByTestId('receipt-fee').getAttribute('data-fee')).resolves.toBe('30000');
    await page.screenshot({ path: screenshotPath('field-03-skck-saved-receipt'), fullPage: true });
    await page.evaluate(() => {
      document.body.dataset.print = 'receipt';
    });
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: screenshotPath('field-04-receipt-print'), fullPage: true });
    await page.emulateMedia({ media: 'screen' });

    // The officer hands the laptop over: the survey covers every officer screen, then the app locks.
    await page.getByTestId('survey-handover').click();
    await page.getByTestId('survey-screen').waitFor();
    const onTop = await page.evaluate(
      () => document.elementFromPoint(40, 40)?.closest('[data-testid="survey-screen"]') !== null,
    );
    expect(onTop).toBe(true);
    await page.getByTestId('survey-submit').click();
    await page.getByTestId('survey-missing').waitFor();
    for (const [i, element] of surveyElements.entries()) {
      await page.getByTestId(`survey-${element}-${i % 2 === 0 ? 4 : 3}`).check();
    }
    await page.getByTestId('survey-comment').fill('Pelayanan cepat.');
    await page.screenshot({ path: screenshotPath('field-04b-survey-handover'), fullPage: true });
    await page.getByTestId('survey-submit').click();
    await page.getByTestId('survey-return').click();
    await page.getByTestId('signin-screen').waitFor();
    await expect(page.getByText(skckPerson.fullName).count()).resolves.toBe(0);
    await signInAsOfficer(page);

    // A new SIM (this visit offers it).
    await page.getByTestId('nav-sim-new').click();
    await page.getByTestId('new-sim-form').waitFor();
    await fillPerson(page, 'new-sim', simPerson);
    await page.getByTestId('new-sim-category').selectOption('C');
    await page.getByTestId('new-sim-health-certificate-number').fill('SKS/0101/2026');
    await page.getByTestId('new-sim-psych-test-number').fill('PSI-2026-0101');
    await expect.poll(() => page.getByTestId('new-sim-fee').getAttribute('data-fee')).toBe('100000');
    const simNew = await saveWithKeyboard(page, 'new-sim');
    expect(simNew.receiptNumber).toMatch(/^SIM-/);

    // Lost-item report with two items, then the SKTLK letter.
    await page.getByTestId('nav-lost').click();
    await page.getByTestId('lost-form').waitFor();
    await fillPerson(page, 'lost', lostPerson);
    await page.getByTestId('lost-lost-on').fill(addDays(today, -1));
    await page.getByTestId('lost-lost-place').fill('Pasar Condongcatur');
    await page.getByTestId('lost-chronology').fill('Dompet terjatuh saat berbelanja pagi hari.');
    await page.getByTestId('lost-item-item-type-0').selectOption('KTP');
    await page.getByTestId('lost-item-identifier-0').fill(lostPerson.nik);
    await page.getByTestId('lost-item-add').click();
    await page.getByTestId('lost-item-item-type-1').selectOption('LAINNYA');
    await page.getByTestId('lost-item-identifier-1').focus();
    await page.getByTestId('lost-item-description-1').focus();
    await page.getByTestId('lost-save').click();
    await page.getByTestId('lost-item-description-1-error').waitFor();
    await page.getByTestId('lost-item-description-1').fill('Dompet kulit coklat');
    await page.screenshot({ path: screenshotPath('field-05-lost-form-two-items'), fullPage: true });
    const lost = await saveWithKeyboard(page, 'lost');
    expect(lost.receiptNumber).toMatch(/^LAP-/);
    await page.getByTestId('sktlk-issue').click();
    await page.getByTestId('sktlk-letter').waitFor();
    await expect.poll(() => page.getByTestId('sktlk-item').count()).toBe(2);
    const letterNumber = (await page.getByTestId('sktlk-issued').getAttribute('data-letter-number')) ?? '';
    expect(letterNumber).toMatch(/^SKTLK\/[0-9A-Z]{4}-1\/[IVX]+\/\d{4}\//);
    await page.evaluate(() => {
      document.body.dataset.print = 'letter';
    });
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: screenshotPath('field-06-sktlk-print'), fullPage: true });
    await page.emulateMedia({ media: 'screen' });

    // Complaint, then a follow-up that moves it to "in progress".
    await page.getByTestId('nav-complaint').click();
    await page.getByTestId('complaint-form').waitFor();
    await page.getByTestId('complaint-full-name').fill(complainant.fullName);
    await page.getByTestId('complaint-phone').fill('0813 2222 3333');
    await page.getByTestId('complaint-category').selectOption('keamanan_lingkungan');
    await page.getByTestId('complaint-urgency').selectOption('tinggi');
    await page.getByTestId('complaint-description').fill('Lampu jalan di dusun mati sejak seminggu, rawan pencurian.');
    await pickVillage(page, 'complaint-village-code', visitVillage);
    const complaint = await saveWithKeyboard(page, 'complaint');
    expect(complaint.receiptNumber).toMatch(/^ADU-/);
    await page.getByTestId('complaint-mode-follow').click();
    const complaintRow = page.locator(`[data-testid="complaint-row"][data-record-id="${complaint.id}"]`);
    await complaintRow.getByTestId('complaint-follow-up').click();
    await complaintRow.getByTestId('follow-up-action').fill('Koordinasi dengan perangkat desa untuk perbaikan lampu.');
    await complaintRow.getByTestId('follow-up-status').selectOption('in_progress');
    await page.screenshot({ path: screenshotPath('field-07-complaint-follow-up'), fullPage: true });
    await complaintRow.getByTestId('follow-up-save').click();
    await expect.poll(() => complaintRow.getAttribute('data-status')).toBe('in_progress');
    await expect.poll(() => complaintRow.getAttribute('data-follow-ups')).toBe('1');

    // Crowd permit intake: the scale decides who grants it.
    await page.getByTestId('nav-crowd').click();
    await page.getByTestId('crowd-form').waitFor();
    await page.getByTestId('crowd-nik').fill(organizer.nik);
    await page.getByTestId('crowd-full-name').fill(organizer.fullName);
    await page.getByTestId('crowd-phone').fill('0812 9999 0000');
    await page.getByTestId('crowd-event-name').fill('Merti Dusun');
    await page.getByTestId('crowd-event-type').selectOption('keagamaan');
    await page.getByTestId('crowd-venue').fill('Lapangan Dusun Karangwuni');
    await pickVillage(page, 'crowd-village-code', visitVillage);
    const eventDay = addDays(today, 45);
    await page.getByTestId('crowd-starts-at').fill(`${eventDay}T08:00`);
    await page.getByTestId('crowd-ends-at').fill(`${eventDay}T17:00`);
    await page.getByTestId('crowd-expected-attendance').fill('600');
    await page.getByTestId('crowd-scale').selectOption('kecamatan');
    await page.getByTestId('crowd-documents-committeeList').check();
    await page.screenshot({ path: screenshotPath('field-08-crowd-form'), fullPage: true });
    const crowd = await saveWithKeyboard(page, 'crowd');
    expect(crowd.receiptNumber).toMatch(/^IZN-/);

    // Outreach session.
    await page.getByTestId('nav-outreach').click();
    await page.getByTestId('outreach-form').waitFor();
    await pickVillage(page, 'outreach-village-code', visitVillage);
    await page.getByTestId('outreach-started-at').fill(`${today}T09:00`);
    await page.getByTestId('outreach-topics-narkoba').check();
    await page.getByTestId('outreach-topics-hoaks').check();
    await page.getByTestId('outreach-attendees-male').fill('14');
    await page.getByTestId('outreach-attendees-female').fill('19');
    await page.screenshot({ path: screenshotPath('field-09-outreach-form'), fullPage: true });
    const outreach = await saveWithKeyboard(page, 'outreach');

    // The visit counts what was done, then is finished.
    await page.getByTestId('nav-visits').click();
    await expect.poll(() => visitRow.getByTestId('visit-counters').getAttribute('data-total')).toBe('6');
    await page.screenshot({ path: screenshotPath('field-10-visit-counters') });
    await visitRow.getByTestId('visit-finish').click();
    await expect.poll(() => visitRow.getAttribute('data-status')).toBe('done');

    await context.setOffline(false);
    await page.getByTestId('sync-now').click();
    await expect
      .poll(() => page.getByTestId('pending-count').getAttribute('data-count'), { timeout: 30_000 })
      .toBe('0');

    const hq = await staffToken(server, 'hq');
    type Listed = { fields: Record<string, unknown>; records?: { id: string; fields: Record<string, unknown> }[] };
    const get = (path: string) => apiGet<Listed>(server, hq, `/records/${path}`);
    expect((await get(`skck_applications/${skck.id}`)).fields).toMatchObject({
      nik: skckPerson.nik,
      receiptNumber: skck.receiptNumber,
      feeRupiah: 30_000,
      visitId,
      phone: '+6281234567001',
    });
    expect((await get(`sim_applications/${simNew.id}`)).fields).toMatchObject({
      applicationType: 'new',
      category: 'C',
      feeRupiah: 100_000,
      visitId,
    });
    expect((await get(`lost_item_reports/${lost.id}`)).fields).toMatchObject({
      status: 'issued',
      letterNumber,
      receiptNumber: lost.receiptNumber,
      visitId,
    });
    const items =
      (await get(`lost_items?unitId=${unitId}&limit=100`)).records?.filter(
        (record) => record.fields.reportId === lost.id,
      ) ?? [];
    expect(items.map((item) => item.fields.itemType).sort()).toEqual(['KTP', 'LAINNYA']);
    expect((await get(`complaints/${complaint.id}`)).fields).toMatchObject({
      status: 'in_progress',
      category: 'keamanan_lingkungan',
      visitId,
    });
    const followUps =
      (await get(`complaint_follow_ups?unitId=${unitId}&limit=100`)).records?.filter(
        (record) => record.fields.complaintId === complaint.id,
      ) ?? [];
    expect(followUps).toHaveLength(1);
    expect((await get(`crowd_permit_requests/${crowd.id}`)).fields).toMatchObject({
      issuingLevel: 'polsek',
      expectedAttendance: 600,
      visitId,
    });
    expect((await get(`outreach_sessions/${outreach.id}`)).fields).toMatchObject({
      attendeesMale: 14,
      attendeesFemale: 19,
      visitId,
    });
    expect((await get(`visits/${visitId}`)).fields).toMatchObject({ status: 'done' });
    const surveys =
      (await get(`satisfaction_surveys?unitId=${unitId}&limit=100`)).records?.filter(
        (record) => record.fields.recordId === skck.id,
      ) ?? [];
    expect(surveys).toHaveLength(1);
    expect(surveys[0]?.fields).toMatchObject({
      channel: 'handover',
      service: 'skck_applications',
      comment: 'Pelayanan cepat.',
    });
    await context.close();
  }, 240_000);

  it('shows the forms in English when chosen; receipts stay Indonesian; the resident picks the survey language', async () => {
    const { server, browser } = suite;
    const today = currentIsoDate();
    const [person] = generateCitizens({ seed: 'e2e-field-en', count: 1, villages: sleman, today, minAge: 25 });
    if (!person) throw new Error('no citizen');
    const { context, page } = await enrollFieldDevice(browser, server, {
      deviceName: 'Laptop Unit 1 (EN)',
      contextOptions: { viewport: { width: 1280, height: 900 } },
    });
    const chooseLanguage = async (language: 'id' | 'en') => {
      await page.getByTestId('language-switch').first().selectOption(language);
      await page.waitForFunction((lang) => document.documentElement.lang === lang, language);
    };
    await page.getByTestId('nav-skck').click();
    await page.getByTestId('skck-form').waitFor();
    await chooseLanguage('en');
    await expect.poll(() => page.locator('#skck-title').textContent()).toBe('SKCK application');
    expect(await page.locator('label[for="skck-nik"]').textContent()).toBe('NIK (national ID number)');
    expect(await page.locator('label[for="skck-phone"]').textContent()).toBe('Mobile number (optional)');
    expect(await page.locator('#skck-purpose option[value="pekerjaan_swasta"]').textContent()).toMatch(/private/i);

    // The domain refuses a short NIK inline, in English; switching back rewrites the shown refusal in Indonesian.
    await page.getByTestId('skck-nik').fill('1234');
    await page.getByTestId('skck-full-name').focus();
    const nikError = page.getByTestId('skck-nik-error');
    await expect
      .poll(() => nikError.textContent())
      .toBe('The NIK must be 16 valid digits (correct region code and date of birth).');
    await page.screenshot({ path: screenshotPath('field-en-01-skck-form-error'), fullPage: true });
    await chooseLanguage('id');
    await expect
      .poll(() => nikError.textContent())
      .toBe('NIK harus 16 angka yang sah (kode wilayah dan tanggal lahir benar).');
    expect(await page.locator('#skck-title').textContent()).toBe('Permohonan SKCK');
    await chooseLanguage('en');
    await expect.poll(() => nikError.textContent()).toMatch(/^The NIK must be/);

    // Saved in English: the on-screen chrome is English, the receipt handed over stays in Bahasa Indonesia.
    await fillPerson(page, 'skck', person);
    await page.getByTestId('skck-purpose').selectOption('pekerjaan_swasta');
    await page.getByTestId('skck-religion').selectOption('islam');
    await page.getByTestId('skck-marital-status').selectOption('kawin');
    await page.getByTestId('skck-occupation').fill('Petani');
    await page.getByTestId('skck-documents-ktp').check();
    await page.getByTestId('skck-documents-kk').check();
    await expect.poll(() => page.getByTestId('skck-fee').textContent()).toMatch(/^Rp\s?30\.000$/);
    await page.screenshot({ path: screenshotPath('field-en-02-skck-filled'), fullPage: true });
    await saveWithKeyboard(page, 'skck');
    await expect.poll(() => page.locator('#skck-saved-title').textContent()).toBe('SKCK application: saved');
    expect(await page.getByTestId('receipt-print').textContent()).toBe('Print the receipt');
    expect(await page.locator('#receipt-title').textContent()).toBe('TANDA TERIMA');
    expect(await page.getByTestId('receipt-view').getAttribute('lang')).toBe('id');
    expect(await page.getByTestId('receipt-service').textContent()).toBe('Permohonan SKCK');
    await page.screenshot({ path: screenshotPath('field-en-03-skck-saved-receipt'), fullPage: true });

    // The survey opens in Bahasa Indonesia for the resident, who may switch it to English there.
    await page.getByTestId('survey-handover').click();
    await page.getByTestId('survey-screen').waitFor();
    expect(await page.locator('#survey-title').textContent()).toBe('Survei kepuasan layanan');
    await page.getByTestId('survey-language-en').click();
    await expect.poll(() => page.locator('#survey-title').textContent()).toBe('Service satisfaction survey');
    await page.getByTestId('survey-submit').click();
    await expect
      .poll(() => page.getByTestId('survey-missing').textContent())
      .toBe(`${surveyElements.length} elements are not rated yet.`);
    await page.getByTestId('survey-screen').evaluate((screen) => screen.scrollTo(0, 0));
    await page.screenshot({ path: screenshotPath('field-en-04-survey') });
    await page.getByTestId('survey-skip').click();
    await page.getByTestId('signin-screen').waitFor();
    await context.close();
  }, 120_000);
});
