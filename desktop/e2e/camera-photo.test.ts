import { createHash } from 'node:crypto';
import { addDays, currentIsoDate } from '@keliling/domain';
import { generateCitizens, loadVillages } from '@keliling/fixtures';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiGet, enrollFieldDevice, fillSimRenewal, saveSimForm, staffToken } from './flows.js';
import { findChromium, screenshotPath, serverAndBrowser } from './harness.js';

// The applicant's photo from the laptop camera end to end: Chromium's fake camera (a moving test pattern) stands in
// for the webcam; the officer opens the camera, takes the picture, saves the renewal offline, and after the sync HQ
// downloads the same JPEG.
const chromiumPath = findChromium();

const fakeCamera = ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'];

type Picture = { width: number; height: number; colours: number; meanBrightness: number };

/** Size of a shown image and how varied its pixels are (a blank or black frame has one colour). */
function pictureOf(image: Locator): Promise<Picture> {
  return image.evaluate(async (element) => {
    const img = element as HTMLImageElement;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.naturalWidth;
    canvas.height = img.naturalHeight;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d context');
    context.drawImage(img, 0, 0);
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    const colours = new Set<number>();
    let brightness = 0;
    for (let i = 0; i < data.length; i += 4 * 97) {
      const [r = 0, g = 0, b = 0] = [data[i], data[i + 1], data[i + 2]];
      colours.add(((r >> 4) << 8) | ((g >> 4) << 4) | (b >> 4));
      brightness += (r + g + b) / 3;
    }
    return {
      width: img.naturalWidth,
      height: img.naturalHeight,
      colours: colours.size,
      meanBrightness: brightness / Math.ceil(data.length / (4 * 97)),
    };
  });
}

const focusedTestId = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? null);

describe.skipIf(!chromiumPath)('a photo from the laptop camera', () => {
  const suite = serverAndBrowser(chromiumPath ?? '', {}, fakeCamera);

  it('takes the applicant photo with the camera, keeps it offline, and uploads it on sync', async () => {
    const { server, browser } = suite;
    const today = currentIsoDate();
    const [person] = generateCitizens({ seed: 'e2e-camera', count: 1, villages: loadVillages('sleman'), today });
    if (!person) throw new Error('no applicant');
    const { context, page } = await enrollFieldDevice(browser, server, {
      deviceName: 'Laptop Kamera',
      contextOptions: { viewport: { width: 1280, height: 900 } },
    });
    await context.grantPermissions(['camera'], { origin: server.url });
    await expect
      .poll(() => page.getByTestId('last-sync').textContent(), { timeout: 30_000 })
      .not.toContain('belum pernah');

    // Offline, so the photo is certainly still on the device when the record page is read.
    await context.setOffline(true);
    await expect.poll(() => page.getByTestId('sync-indicator').getAttribute('data-state')).toBe('offline');
    await fillSimRenewal(page, {
      ...person,
      phone: undefined,
      category: 'C',
      previousLicenseNumber: '556677889900',
      previousLicenseExpiry: addDays(today, 25),
      healthCertificateNumber: 'SKS/077/2026',
      psychTestNumber: 'EPPSI-2026-000077',
    });

    // The camera opens on a live preview; the capture button takes the current frame.
    const field = page.getByTestId('sim-photo');
    await page.getByTestId('sim-photo-camera').click();
    const video = page.getByTestId('sim-photo-video');
    await video.waitFor({ timeout: 10_000 });
    await expect
      .poll(() => video.evaluate((element) => (element as HTMLVideoElement).videoWidth), { timeout: 10_000 })
      .toBeGreaterThan(0);
    const frame = await video.evaluate((element) => {
      const preview = element as HTMLVideoElement;
      return { width: preview.videoWidth, height: preview.videoHeight, playing: !preview.paused };
    });
    expect(frame.playing).toBe(true);
    await expect(page.getByTestId('sim-photo-error').count()).resolves.toBe(0);
    // The preview is scrolled clear of the form's sticky save bar, focus on the capture button.
    await expect.poll(() => focusedTestId(page)).toBe('sim-photo-capture');
    await page.screenshot({ path: screenshotPath('camera-01-preview') });

    // Closing the camera drops the preview. With the keyboard: Enter opens the camera and leaves the focus on the
    // capture button (the camera button is gone), and Enter at once takes the picture.
    await field.getByRole('button', { name: 'Tutup kamera' }).click();
    await expect.poll(() => video.count()).toBe(0);
    await page.getByTestId('sim-photo-camera').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedTestId(page)).toBe('sim-photo-capture');
    await page.keyboard.press('Enter');
    const draft = field.getByTestId('attachment');
    await expect.poll(() => draft.getAttribute('data-state'), { timeout: 15_000 }).toBe('draft');
    await expect(page.getByTestId('sim-photo-error').count()).resolves.toBe(0);
    // Taking the picture closes the camera.
    await expect.poll(() => video.count()).toBe(0);
    await expect(page.getByTestId('sim-photo-camera').textContent()).resolves.toBe('Ambil ulang dengan kamera');
    await expect.poll(() => focusedTestId(page)).toBe('sim-photo-camera');
    const sha256 = (await draft.getAttribute('data-sha256')) ?? '';
    expect(sha256).toMatch(/^[0-9a-f]{64}$/);
    // The stored photo is the whole camera frame (downscaled to 1280 at most), not a blank canvas.
    const scale = Math.min(1, 1280 / Math.max(frame.width, frame.height));
    const taken = await pictureOf(draft.getByTestId('attachment-image'));
    expect(taken.width).toBe(Math.round(frame.width * scale));
    expect(taken.height).toBe(Math.round(frame.height * scale));
    expect(taken.colours).toBeGreaterThan(3);
    expect(taken.meanBrightness).toBeGreaterThan(10);
    await page.screenshot({ path: screenshotPath('camera-02-form-with-photo') });

    const saved = await saveSimForm(page);
    expect(saved.receiptNumber).toMatch(/^SIM-/);
    await expect.poll(() => page.getByTestId('pending-uploads').getAttribute('data-count')).toBe('1');

    // The record page holds the photo, waiting for its upload.
    await page.getByTestId('nav-records').click();
    await page.locator(`[data-testid="record-row"][data-record-id="${saved.id}"]`).getByTestId('record-open').click();
    await page.getByTestId('record-page').waitFor();
    const photo = page.getByTestId('record-photos').getByTestId('attachment');
    await expect.poll(() => photo.getAttribute('data-state')).toBe('pending');
    await expect(photo.getAttribute('data-sha256')).resolves.toBe(sha256);
    await expect(pictureOf(photo.getByTestId('attachment-image'))).resolves.toEqual(taken);

    // Online again: the record syncs, the photo uploads, and HQ downloads the same JPEG.
    await context.setOffline(false);
    await page.getByTestId('sync-now').click();
    await expect
      .poll(() => page.getByTestId('pending-uploads').getAttribute('data-count'), { timeout: 45_000 })
      .toBe('0');
    await expect.poll(() => photo.getAttribute('data-state'), { timeout: 30_000 }).toBe('uploaded');
    await expect
      .poll(() => page.getByTestId('record-page-sync').getAttribute('data-sync-state'), { timeout: 30_000 })
      .toBe('synced');
    await page.screenshot({ path: screenshotPath('camera-03-record-page-uploaded'), fullPage: true });

    const hq = await staffToken(server, 'hq');
    const blob = await fetch(`${server.url}/api/v1/blobs/${sha256}`, { headers: { authorization: `Bearer ${hq}` } });
    expect(blob.status).toBe(200);
    const bytes = Buffer.from(await blob.arrayBuffer());
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(sha256);
    expect([...bytes.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
    const onServer = await apiGet<{ fields: Record<string, unknown> }>(
      server,
      hq,
      `/records/sim_applications/${saved.id}`,
    );
    expect(onServer.fields.photo).toMatchObject({ sha256, mime: 'image/jpeg', size: bytes.length });
    expect((onServer.fields.photo as { name: string }).name).toMatch(/^kamera-[\d-]+\.jpg$/);
    await context.close();
  }, 180_000);
});
