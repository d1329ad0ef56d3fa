import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The installers cannot be built on this machine (no Electron binary); this checks the configuration agrees
// with what the build produces, so a packager run elsewhere finds the app where the config says it is.
const desktopRoot = resolve(import.meta.dirname, '..');
const config = JSON.parse(readFileSync(resolve(desktopRoot, 'electron-builder.json'), 'utf8')) as {
  files: string[];
  extraMetadata: { main: string };
  win: { target: { target: string }[] };
  linux: { target: { target: string }[] };
  nsis: { deleteAppDataOnUninstall: boolean };
};
const pkg = JSON.parse(readFileSync(resolve(desktopRoot, 'package.json'), 'utf8')) as { main: string };

describe('electron-builder configuration', () => {
  it('packages the renderer and the main process the app starts from', () => {
    expect(config.extraMetadata.main).toBe(pkg.main);
    expect(config.files).toEqual(expect.arrayContaining(['dist/**/*', 'dist-electron/**/*']));
    expect(pkg.main.startsWith('dist-electron/')).toBe(true);
  });

  it('builds a Windows installer and Linux packages, and never deletes field data on uninstall', () => {
    expect(config.win.target.map((t) => t.target)).toEqual(['nsis']);
    expect(config.linux.target.map((t) => t.target)).toEqual(['AppImage', 'deb']);
    expect(config.nsis.deleteAppDataOnUninstall).toBe(false);
  });
});
