import { addDays, currentIsoDate } from '@keliling/domain';
import { demoSeed, loadVillages } from '@keliling/fixtures';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { findChromium, type RunningServer, screenshotPath, serverAndBrowser } from './harness.js';

// Issue 6 (coordinators): a coordinator plans a day for unit-sleman-1, optimises the order and publishes it; a
// device of that unit then receives the visits by sync and lists them under "Kunjungan hari ini".
const chromiumPath = findChromium();

// Six Sleman villages typed in a zigzag across the regency (south-west, north-east, west, south-east, north, south).
const typed = ['34.04.01.2001', '34.04.11.2001', '34.04.05.2001', '34.04.09.2001', '34.04.13.2001', '34.04.08.2001'];

const stopOrder = (page: Page) =>
  page.getByTestId('stop-row').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-village-code') ?? ''));
const km = async (page: Page, testId: string) => Number(await page.getByTestId(testId).getAttribute('data-km'));

/**
 * Past visits, written by HQ through sync/push as the units' history: every third Sleman village served some days
 * ago (5 to 300), so the planner and the coverage plot have recent, old and never-visited villages to show.
 */
async function seedHistory(server: RunningServer): Promise<number> {
  const login = await fetch(`${server.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'hq', password: 'demo-hq-2026' }),
  });
  const { token, nodeId } = (await login.json()) as { token: string; nodeId: string };
  const today = currentIsoDate();
  const at = Date.now() - 60_000;
  // Past visits as they happened: planned, then in progress, then done (a visit may not be created `done`).
  const steps = ['planned', 'in_progress', 'done'] as const;
  const changes = loadVillages('sleman')
    .filter((_, i) => i % 3 === 0)
    .flatMap((village, i) =>
      steps.map((status, step) => ({
        id: `seed-change-${i}-${step}`,
        entity: 'visits',
        entityId: `seed-visit-${i}`,
        hlc: `${new Date(at + step).toISOString()}-${i.toString(16).padStart(4, '0')}-${nodeId}`,
        fields:
          step === 0
            ? {
                unitId: i % 2 === 0 ? 'unit-sleman-1' : 'unit-sleman-2',
                villageCode: village.code,
                date: addDays(today, -(5 + ((i * 37) % 296))),
                order: 1,
                servicesOffered: ['sim_renewal'],
                status,
                createdAt: new Date(at).toISOString(),
              }
            : { status },
      })),
    );
  const push = await fetch(`${server.url}/api/v1/sync/push`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ changes }),
  });
  const { results } = (await push.json()) as { results: { status: string }[] };
  expect(results.map((r) => r.status)).toEqual(changes.map(() => 'applied'));
  return changes.length / steps.length;
}

async function signInAsCoordinator(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByTestId('start-screen').waitFor();
  await page.screenshot({ path: screenshotPath('route-01-start') });
  await page.getByTestId('start-staff').click();
  await page.getByTestId('staff-username').fill('koordinator');
  await page.getByTestId('staff-password').fill('salah-sandi');
  await page.getByTestId('staff-submit').click();
  await expect.poll(() => page.getByTestId('staff-error').getAttribute('data-code')).toBe('unauthorized');
  await page.screenshot({ path: screenshotPath('route-02-staff-login-refused') });
  await page.getByTestId('staff-password').fill('demo-koordinator-2026');
  await page.getByTestId('staff-submit').click();
  await page.getByTestId('route-planner').waitFor({ timeout: 15_000 });
}

async function enrollAndSignIn(page: Page, server: RunningServer): Promise<void> {
  const { code } = JSON.parse(await server.cli('create-enrollment-code', '--unit', 'unit-sleman-1', '--json')) as {
    code: string;
  };
  await page.goto(server.url);
  await page.getByTestId('start-enroll').click();
  await page.getByTestId('enroll-code').fill(code);
  await page.getByTestId('enroll-device-name').fill('Laptop Unit 1');
  await page.getByTestId('enroll-submit').click();
  // Devices that lock behind an officer's PIN show the sign-in screen first.
  const signIn = page.getByTestId('signin-screen');
  const nav = page.getByTestId('nav-visits');
  await expect.poll(async () => (await signIn.isVisible()) || (await nav.isVisible()), { timeout: 20_000 }).toBe(true);
  if (await signIn.isVisible()) {
    const officer = demoSeed.officers.find((o) => o.unitId === 'unit-sleman-1');
    if (!officer) throw new Error('no demo officer for unit-sleman-1');
    await page.getByTestId('signin-officer').selectOption(officer.id);
    await page.getByTestId('signin-pin').fill(officer.pin);
    await page.getByTestId('signin-submit').click();
  }
  await nav.waitFor({ timeout: 20_000 });
}

describe.skipIf(!chromiumPath)('a coordinator plans a route and the unit receives it', () => {
  const suite = serverAndBrowser(chromiumPath ?? '');

  it('signs in, plans six Sleman villages, optimises, publishes; the unit device lists them', async () => {
    const { server, browser } = suite;
    const coordinator = await browser.newContext({ viewport: { width: 1360, height: 900 }, locale: 'id-ID' });
    const page = await coordinator.newPage();
    const seeded = await seedHistory(server);
    await signInAsCoordinator(page, server.url);
    await expect.poll(() => page.getByTestId('staff-user').textContent()).toContain('koordinator');
    // The staff session lives in sessionStorage, not in IndexedDB.
    expect(await page.evaluate(() => sessionStorage.getItem('keliling.staffSession'))).toContain(
      '"role":"coordinator"',
    );

    await page.getByTestId('plan-unit').selectOption('unit-sleman-1');
    expect(await page.getByTestId('village-option').count()).toBe(86);
    // Villages served lately are not highlighted; the never-visited ones are.
    const buckets = await page
      .getByTestId('village-option')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-bucket')));
    expect(buckets.filter((b) => b === 'never')).toHaveLength(86 - seeded);
    expect(new Set(buckets).size).toBe(5);
    await page.screenshot({ path: screenshotPath('route-03-planner-empty') });
    for (const code of typed) {
      await page.locator(`[data-testid="village-option"][data-village-code="${code}"] input`).check();
    }
    expect(await stopOrder(page)).toEqual(typed);

    // Keyboard reordering: move the second stop down and back up with Enter on the arrow buttons.
    await page.getByTestId('stop-row').nth(1).getByTestId('stop-down').focus();
    await page.keyboard.press('Enter');
    expect((await stopOrder(page)).slice(1, 3)).toEqual([typed[2], typed[1]]);
    await page.getByTestId('stop-row').nth(2).getByTestId('stop-up').focus();
    await page.keyboard.press('Enter');
    expect(await stopOrder(page)).toEqual(typed);

    const typedKm = await km(page, 'route-current');
    await page.getByTestId('plan-optimise').click();
    await page.getByTestId('route-proposed').waitFor();
    const proposedKm = await km(page, 'route-proposed');
    expect(await km(page, 'route-typed')).toBeCloseTo(typedKm, 6);
    expect(proposedKm).toBeLessThanOrEqual(typedKm);
    expect(proposedKm).toBeLessThan(typedKm * 0.9);
    expect(await km(page, 'route-current')).toBeCloseTo(proposedKm, 6);
    const proposedOrder = await stopOrder(page);
    expect([...proposedOrder].sort()).toEqual([...typed].sort());
    console.info(
      `[route-planning] typed ${typedKm.toFixed(1)} km → proposed ${proposedKm.toFixed(1)} km (${proposedOrder.join(' → ')})`,
    );
    // Start times were filled in along the route.
    const starts = await page
      .getByTestId('stop-start')
      .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    expect(starts.every((s) => /^\d\d:\d\d$/.test(s))).toBe(true);
    expect([...starts].sort()).toEqual(starts);
    await page.getByTestId('route-planner').screenshot({ path: screenshotPath('route-04-planner-optimised') });
    await page.screenshot({ path: screenshotPath('route-04b-planner-optimised-viewport') });

    await page.getByTestId('plan-publish').click();
    await expect
      .poll(() => page.getByTestId('plan-published').getAttribute('data-count'), { timeout: 15_000 })
      .toBe('6');
    await expect.poll(async () => page.locator('[data-testid="stop-row"]').evaluateAll((rows) => rows.length)).toBe(6);

    await page.getByTestId('nav-progress').click();
    const row = page.locator('[data-testid="progress-row"][data-unit-id="unit-sleman-1"]');
    await expect.poll(() => row.locator('[data-status="planned"]').getAttribute('data-count')).toBe('6');
    expect(await page.getByTestId('coverage-point').count()).toBe(86);
    expect(await page.locator('[data-testid="coverage-point"][data-bucket="never"]').count()).toBe(86 - seeded);
    await page.screenshot({ path: screenshotPath('route-05-progress'), fullPage: true });

    const device = await browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'id-ID' });
    const field = await device.newPage();
    await enrollAndSignIn(field, server);
    await field.getByTestId('nav-visits').click();
    await expect.poll(() => field.getByTestId('visit-row').count(), { timeout: 30_000 }).toBe(6);
    const received = await field
      .getByTestId('visit-row')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-village-code')));
    expect(received).toEqual(proposedOrder);
    expect(await field.locator('[data-testid="visit-row"][data-status="planned"]').count()).toBe(6);
    await field.screenshot({ path: screenshotPath('route-06-device-visits-today') });

    await coordinator.close();
    await device.close();
  });
});
