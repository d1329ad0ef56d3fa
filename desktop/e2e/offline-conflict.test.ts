import { demoSeed } from '@keliling/fixtures';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiGet, captureSimRenewal, enrollFieldDevice, signInStaff, staffToken } from './flows.js';
import { findChromium, screenshotPath, serverAndBrowser } from './harness.js';

// Issue 3 proof: two laptops of one unit edit the same record while offline, then sync. Both end identical, the
// conflict is listed (with both values and both authors), and nothing either officer typed is lost.
const chromiumPath = findChromium();
const [officerA, officerB] = demoSeed.officers.filter((o) => o.unitId === 'unit-sleman-1');

async function syncAndWait(page: Page): Promise<void> {
  await page.getByTestId('sync-now').click();
  await expect.poll(() => page.getByTestId('pending-count').getAttribute('data-count'), { timeout: 30_000 }).toBe('0');
  await expect
    .poll(() => page.getByTestId('sync-indicator').getAttribute('data-state'), { timeout: 30_000 })
    .toBe('online');
}

async function openRecord(page: Page, id: string): Promise<void> {
  await page.goto(`${new URL(page.url()).origin}/#/data/sim_applications/${id}`);
  await page.getByTestId('record-page').waitFor({ timeout: 20_000 });
}

async function editAddress(page: Page, address: string): Promise<void> {
  await page.getByTestId('record-edit').click();
  const field = page.getByTestId('record-edit-field-address');
  await field.fill(address);
  await page.getByTestId('record-edit-save').click();
  await expect.poll(() => page.getByTestId('record-fields').textContent(), { timeout: 10_000 }).toContain(address);
}

describe.skipIf(!chromiumPath)('two devices edit one record offline', () => {
  const suite = serverAndBrowser(chromiumPath ?? '');

  it('both end identical, the conflict is listed, and both typed values are kept', async () => {
    const { server, browser } = suite;
    if (!officerA || !officerB) throw new Error('the demo seed has two officers in unit-sleman-1');
    const a = await enrollFieldDevice(browser, server, { deviceName: 'Laptop A', officerId: officerA.id });
    const b = await enrollFieldDevice(browser, server, { deviceName: 'Laptop B', officerId: officerB.id });

    const captured = await captureSimRenewal(a.page, 'e2e-offline-conflict');
    await syncAndWait(a.page);
    await syncAndWait(b.page);
    await openRecord(b.page, captured.id);
    await openRecord(a.page, captured.id);

    // Both laptops lose the network and each officer corrects the address differently.
    await a.context.setOffline(true);
    await b.context.setOffline(true);
    const fromA = 'Jl. Kaliurang km 12, RT 03/RW 07';
    const fromB = 'Jl. Kaliurang km 12 No. 5, Ngaglik';
    await editAddress(a.page, fromA);
    await editAddress(b.page, fromB);
    await a.page.screenshot({ path: screenshotPath('conflict-01-device-a-offline-edit') });

    // Back online: A syncs first, then B, then A again to learn B's value.
    await a.context.setOffline(false);
    await b.context.setOffline(false);
    await syncAndWait(a.page);
    await syncAndWait(b.page);
    await syncAndWait(a.page);

    // One value wins on both laptops and the server: the same everywhere.
    const hq = await staffToken(server, 'hq');
    const onServer = await apiGet<{ fields: Record<string, unknown> }>(
      server,
      hq,
      `/records/sim_applications/${captured.id}`,
    );
    const winner = onServer.fields.address;
    expect([fromA, fromB]).toContain(winner);
    const loser = winner === fromA ? fromB : fromA;
    for (const page of [a.page, b.page]) {
      await openRecord(page, captured.id);
      await expect
        .poll(() => page.getByTestId('record-fields').textContent(), { timeout: 15_000 })
        .toContain(String(winner));
    }

    // The conflict is listed with both values and both authors: the losing text is not lost.
    const { conflicts } = await apiGet<{
      conflicts: {
        entityId: string;
        field: string;
        winner: { value: unknown; author: string };
        loser: { value: unknown; author: string };
      }[];
    }>(server, hq, '/conflicts');
    const conflict = conflicts.find((c) => c.entityId === captured.id && c.field === 'address');
    expect(conflict, JSON.stringify(conflicts)).toBeDefined();
    expect(conflict?.winner.value).toBe(winner);
    expect(conflict?.loser.value).toBe(loser);
    expect(new Set([conflict?.winner.author, conflict?.loser.author])).toEqual(new Set([officerA.id, officerB.id]));

    // Each laptop's record page shows the conflict, with the value that lost.
    for (const page of [a.page, b.page]) {
      await expect.poll(() => page.getByTestId('record-conflicts').textContent(), { timeout: 20_000 }).toContain(loser);
    }
    await b.page.screenshot({ path: screenshotPath('conflict-02-device-b-conflict-listed'), fullPage: true });

    // HQ resolves it by keeping the value that lost: an ordinary change, which both laptops receive.
    const office = await signInStaff(browser, server, 'hq');
    await office.page.getByTestId('nav-conflicts').click();
    const listed = office.page.locator('[data-testid="conflict"]').filter({ hasText: loser });
    await listed.first().waitFor({ timeout: 15_000 });
    await office.page.screenshot({ path: screenshotPath('conflict-03-hq-conflicts'), fullPage: true });
    await listed.first().getByTestId('conflict-keep-loser').click();
    await expect
      .poll(
        async () =>
          (await apiGet<{ fields: Record<string, unknown> }>(server, hq, `/records/sim_applications/${captured.id}`))
            .fields.address,
        { timeout: 15_000 },
      )
      .toBe(loser);
    for (const page of [a.page, b.page]) {
      await syncAndWait(page);
      await openRecord(page, captured.id);
      await expect.poll(() => page.getByTestId('record-fields').textContent(), { timeout: 15_000 }).toContain(loser);
    }
    await a.page.screenshot({ path: screenshotPath('conflict-04-device-a-resolved'), fullPage: true });
    await office.context.close();
    await a.context.close();
    await b.context.close();
  });
});
