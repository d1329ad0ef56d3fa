import { createHmac } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureSimRenewal, enrollFieldDevice, signInStaff } from './flows.js';
import { findChromium, launchChromium, type RunningServer, screenshotPath, startServer } from './harness.js';

// Issue 6 proof: an applicant's notification goes out through the webhook transport (an SMS/WhatsApp gateway) to a
// local receiver that fails the first delivery; HQ sees the failure in the browser, sends it again, and the
// receiver gets it, signed, exactly once.
const chromiumPath = findChromium();
const secret = 'rahasia-gateway-e2e';

type Delivery = { status: number; headers: IncomingHttpHeaders; body: string };

function startReceiver(): Promise<{ url: string; deliveries: Delivery[]; close(): Promise<void> }> {
  const deliveries: Delivery[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8').on('data', (chunk: string) => {
      body += chunk;
    });
    req.on('end', () => {
      const status = deliveries.length === 0 ? 500 : 200;
      deliveries.push({ status, headers: req.headers, body });
      res.writeHead(status, { 'content-type': 'application/json' }).end('{}');
    });
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}/kirim`,
        deliveries,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

describe.skipIf(!chromiumPath)('notification through a webhook gateway', () => {
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    receiver = await startReceiver();
    server = await startServer({
      args: ['--notify-webhook', receiver.url],
      env: { KELILING_NOTIFY_WEBHOOK_SECRET: secret },
    });
    browser = await launchChromium(chromiumPath ?? '');
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await receiver?.close();
  });

  it('fails once, shows HQ the failure, and is delivered once when HQ sends it again', async () => {
    const device = await enrollFieldDevice(browser, server);
    const captured = await captureSimRenewal(device.page, 'e2e-webhook');
    await device.page.getByTestId('sync-now').click();
    // The submitted application queues a message to the applicant's phone; the gateway refuses the first try.
    await expect.poll(() => receiver.deliveries.length, { timeout: 30_000 }).toBeGreaterThanOrEqual(1);
    expect(receiver.deliveries[0]?.status).toBe(500);

    const hq = await signInStaff(browser, server, 'hq');
    await hq.page.getByTestId('nav-notifications').click();
    await hq.page.getByTestId('notifications').waitFor();
    await hq.page.getByTestId('notif-state-all').check();
    const row = hq.page.getByTestId('notif-row').first();
    await row.waitFor({ timeout: 15_000 });
    await expect.poll(() => row.getByTestId('notif-error').textContent(), { timeout: 15_000 }).toContain('500');
    expect(await row.textContent()).not.toContain('81234567890');
    await hq.page.screenshot({ path: screenshotPath('webhook-01-failed'), fullPage: true });

    await row.getByTestId('notif-retry').click();
    await expect.poll(() => receiver.deliveries.filter((d) => d.status === 200).length, { timeout: 30_000 }).toBe(1);
    await hq.page.getByTestId('notif-state-all').check();
    await expect
      .poll(
        async () => {
          await hq.page.getByTestId('notif-state-sent').check();
          return hq.page.getByTestId('notif-row').count();
        },
        { timeout: 20_000 },
      )
      .toBe(1);
    await hq.page.screenshot({ path: screenshotPath('webhook-02-sent'), fullPage: true });

    // Signed with the shared secret, carrying the receipt number; and never delivered a second time.
    const delivered = receiver.deliveries.find((d) => d.status === 200);
    const expected = createHmac('sha256', secret)
      .update(delivered?.body ?? '')
      .digest('hex');
    expect(String(delivered?.headers['x-keliling-signature'])).toContain(expected);
    expect(delivered?.body).toContain(captured.receiptNumber);
    await new Promise((done) => setTimeout(done, 6_000));
    expect(receiver.deliveries.filter((d) => d.status === 200)).toHaveLength(1);
    await device.context.close();
    await hq.context.close();
  });
});
