import { makeReceiptNumber } from '@keliling/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NotificationTransport } from '../notify/transports.js';
import { hlcAt, simCreate, startTestServer, type TestServer } from '../testing/harness.js';

describe('POST /api/v1/notifications/:id/retry', () => {
  let server: TestServer;
  let gatewayUp = false;
  const delivered: string[] = [];
  // A gateway that is down until the test brings it up.
  const transport: NotificationTransport = {
    name: 'test-gateway',
    async send(message) {
      if (!gatewayUp) throw new Error('gateway down (503)');
      delivered.push(message.id);
    },
  };
  const tokens: Record<string, string> = {};
  const list = async (status: string) =>
    (await server.call(`/api/v1/notifications?status=${status}`, { token: tokens.hq })).body.notifications as {
      id: string;
      state: string;
      attempts: number;
      lastError: string | null;
    }[];

  beforeAll(async () => {
    server = await startTestServer({ notifications: { transport, intervalMs: 3_600_000, maxAttempts: 1 } });
    const device = await server.enroll('unit-1');
    for (const [role, username] of [
      ['hq', 'hq'],
      ['admin', 'admin'],
      ['coordinator', 'koordinator'],
      ['officer', 'petugas1'],
    ] as const)
      tokens[role] = await server.login(username);
    tokens.device = device.token;
    const receiptNumber = makeReceiptNumber({ service: 'SIM', deviceCode: '0003', sequence: 1 });
    const created = simCreate('unit-1', {
      hlc: hlcAt(Date.now() - 5000, device.nodeId),
      fields: { status: 'submitted', receiptNumber, phone: '+6281234567890' },
    });
    await server.call('/api/v1/sync/push', { token: device.token, body: { changes: [created] } });
    // One attempt allowed: the first failure marks it failed.
    expect(await server.notifications.runOnce()).toEqual({ sent: 0, failed: 1 });
  });
  afterAll(() => server.stop());

  it('lists the failed message with its last error and attempts', async () => {
    const failed = await list('failed');
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({ state: 'failed', attempts: 1, lastError: 'gateway down (503)' });
  });

  it('refuses officers, coordinators and devices with 403 and leaves the message failed', async () => {
    const [message] = await list('failed');
    for (const role of ['officer', 'coordinator', 'device']) {
      const res = await server.call(`/api/v1/notifications/${message!.id}/retry`, {
        method: 'POST',
        token: tokens[role]!,
      });
      expect([role, res.status, res.body.error.code]).toEqual([role, 403, 'forbidden']);
    }
    expect((await server.call(`/api/v1/notifications/${message!.id}/retry`, { method: 'POST' })).status).toBe(401);
    expect((await list('failed')).map((m) => m.id)).toEqual([message!.id]);
  });

  it('answers 404 JSON for an unknown message', async () => {
    const res = await server.call('/api/v1/notifications/tidak-ada/retry', { method: 'POST', token: tokens.hq! });
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('not_found');
  });

  it('lets HQ queue a failed message again; it is delivered once, audited, and a sent one is never retried', async () => {
    const [message] = await list('failed');
    const res = await server.call(`/api/v1/notifications/${message!.id}/retry`, { method: 'POST', token: tokens.hq! });
    expect(res.status).toBe(200);
    expect(res.body.notification).toEqual({ id: message!.id, state: 'pending' });
    expect(await list('failed')).toEqual([]);
    gatewayUp = true;
    expect(await server.notifications.runOnce()).toEqual({ sent: 1, failed: 0 });
    expect(delivered).toEqual([message!.id]);
    const [sent] = await list('sent');
    expect(sent).toMatchObject({ id: message!.id, state: 'sent', attempts: 2, lastError: null });

    const again = await server.call(`/api/v1/notifications/${message!.id}/retry`, {
      method: 'POST',
      token: tokens.admin!,
    });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('already_sent');
    expect(await server.notifications.runOnce()).toEqual({ sent: 0, failed: 0 });
    expect(delivered).toHaveLength(1);

    const audit = await server.call('/api/v1/audit?action=notification_retry', { token: tokens.hq });
    expect(audit.body.entries).toHaveLength(1);
    expect(audit.body.entries[0]).toMatchObject({
      actorKind: 'user',
      entity: 'sim_applications',
      details: { notificationId: message!.id, from: 'failed', attempts: 1 },
    });
    expect(JSON.stringify(audit.body)).not.toContain('6281234567890');
  });
});
