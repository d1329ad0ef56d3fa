import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeReceiptNumber } from '@keliling/domain';
import type { Change } from '@keliling/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hlcAt, simCreate, startTestServer, type TestServer } from '../testing/harness.js';
import { webhookSignature } from './transports.js';

type Received = { headers: IncomingHttpHeaders; body: string };

/** A webhook receiver on 127.0.0.1 that answers 500 to the first call, 200 after. */
async function startReceiver(): Promise<{ url: string; received: Received[]; close(): Promise<void> }> {
  const received: Received[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => {
      body += chunk.toString('utf8');
    });
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      res.statusCode = received.length === 1 ? 500 : 200;
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/sms`,
    received,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

describe('applicant notifications', () => {
  const secret = 'rahasia-webhook';
  const phone = '+6281234567890';
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let server: TestServer;
  let device: { token: string; deviceId: string; nodeId: string };
  let hq: string;
  const t = Date.now() - 60_000;
  const push = (changes: Change[]) => server.call('/api/v1/sync/push', { token: device.token, body: { changes } });
  const list = async (status: string) =>
    (await server.call(`/api/v1/notifications?status=${status}`, { token: hq })).body.notifications;

  beforeAll(async () => {
    receiver = await startReceiver();
    server = await startTestServer({
      notifications: { webhook: { url: receiver.url, secret }, intervalMs: 3_600_000, baseDelayMs: 0 },
    });
    device = await server.enroll('unit-1');
    hq = await server.login('hq');
  });
  afterAll(async () => {
    await server.stop();
    await receiver.close();
  });

  it('queues one message per status change of an application with a phone, in the same push', async () => {
    const receiptNumber = makeReceiptNumber({ service: 'SIM', deviceCode: '0002', sequence: 1 });
    const created = simCreate('unit-1', { hlc: hlcAt(t, device.nodeId), fields: { receiptNumber, phone } });
    const submit: Change = {
      id: crypto.randomUUID(),
      entity: 'sim_applications',
      entityId: created.entityId,
      hlc: hlcAt(t + 1000, device.nodeId),
      fields: { status: 'submitted' },
    };
    await push([created, submit]);
    await push([submit]); // a retry of the same change queues nothing more
    const noPhone = simCreate('unit-1', { hlc: hlcAt(t + 2000, device.nodeId), fields: { status: 'submitted' } });
    await push([noPhone]);
    const pending = await list('pending');
    // draft has no template; `submitted` does.
    expect(pending).toHaveLength(1);
    expect(pending[0]).toMatchObject({
      entityId: created.entityId,
      status: 'submitted',
      attempts: 0,
      state: 'pending',
    });
    expect(pending[0].body).toContain(receiptNumber);
    expect(pending[0].phone).not.toBe(phone);
  });

  it('retries a failed webhook delivery with the same idempotency key and delivers it once', async () => {
    const first = await server.notifications.runOnce();
    expect(first).toEqual({ sent: 0, failed: 1 });
    const [afterFailure] = await list('pending');
    expect(afterFailure).toMatchObject({ attempts: 1, lastError: 'webhook answered 500' });

    const second = await server.notifications.runOnce();
    expect(second).toEqual({ sent: 1, failed: 0 });
    expect(await server.notifications.runOnce()).toEqual({ sent: 0, failed: 0 });

    expect(receiver.received).toHaveLength(2);
    const [a, b] = receiver.received as [Received, Received];
    expect(a.headers['idempotency-key']).toBe(afterFailure.id);
    expect(b.headers['idempotency-key']).toBe(afterFailure.id);
    expect(b.headers['x-keliling-signature']).toBe(webhookSignature(secret, b.body));
    expect(JSON.parse(b.body)).toMatchObject({ id: afterFailure.id, to: phone, status: 'submitted' });

    const sent = await list('sent');
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ attempts: 2, lastError: null, state: 'sent' });
    expect(await list('pending')).toEqual([]);
  });

  it('is listed to hq and admin only', async () => {
    expect((await server.call('/api/v1/notifications', { token: device.token })).status).toBe(403);
    expect((await server.call('/api/v1/notifications?status=nope', { token: hq })).status).toBe(400);
  });
});

describe('file transport (the default)', () => {
  it('appends a JSON line per message to <data-dir>/notifications.log', async () => {
    const server = await startTestServer({ notifications: { intervalMs: 3_600_000 } });
    try {
      const device = await server.enroll('unit-1');
      const created = simCreate('unit-1', {
        hlc: hlcAt(Date.now() - 5000, device.nodeId),
        fields: { status: 'submitted', phone: '+628111111111' },
      });
      await server.call('/api/v1/sync/push', { token: device.token, body: { changes: [created] } });
      expect(await server.notifications.runOnce()).toEqual({ sent: 1, failed: 0 });
      const lines = readFileSync(join(server.dir, 'notifications.log'), 'utf8').trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(JSON.parse(lines[0]!)).toMatchObject({
        phone: '+628111111111',
        entityId: created.entityId,
        status: 'submitted',
      });
    } finally {
      await server.stop();
    }
  });
});
