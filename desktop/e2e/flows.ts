import { addDays, currentIsoDate } from '@keliling/domain';
import { type Citizen, generateCitizens, loadVillages } from '@keliling/fixtures';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import type { RunningServer } from './harness.js';
import { demoOfficer, signInAsOfficer } from './officerSignIn.js';

/** The end-to-end steps every browser test repeats: enrolling a field device, a staff login, an API token. */

export type DeviceSession = { context: BrowserContext; page: Page };

export type EnrollOptions = { unitId?: string; deviceName?: string; contextOptions?: BrowserContextOptions };

/** A fresh browser profile enrolled as a device of `unitId` (code from the CLI), left at the officers' lock screen. */
export async function enrollDevice(
  browser: Browser,
  server: RunningServer,
  { unitId = 'unit-sleman-1', deviceName = 'Laptop Unit 1', contextOptions = {} }: EnrollOptions = {},
): Promise<DeviceSession> {
  const { code } = JSON.parse(await server.cli('create-enrollment-code', '--unit', unitId, '--json')) as {
    code: string;
  };
  const context = await browser.newContext({
    viewport: { width: 1280, height: 860 },
    locale: 'id-ID',
    ...contextOptions,
  });
  const page = await context.newPage();
  await page.goto(server.url);
  await page.getByTestId('start-enroll').click();
  await page.getByTestId('enroll-code').fill(code);
  await page.getByTestId('enroll-device-name').fill(deviceName);
  await page.getByTestId('enroll-submit').click();
  return { context, page };
}

/** A device enrolled as by `enrollDevice`, with an officer of the unit (the demo officer by default) signed in. */
export async function enrollFieldDevice(
  browser: Browser,
  server: RunningServer,
  { officerId = demoOfficer.id, ...options }: EnrollOptions & { officerId?: string } = {},
): Promise<DeviceSession> {
  const session = await enrollDevice(browser, server, options);
  await signInAsOfficer(session.page, demoOfficer.pin, officerId);
  await session.page.getByTestId('nav-sim').waitFor({ timeout: 15_000 });
  return session;
}

/** A staff member (demo accounts: `hq`, `koordinator`, `admin`; password `demo-<user>-2026`) signed in the web app. */
export async function signInStaff(
  browser: Browser,
  server: RunningServer,
  username: string,
  contextOptions: BrowserContextOptions = {},
): Promise<DeviceSession> {
  const context = await browser.newContext({
    viewport: { width: 1366, height: 900 },
    locale: 'id-ID',
    ...contextOptions,
  });
  const page = await context.newPage();
  await page.goto(server.url);
  await page.getByTestId('start-staff').click();
  await page.getByTestId('staff-username').fill(username);
  await page.getByTestId('staff-password').fill(`demo-${username}-2026`);
  await page.getByTestId('staff-submit').click();
  await page.locator('[data-testid^="nav-"]').first().waitFor({ timeout: 15_000 });
  return { context, page };
}

/** A bearer token for a demo staff account, for reading what the server holds through the API. */
export async function staffToken(server: RunningServer, username: string): Promise<string> {
  const response = await fetch(`${server.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: `demo-${username}-2026` }),
  });
  if (!response.ok) throw new Error(`login of ${username} failed: ${response.status}`);
  return ((await response.json()) as { token: string }).token;
}

/** GET an API path with a bearer token and parse the JSON answer. */
export async function apiGet<T>(server: RunningServer, token: string, path: string): Promise<T> {
  const response = await fetch(`${server.url}/api/v1${path}`, { headers: { authorization: `Bearer ${token}` } });
  if (!response.ok) throw new Error(`GET ${path} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}

/** What the SIM renewal form (desktop/E2E.md) asks of an applicant; the phone is optional. */
export type SimRenewalApplicant = Pick<
  Citizen,
  'nik' | 'fullName' | 'birthPlace' | 'birthDate' | 'sex' | 'address' | 'villageCode'
> & {
  phone?: string | undefined;
  category: 'A' | 'C';
  previousLicenseNumber: string;
  previousLicenseExpiry: string;
  healthCertificateNumber: string;
  psychTestNumber: string;
};

/** Opens the SIM renewal form and types `applicant` into it (not saved: a test may attach a photo first). */
export async function fillSimRenewal(page: Page, applicant: SimRenewalApplicant): Promise<void> {
  await page.getByTestId('nav-sim').click();
  const form = (testId: string) => page.getByTestId(testId);
  await form('sim-nik').fill(applicant.nik);
  await form('sim-full-name').fill(applicant.fullName);
  await form('sim-birth-place').fill(applicant.birthPlace);
  await form('sim-birth-date').fill(applicant.birthDate);
  await form('sim-sex').selectOption(applicant.sex);
  await form('sim-address').fill(applicant.address);
  await form('sim-village-code').fill(applicant.villageCode);
  if (applicant.phone !== undefined) await form('sim-phone').fill(applicant.phone);
  await form('sim-category').selectOption(applicant.category);
  await form('sim-previous-license-number').fill(applicant.previousLicenseNumber);
  await form('sim-previous-license-expiry').fill(applicant.previousLicenseExpiry);
  await form('sim-health-certificate-number').fill(applicant.healthCertificateNumber);
  await form('sim-psych-test-number').fill(applicant.psychTestNumber);
}

export type SavedRecord = { id: string; receiptNumber: string };

/** Saves the filled SIM form and reads the receipt it shows (the form stays on the receipt). */
export async function saveSimForm(page: Page): Promise<SavedRecord> {
  await page.getByTestId('sim-save').click();
  const receipt = page.getByTestId('saved-receipt');
  await receipt.waitFor({ timeout: 15_000 });
  return {
    id: (await receipt.getAttribute('data-record-id')) ?? '',
    receiptNumber: (await receipt.textContent())?.trim() ?? '',
  };
}

export type CapturedRenewal = SavedRecord & Pick<Citizen, 'nik' | 'fullName' | 'address'>;

/** Fills and saves the SIM renewal form for a generated Sleman resident (seeded); returns the saved record. */
export async function captureSimRenewal(page: Page, seed: string): Promise<CapturedRenewal> {
  const today = currentIsoDate();
  const [person] = generateCitizens({ seed, count: 1, villages: loadVillages('sleman'), today });
  if (!person) throw new Error('no citizen generated');
  await fillSimRenewal(page, {
    ...person,
    phone: '+6281234567890',
    category: 'C',
    previousLicenseNumber: '123456789012',
    previousLicenseExpiry: addDays(today, 30),
    healthCertificateNumber: 'SKS/001/2026',
    psychTestNumber: 'EPPSI-2026-000001',
  });
  const saved = await saveSimForm(page);
  return { ...saved, nik: person.nik, fullName: person.fullName, address: person.address };
}
