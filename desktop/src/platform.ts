/**
 * What the app may ask of the machine it runs on. The Electron preload exposes exactly this object (declared
 * `satisfies Platform` there) and the browser shim (browserPlatform.ts) satisfies it too, so the two cannot drift.
 * This file is shared with the Electron build: types and plain constants only.
 */
export type Platform = {
  /** 'electron' inside the desktop shell, 'web' in a browser. */
  kind: 'electron' | 'web';
  /** Operating system as Node names it ('linux', 'win32', 'darwin'), or 'web'. */
  platform: string;
  /** Version of the desktop shell, or of the web build. */
  version: string;
  /** Renders the current page to a PDF (receipts); absent where the platform cannot. */
  printToPDF?: () => Promise<Uint8Array>;
  /**
   * The operating system's keychain (Electron safeStorage: DPAPI, Keychain, libsecret): bytes sealed here open only
   * for the same OS user on the same machine. Absent in a browser.
   */
  keychain?: Keychain;
  /** Calls back when the machine sleeps or its screen locks (the app locks too); returns an unsubscribe. */
  onLockRequest?: (listener: () => void) => () => void;
};

export type Keychain = {
  protect(data: Uint8Array): Promise<Uint8Array>;
  unprotect(data: Uint8Array): Promise<Uint8Array>;
};

/** The name under which the preload publishes the object on `window`. */
export const platformGlobalName = 'keliling';
