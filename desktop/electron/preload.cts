// The sandboxed preload: CommonJS, and it may require nothing but `electron`, so it imports no module of ours
// (ipc.test.ts checks the channel names against ipc.ts). It publishes one narrow, typed object.
import electron = require('electron');

import type { Platform } from '../src/platform.js';

const versionPrefix = '--keliling-version=';
const printToPdfChannel = 'keliling:print-to-pdf';
const keychainProtectChannel = 'keliling:keychain-protect';
const keychainUnprotectChannel = 'keliling:keychain-unprotect';
const lockRequestChannel = 'keliling:lock-request';

async function bytesFrom(channel: string, data: Uint8Array): Promise<Uint8Array> {
  const bytes: unknown = await electron.ipcRenderer.invoke(channel, data);
  if (!(bytes instanceof Uint8Array)) throw new Error('keychain_failed');
  return bytes;
}
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
  keychain: {
    protect: (data: Uint8Array) => bytesFrom(keychainProtectChannel, data),
    unprotect: (data: Uint8Array) => bytesFrom(keychainUnprotectChannel, data),
  },
  onLockRequest: (listener: () => void): (() => void) => {
    // The renderer gets a bare callback, never the IPC event (which would expose the sender).
    const handler = () => listener();
    electron.ipcRenderer.on(lockRequestChannel, handler);
    return () => {
      electron.ipcRenderer.removeListener(lockRequestChannel, handler);
    };
  },
} satisfies Platform;

electron.contextBridge.exposeInMainWorld('keliling', platform);
