import { createHttpTransport } from '@keliling/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../testing/harness.js';
import { parseOutboxHeader } from './sync.js';

// Issue 6 (dashboard: "for every device, how much it still holds"): a device reports its outbox on sync calls and
// HQ's device list shows it.
describe('device outbox report', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server?.stop());

  it('parses only well-formed counts', () => {
    expect(parseOutboxHeader('changes=12; uploads=3')).toEqual({ changes: 12, uploads: 3 });
    expect(parseOutboxHeader(' changes=0;uploads=0 ')).toEqual({ changes: 0, uploads: 0 });
    for (const bad of [
      undefined,
      '',
      'changes=-1; uploads=0',
      'changes=1',
      'changes=1e3; uploads=1',
      'uploads=1; changes=2',
    ])
      expect(parseOutboxHeader(bad), String(bad)).toBeNull();
  });

  it('shows HQ what each device said it still holds at its last sync call', async () => {
    const device = await server.enroll('unit-1', 'Laptop lapor');
    let held = { changes: 7, uploads: 2 };
    const transport = createHttpTransport({ baseUrl: server.url, token: device.token, outbox: async () => held });
    await transport.info();
    const hq = await server.login('hq');
    const listed = async () => {
      const res = await server.call('/api/v1/admin/devices', { token: hq });
      expect(res.status).toBe(200);
      return res.body.devices.find((d: { id: string }) => d.id === device.deviceId)?.outbox;
    };
    expect(await listed()).toMatchObject({ changes: 7, uploads: 2 });

    held = { changes: 0, uploads: 0 };
    await transport.pull(null, 10);
    expect(await listed()).toMatchObject({ changes: 0, uploads: 0 });

    // A malformed header is ignored, not an error, and changes nothing.
    const res = await server.call('/api/v1/sync/info', { token: device.token, headers: { 'keliling-outbox': 'x' } });
    expect(res.status).toBe(200);
    expect(await listed()).toMatchObject({ changes: 0, uploads: 0 });

    // Staff credentials cannot report for a device.
    const staff = await server.call('/api/v1/sync/info', {
      token: hq,
      headers: { 'keliling-outbox': 'changes=5; uploads=5' },
    });
    expect(staff.status).toBe(200);
    expect(await listed()).toMatchObject({ changes: 0, uploads: 0 });
  });
});
