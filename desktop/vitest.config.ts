import { sharedConfig } from '../vitest.shared.js';

/** Unit tests (Dexie over fake-indexeddb, the Electron shell's pure modules) and the end-to-end tests in e2e/. */
export default sharedConfig({
  testTimeout: 60_000,
  include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'electron/**/*.test.ts', 'e2e/**/*.test.ts'],
});
