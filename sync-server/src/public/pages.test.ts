import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../testing/harness.js';

describe('the portal page at /layanan', () => {
  let server: TestServer;
  let webRoot: string;
  beforeAll(async () => {
    webRoot = mkdtempSync(join(tmpdir(), 'keliling-web-'));
    writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>Keliling staf</title>');
    writeFileSync(join(webRoot, 'layanan.html'), '<!doctype html><title>Layanan Polri</title>');
    server = await startTestServer({ webRoot });
  });
  afterAll(async () => {
    await server.stop();
    rmSync(webRoot, { recursive: true, force: true });
  });

  it('serves the portal entry, not the staff app, at /layanan and its service paths', async () => {
    for (const path of ['/layanan', '/layanan/', '/layanan/kehilangan', '/layanan/izin-keramaian']) {
      const res = await fetch(`${server.url}${path}`, { headers: { accept: 'text/html' } });
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('Layanan Polri');
      expect(res.headers.get('cache-control')).toBe('no-cache');
    }
    const staff = await fetch(`${server.url}/records/x`, { headers: { accept: 'text/html' } });
    expect(await staff.text()).toContain('Keliling staf');
  });

  it('answers the plain-HTML status form, with the proof in the body and text escaped', async () => {
    const res = await fetch(`${server.url}/layanan/status`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ receiptNumber: '<script>x</script>', proof: '0001' }),
    });
    expect(res.status).toBe(404);
    const html = await res.text();
    expect(html).toContain('Data tidak ditemukan');
    expect(html).not.toContain('<script>x');
  });
});
