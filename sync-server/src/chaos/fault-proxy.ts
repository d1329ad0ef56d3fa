import { type AddressInfo, connect, createServer, type Socket } from 'node:net';
import { createRandom, type Random } from '@keliling/fixtures';

/**
 * Probability per connection of each fault. The three cuts exclude each other (their rates add up to at most 1);
 * `delay` is rolled on its own, so a delayed connection may also be cut.
 * - dropRequest: forward some bytes of what the client sends, then close both sides (a request cut short);
 * - dropResponse: forward some bytes of the answers, then close both sides (a lost or truncated answer);
 * - reset: after some bytes in either direction, reset the client's socket (RST) and close the server side;
 * - delay: hold every chunk in both directions for a random time (order kept).
 * Cuts count bytes over the connection's life, so on a kept-alive connection they may land in a later request.
 */
export type FaultRates = { dropRequest: number; dropResponse: number; reset: number; delay: number };
export type FaultKind = keyof FaultRates;

export type FaultCounts = {
  connections: number;
  /** Faults that actually fired (a planned cut on a connection that closed first does not count). */
  dropRequest: number;
  dropResponse: number;
  reset: number;
  delay: number;
  /** Connections refused or cut because the proxy was paused. */
  paused: number;
  /** Connections the server side refused or broke (e.g. the server was killed). */
  upstreamError: number;
};

export type FaultProxyOptions = {
  target: { host: string; port: number };
  seed: number | string;
  rates?: Partial<FaultRates>;
  /** Longest delay of one chunk under a `delay` fault (ms). */
  maxDelayMs?: number;
  /** A cut happens after 0..maxCutBytes bytes of the affected direction (cumulative over a kept-alive connection). */
  maxCutBytes?: number;
};

export type FaultProxy = {
  url: string;
  port: number;
  setRates(rates: Partial<FaultRates>): void;
  /** Close every open connection and refuse new ones until `resume`. */
  pause(): void;
  resume(): void;
  counts(): FaultCounts;
  close(): Promise<void>;
};

type Cut = { kind: 'dropRequest' | 'dropResponse' | 'reset'; cutAt: number; upstream: boolean };
type Plan = { cut: Cut | null; delay: boolean };

export const noFaults: FaultRates = { dropRequest: 0, dropResponse: 0, reset: 0, delay: 0 };

/** A TCP proxy on 127.0.0.1 (ephemeral port) that injects faults with a seeded PRNG, one plan per connection. */
export async function startFaultProxy(options: FaultProxyOptions): Promise<FaultProxy> {
  const random = createRandom(`fault-proxy:${options.seed}`);
  const maxDelayMs = options.maxDelayMs ?? 50;
  const maxCutBytes = options.maxCutBytes ?? 2048;
  let rates: FaultRates = { ...noFaults, ...options.rates };
  let paused = false;
  const open = new Set<Socket>();
  const counts: FaultCounts = {
    connections: 0,
    dropRequest: 0,
    dropResponse: 0,
    reset: 0,
    delay: 0,
    paused: 0,
    upstreamError: 0,
  };

  const track = (socket: Socket) => {
    open.add(socket);
    socket.once('close', () => open.delete(socket));
  };

  // Half-open both ways: a client that ends its request still gets the answer (as HTTP/1.0-style clients expect).
  const server = createServer({ allowHalfOpen: true }, (client) => {
    counts.connections += 1;
    client.on('error', () => undefined);
    if (paused) {
      counts.paused += 1;
      client.destroy();
      return;
    }
    const plan = planConnection(random, rates, maxCutBytes);
    if (plan.delay) counts.delay += 1;
    const upstream = connect({ port: options.target.port, host: options.target.host, allowHalfOpen: true });
    upstream.on('error', () => {
      if (!client.destroyed) counts.upstreamError += 1;
      client.destroy();
    });
    track(client);
    track(upstream);
    let closed = false;
    const closeBoth = (kind: 'dropRequest' | 'dropResponse' | 'reset' | null) => {
      if (closed) return;
      closed = true;
      if (kind) counts[kind] += 1;
      if (kind === 'reset') client.resetAndDestroy();
      else client.destroy();
      upstream.destroy();
    };
    const delay = plan.delay ? () => random.int(0, maxDelayMs) : null;
    const { cut } = plan;
    const upCut = cut?.upstream ? cut : null;
    const downCut = cut && !cut.upstream ? cut : null;
    relay(client, upstream, upCut ? { cutAt: upCut.cutAt, onCut: () => closeBoth(upCut.kind) } : null, delay);
    relay(upstream, client, downCut ? { cutAt: downCut.cutAt, onCut: () => closeBoth(downCut.kind) } : null, delay);
    // A side that breaks (not one that ends cleanly) takes the other down with it.
    client.once('close', (hadError) => {
      if (hadError || !client.readableEnded) upstream.destroy();
    });
    upstream.once('close', (hadError) => {
      if (hadError || !upstream.readableEnded) client.destroy();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    setRates(next) {
      rates = { ...rates, ...next };
    },
    pause() {
      paused = true;
      for (const socket of open) {
        counts.paused += 1;
        socket.destroy();
      }
    },
    resume() {
      paused = false;
    },
    counts: () => ({ ...counts }),
    close() {
      for (const socket of open) socket.destroy();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function planConnection(random: Random, rates: FaultRates, maxCutBytes: number): Plan {
  const roll = random.next();
  const cutAt = random.int(0, maxCutBytes);
  const delay = random.chance(rates.delay);
  let cut: Cut | null = null;
  if (roll < rates.dropRequest) cut = { kind: 'dropRequest', cutAt, upstream: true };
  else if (roll < rates.dropRequest + rates.dropResponse) cut = { kind: 'dropResponse', cutAt, upstream: false };
  else if (roll < rates.dropRequest + rates.dropResponse + rates.reset)
    cut = { kind: 'reset', cutAt, upstream: random.chance(0.5) };
  return { cut, delay };
}

/** Copies `from` to `to`; cuts after `cut.cutAt` bytes; holds each chunk for `delay()` ms when given, keeping order. */
function relay(
  from: Socket,
  to: Socket,
  cut: { cutAt: number; onCut: () => void } | null,
  delay: (() => number) | null,
): void {
  let passed = 0;
  let queue = Promise.resolve();
  const forward = (chunk: Buffer) => {
    if (to.destroyed) return;
    if (cut && passed + chunk.length >= cut.cutAt) {
      const head = chunk.subarray(0, cut.cutAt - passed);
      passed = cut.cutAt;
      if (head.length > 0) to.write(head, () => cut.onCut());
      else cut.onCut();
      return;
    }
    passed += chunk.length;
    to.write(chunk);
  };
  from.on('data', (chunk: Buffer) => {
    if (!delay) return forward(chunk);
    const ms = delay();
    queue = queue.then(() => new Promise<void>((resolve) => setTimeout(resolve, ms))).then(() => forward(chunk));
  });
  from.on('end', () => {
    queue = queue.then(() => {
      if (!to.destroyed) to.end();
    });
  });
}
