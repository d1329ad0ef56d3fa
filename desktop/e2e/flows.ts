import { addDays, currentIsoDate } from '@keliling/domain';
import { generateCitizens, loadVillages } from '@keliling/fixtures';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import type { RunningServer } from './harness.js';
import { demoOfficer, signInAsOfficer } from './officerSignIn.js';

/** The end-to-end steps every browser test repeats: enrolling a field device, a staff login, an API token. */

export type DeviceSession = { context: BrowserContext; page: Page };

/** A fresh browser profile enrolled as a device of `unitId` (code from the CLI), with the demo officer signed in. */
export async function enrollFieldDevice(
  browser: Browser,
  server: RunningServer,
  {
    unitId = 'unit-sleman-1',
    deviceName = 'Laptop Unit 1',
    contextOptions = {},
    officerId = demoOfficer.id,
  }: { unitId?: string; deviceName?: string; contextOptions?: BrowserContextOptions; officerId?: string } = {},
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
  await signInAsOfficer(page, demoOfficer.pin, officerId);
  await page.getByTestId('nav-sim').waitFor({ timeout: 15_000 });
  return { context, page };
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

export type CapturedRenewal = { id: string; receiptNumber: string; nik: string; fullName: string };

/** Fills and saves the SIM renewal form (desktop/E2E.md) for a generated Sleman resident; returns the saved record. */
export async function captureSimRenewal(page: Page, seed: string): Promise<CapturedRenewal> {
  const today = currentIsoDate();
  const [person] = generateCitizens({ seed, count: 1, villages: loadVillages('sleman'), today });
  if (!person) throw new Error('no citizen generated');
  await page.getByTestId('nav-sim').click();
  const form = (testId: string) => page.getByTestId(testId);
  await form('sim-nik').fill(person.nik);
  await form('sim-full-name').fill(person.fullName);
  await form('sim-birth-place').fill(person.birthPlace);
  await form('sim-birth-date').fill(person.birthDate);
  await form('sim-sex').selectOption(person.sex);
  await form('sim-address').fill(person.address);
  await form('sim-village-code').fill(person.villageCode);
  await form('sim-phone').fill('+6281234567890');
  await form('sim-category').selectOption('C');
  await form('sim-previous-license-number').fill('123456789012');
  await form('sim-previous-license-expiry').fill(addDays(today, 30));
  await form('sim-health-certificate-number').fill('SKS/001/2026');
  await form('sim-psych-test-number').fill('EPPSI-2026-000001');
  await form('sim-save').click();
  const receipt = page.getByTestId('saved-receipt');
  await receipt.waitFor({ timeout: 10_000 });
  return {
    id: (await receipt.getAttribute('data-record-id')) ?? '',
    receiptNumber: (await receipt.textContent())?.trim() ?? '',
    nik: person.nik,
    fullName: person.fullName,
  };
}
