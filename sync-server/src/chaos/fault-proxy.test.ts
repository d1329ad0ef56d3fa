import { type AddressInfo, connect, createServer, type Server, type Socket } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type FaultProxy, type FaultRates, startFaultProxy } from './fault-proxy.js';

let echo: Server;
let echoPort: number;
let echoReceived: number;
const echoSockets = new Set<Socket>();
const stopEcho = async () => {
  for (const socket of echoSockets) socket.destroy();
  await new Promise<void>((resolve) => echo.close(() => resolve()));
};
const proxies: FaultProxy[] = [];

beforeEach(async () => {
  echoReceived = 0;
  echo = createServer((socket) => {
    echoSockets.add(socket);
    socket.on('close', () => echoSockets.delete(socket));
    socket.on('error', () => undefined);
    socket.on('data', (chunk) => {
      echoReceived += chunk.length;
      socket.write(chunk);
    });
    socket.on('end', () => socket.end());
  });
  await new Promise<void>((resolve) => echo.listen(0, '127.0.0.1', resolve));
  echoPort = (echo.address() as AddressInfo).port;
});

afterEach(async () => {
  await Promise.all(proxies.splice(0).map((p) => p.close()));
  await stopEcho();
});

async function proxyWith(rates: Partial<FaultRates>, seed: string | number = 1, maxCutBytes = 50) {
  const proxy = await startFaultProxy({
    target: { host: '127.0.0.1', port: echoPort },
    seed,
    rates,
    maxCutBytes,
    maxDelayMs: 20,
  });
  proxies.push(proxy);
  return proxy;
}

/** Sends `payload` in chunks, half-closes, and collects what comes back until the connection closes. */
function exchange(port: number, payload: Buffer): Promise<{ received: Buffer; error: string | null }> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    let error: string | null = null;
    socket.on('data', (c) => chunks.push(c));
    socket.on('error', (e: NodeJS.ErrnoException) => {
      error = e.code ?? e.message;
    });
    socket.on('close', () => resolve({ received: Buffer.concat(chunks), error }));
    socket.on('connect', () => {
      for (let i = 0; i < payload.length; i += 16) socket.write(payload.subarray(i, i + 16));
      socket.end();
    });
  });
}

const payload = Buffer.from('x'.repeat(200));

describe('fault proxy', () => {
  it('passes traffic through untouched without faults', async () => {
    const proxy = await proxyWith({});
    const { received, error } = await exchange(proxy.port, payload);
    expect(error).toBeNull();
    expect(received.equals(payload)).toBe(true);
    expect(proxy.counts()).toMatchObject({ connections: 1, dropRequest: 0, dropResponse: 0, reset: 0, delay: 0 });
  });

  it('drops a request part-way: the server sees only some bytes and the client gets no full answer', async () => {
    const proxy = await proxyWith({ dropRequest: 1 });
    const { received } = await exchange(proxy.port, payload);
    expect(received.length).toBeLessThanOrEqual(50);
    expect(echoReceived).toBeLessThanOrEqual(50);
    expect(proxy.counts().dropRequest).toBe(1);
  });

  it('drops a response part-way: the server got everything, the client only part of the answer', async () => {
    const proxy = await proxyWith({ dropResponse: 1 });
    const { received } = await exchange(proxy.port, payload);
    expect(received.length).toBeLessThanOrEqual(50);
    expect(proxy.counts().dropResponse).toBe(1);
  });

  it('resets the client connection (RST) after some bytes', async () => {
    const proxy = await proxyWith({ reset: 1 }, 'reset', 50);
    const results = [];
    for (let i = 0; i < 6; i++) results.push(await exchange(proxy.port, payload));
    expect(proxy.counts().reset).toBe(6);
    for (const r of results) expect(r.received.length).toBeLessThan(payload.length);
    expect(results.some((r) => r.error === 'ECONNRESET')).toBe(true);
  });

  it('delays chunks but keeps their order', async () => {
    const proxy = await proxyWith({ delay: 1 });
    const ordered = Buffer.from(Array.from({ length: 300 }, (_, i) => i % 251));
    const { received, error } = await exchange(proxy.port, ordered);
    expect(error).toBeNull();
    expect(received.equals(ordered)).toBe(true);
    expect(proxy.counts().delay).toBe(1);
  });

  it('refuses connections while paused and serves again after resume', async () => {
    const proxy = await proxyWith({});
    proxy.pause();
    const refused = await exchange(proxy.port, payload);
    expect(refused.received.length).toBe(0);
    expect(proxy.counts().paused).toBe(1);
    proxy.resume();
    const served = await exchange(proxy.port, payload);
    expect(served.received.equals(payload)).toBe(true);
  });

  it('cuts open connections when paused', async () => {
    const proxy = await proxyWith({});
    const socket = connect(proxy.port, '127.0.0.1');
    socket.on('error', () => undefined);
    await new Promise((resolve) => socket.once('connect', resolve));
    socket.write('hello');
    await new Promise((resolve) => socket.once('data', resolve));
    const closed = new Promise((resolve) => socket.once('close', resolve));
    proxy.pause();
    await closed;
    expect(proxy.counts().paused).toBeGreaterThanOrEqual(1);
  });

  it('counts a server that is down as an upstream error', async () => {
    const proxy = await proxyWith({});
    await stopEcho();
    const { received } = await exchange(proxy.port, payload);
    expect(received.length).toBe(0);
    expect(proxy.counts().upstreamError).toBe(1);
    echo = createServer(); // afterEach closes it
    await new Promise<void>((resolve) => echo.listen(0, '127.0.0.1', resolve));
  });

  it('plans the same faults for the same seed and connection order', async () => {
    const rates = { dropRequest: 0.2, dropResponse: 0.2, reset: 0.2 };
    const run = async () => {
      const proxy = await proxyWith(rates, 'same', 10);
      for (let i = 0; i < 20; i++) await exchange(proxy.port, payload);
      const { dropRequest, dropResponse, reset } = proxy.counts();
      return { dropRequest, dropResponse, reset };
    };
    const first = await run();
    expect(await run()).toEqual(first);
    expect(first.dropRequest + first.dropResponse + first.reset).toBeGreaterThan(0);
  });
});
