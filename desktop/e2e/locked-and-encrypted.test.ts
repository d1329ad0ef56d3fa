import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { captureSimRenewal, enrollDevice, staffToken } from './flows.js';
import { findChromium, screenshotPath, serverAndBrowser } from './harness.js';
import { demoOfficer, signInAsOfficer } from './officerSignIn.js';

// A field laptop's data at rest: enrolled, an officer signs in with the demo PIN, captures a renewal; what
// IndexedDB holds has neither the NIK nor the name in clear; a locked app shows nothing personal; a wrong PIN is
// refused and the right one opens it again; once HQ revokes the device, its next sync deletes everything.
const chromiumPath = findChromium();

/** Every value of every object store of every IndexedDB database of the page, bytes decoded as latin1. */
function dumpIndexedDb(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const request = <T>(r: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
    const bytes = (view: Uint8Array) => Array.from(view, (b) => String.fromCharCode(b)).join('');
    const parts: string[] = [];
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue;
      const db = await request(indexedDB.open(info.name));
      for (const store of Array.from(db.objectStoreNames)) {
        const rows = await request(db.transaction(store, 'readonly').objectStore(store).getAll());
        parts.push(
          `${info.name}/${store}: ${JSON.stringify(rows, (_key, value: unknown) =>
            value instanceof Uint8Array
              ? bytes(value)
              : value instanceof ArrayBuffer
                ? bytes(new Uint8Array(value))
                : value,
          )}`,
        );
      }
      db.close();
    }
    return parts.join('\n');
  });
}

describe.skipIf(!chromiumPath)('personal data on a field laptop is locked and encrypted', () => {
  const suite = serverAndBrowser(chromiumPath ?? '');

  it('keeps NIK and name out of IndexedDB and off the lock screen, refuses a wrong PIN, and wipes when revoked', async () => {
    const { server, browser } = suite;
    const { context, page } = await enrollDevice(browser, server);
    await page.getByTestId('signin-pin').waitFor({ timeout: 30_000 });
    await expect.poll(() => page.getByTestId('signin-officer').locator('option').count(), { timeout: 30_000 }).toBe(2);
    await page.screenshot({ path: screenshotPath('10-signin') });
    await signInAsOfficer(page);
    await expect.poll(() => page.getByTestId('signed-in-officer').textContent()).toContain(demoOfficer.name);
    const deviceId = await page.evaluate(async () => {
      const r = indexedDB.open('keliling');
      const db = await new Promise<IDBDatabase>((resolve) => {
        r.onsuccess = () => resolve(r.result);
      });
      const get = db.transaction('meta').objectStore('meta').get('device');
      const row = await new Promise<{ value: { deviceId: string } }>((resolve) => {
        get.onsuccess = () => resolve(get.result);
      });
      db.close();
      return row.value.deviceId;
    });

    // Offline, so the renewal stays in the outbox (and sign-out has something to warn about). The service worker
    // must be active first, or an offline page has no shell assets.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
    await context.setOffline(true);
    const person = await captureSimRenewal(page, 'e2e-locked');

    // Found again by NIK and by the start of a name word, through the keyed-hash indexes.
    await page.getByTestId('nav-records').click();
    await page.getByTestId('records-search').fill(person.nik);
    await expect.poll(() => page.getByTestId('record-row').count()).toBe(1);
    const firstWord = person.fullName.split(' ')[0] ?? '';
    await page.getByTestId('records-search').fill(firstWord.slice(0, 3).toLowerCase());
    await expect.poll(() => page.getByTestId('record-row').count()).toBe(1);
    await page.getByTestId('records-search').fill('3404999999999999');
    await expect.poll(() => page.getByTestId('records-empty').count()).toBe(1);
    await page.getByTestId('records-search').fill('');

    // What a thief copying the browser profile gets: every object store, and neither the NIK nor the name.
    const dump = await dumpIndexedDb(page);
    expect(dump).toContain('keliling/outbox'); // the dump did read the stores
    expect(dump).toContain(demoOfficer.name); // officers' names are in clear, for the sign-in screen (docs/security.md)
    for (const secret of [person.nik, person.fullName, person.address]) expect(dump).not.toContain(secret);
    for (const word of person.fullName.split(' ').filter((w) => w.length >= 4)) expect(dump).not.toContain(word);

    // Signing out warns about the unsent renewal, then locks: nothing personal remains in the page.
    await page.getByTestId('sign-out').click();
    await expect.poll(() => page.getByTestId('signout-warning').getAttribute('data-count')).toBe('1');
    await page.screenshot({ path: screenshotPath('11-signout-warning') });
    await page.getByTestId('signout-confirm').click();
    await page.getByTestId('signin-pin').waitFor();
    const locked = await page.content();
    expect(locked).not.toContain(person.nik);
    expect(locked).not.toContain(person.fullName);
    await page.screenshot({ path: screenshotPath('12-locked') });

    // A wrong PIN is refused (offline, checked against the verifier); the right one opens the records again.
    await page.getByTestId('signin-pin').fill('00000000');
    await page.getByTestId('signin-submit').click();
    await expect
      .poll(() => page.getByTestId('signin-error').getAttribute('data-code'), { timeout: 30_000 })
      .toBe('wrong_pin');
    await page.screenshot({ path: screenshotPath('13-wrong-pin') });
    expect(await page.content()).not.toContain(person.fullName);
    await signInAsOfficer(page);
    await page.getByTestId('nav-records').click();
    await expect.poll(() => page.getByTestId('record-row').count()).toBe(1);
    expect(await page.content()).toContain(person.fullName);

    // Hiding the page (tab switched, window minimised) locks too.
    await page.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await page.getByTestId('signin-pin').waitFor();
    await page.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'visible' });
    });

    // HQ revokes the device (lost); at its next sync it deletes everything it holds and says so.
    await context.setOffline(false);
    await signInAsOfficer(page);
    const revoke = await fetch(`${server.url}/api/v1/devices/${deviceId}/revoke`, {
      method: 'POST',
      headers: { authorization: `Bearer ${await staffToken(server, 'hq')}` },
    });
    expect(revoke.status).toBe(200);
    // The app may already be syncing, and so wiping, on its own: nudge it only while the button is still there.
    await page
      .getByTestId('sync-now')
      .click({ timeout: 5_000 })
      .catch(() => undefined);
    await page.getByTestId('wiped-screen').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('wiped-screen').getAttribute('data-reason')).toBe('revoked');
    await page.screenshot({ path: screenshotPath('14-wiped') });
    const after = await dumpIndexedDb(page);
    expect(after).not.toContain(demoOfficer.name);
    expect(after).not.toMatch(/keliling\/outbox: \[\{/);
    expect(after).not.toContain(deviceId);
    await context.close();
  }, 180_000);
});
