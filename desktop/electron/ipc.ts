/**
 * IPC channel names, in one place. The sandboxed preload cannot import modules, so preload.cts repeats the names;
 * ipc.test.ts checks that it repeats them exactly.
 */
export const ipcChannels = {
  printToPDF: 'keliling:print-to-pdf',
  keychainProtect: 'keliling:keychain-protect',
  keychainUnprotect: 'keliling:keychain-unprotect',
  /** main → renderer: the machine is going to sleep or its screen locked; the app locks too. */
  lockRequest: 'keliling:lock-request',
} as const;

export const versionArgumentPrefix = '--keliling-version=';
