import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../testing/harness.js';

describe('the web app at /', () => {
  let server: TestServer;
  let webRoot: string;
  beforeAll(async () => {
    webRoot = mkdtempSync(join(tmpdir(), 'keliling-web-'));
    mkdirSync(join(webRoot, 'assets'));
    writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>Keliling</title>');
    writeFileSync(join(webRoot, 'sw.js'), 'self.addEventListener("install", () => {});');
    writeFileSync(join(webRoot, 'assets', 'app-abc123.js'), 'console.log(1)');
    server = await startTestServer({ webRoot });
  });
  afterAll(async () => {
    await server.stop();
    rmSync(webRoot, { recursive: true, force: true });
  });

  it('serves index.html at / without caching', async () => {
    const res = await fetch(`${server.url}/`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Keliling');
    expect(res.headers.get('cache-control')).toBe('no-cache');
  });

  it('serves the service worker uncached and hashed assets for a year', async () => {
    expect((await fetch(`${server.url}/sw.js`)).headers.get('cache-control')).toBe('no-cache');
    const asset = await fetch(`${server.url}/assets/app-abc123.js`);
    expect(asset.headers.get('cache-control')).toContain('immutable');
  });

  it('falls back to index.html for client routes, but not for /api', async () => {
    const route = await fetch(`${server.url}/records/sim/123`, { headers: { accept: 'text/html' } });
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('Keliling');
    const api = await fetch(`${server.url}/api/v1/unknown`, { headers: { accept: 'text/html' } });
    expect(api.status).toBe(404);
    expect(((await api.json()) as { error: { code: string } }).error.code).toBe('not_found');
  });
});
