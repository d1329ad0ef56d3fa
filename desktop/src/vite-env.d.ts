/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/client" />

type ImportMetaEnv = {
  readonly VITE_APP_VERSION?: string;
  /** Inactivity (ms) before the app locks itself; default 5 minutes. */
  readonly VITE_IDLE_LOCK_MS?: string;
};
