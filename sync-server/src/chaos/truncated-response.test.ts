import { type AddressInfo, createServer, type Server } from 'node:net';
import { createHttpTransport, isSyncHttpError, toSyncError } from '@keliling/sync';
import { afterEach, expect, it } from 'vitest';

let server: Server | null = null;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** Answers 200 with a Content-Length of 1000 but sends 20 bytes of body and closes, as a dropped link does. */
async function truncatingServer(): Promise<string> {
  server = createServer((socket) => {
    socket.on('error', () => undefined);
    socket.once('data', () => {
      socket.write(
        'HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"serverTime":"2026-',
      );
      setTimeout(() => socket.destroy(), 20);
    });
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
}

it('a 200 answer cut off mid-body is a transient network error, not a fatal invalid_response', async () => {
  const transport = createHttpTransport({ baseUrl: await truncatingServer(), token: 't' });
  const error = await transport.info().catch((e: unknown) => e);
  expect(isSyncHttpError(error)).toBe(true);
  expect(toSyncError(error)).toMatchObject({ kind: 'transient', code: 'network_error' });
});
