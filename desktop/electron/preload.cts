// The sandboxed preload: CommonJS, and it may require nothing but `electron`, so it imports no module of ours
// (ipc.test.ts checks the channel names against ipc.ts). It publishes one narrow, typed object.
import electron = require('electron');
import type { Platform } from '../src/platform.js';

const versionPrefix = '--keliling-version=';
const printToPdfChannel = 'keliling:print-to-pdf';
const versionArgument = process.argv.find((argument) => argument.startsWith(versionPrefix));

const platform = {
  kind: 'electron',
  platform: process.platform,
  version: versionArgument ? versionArgument.slice(versionPrefix.length) : '0.0.0',
  printToPDF: async (): Promise<Uint8Array> => {
    const bytes: unknown = await electron.ipcRenderer.invoke(printToPdfChannel);
    if (!(bytes instanceof Uint8Array)) throw new Error('print_failed');
    return bytes;
  },
} satisfies Platform;

electron.contextBridge.exposeInMainWorld('keliling', platform);
