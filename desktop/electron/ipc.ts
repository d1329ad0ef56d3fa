/**
 * IPC channel names, in one place. The sandboxed preload cannot import modules, so preload.cts repeats the names;
 * ipc.test.ts checks that it repeats them exactly.
 */
export const ipcChannels = {
  printToPDF: 'keliling:print-to-pdf',
} as const;

export const versionArgumentPrefix = '--keliling-version=';
