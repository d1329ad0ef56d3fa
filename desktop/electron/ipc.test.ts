import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { platformGlobalName } from '../src/platform.js';
import { ipcChannels, versionArgumentPrefix } from './ipc.js';

describe('preload', () => {
  const preload = readFileSync(new URL('./preload.cts', import.meta.url), 'utf8');

  it('uses the channel names and global name declared for main', () => {
    for (const channel of Object.values(ipcChannels)) expect(preload).toContain(`'${channel}'`);
    expect(preload).toContain(`'${versionArgumentPrefix}'`);
    expect(preload).toContain(`exposeInMainWorld('${platformGlobalName}'`);
  });

  it('requires nothing but electron (a sandboxed preload cannot)', () => {
    const requires = [...preload.matchAll(/require\(\s*'([^']+)'\s*\)/g)].map((match) => match[1]);
    expect(requires).toEqual(['electron']);
    expect(preload).not.toMatch(/^import\s+(?!type\b)[^=]*\sfrom\s/m);
  });
});
