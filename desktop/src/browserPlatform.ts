import { type Platform, platformGlobalName } from './platform';

export const browserPlatform = {
  kind: 'web',
  platform: 'web',
  version: import.meta.env.VITE_APP_VERSION ?? '0.1.0',
} satisfies Platform;

/** The Electron bridge when present, else the browser shim. */
export function currentPlatform(scope: object = globalThis): Platform {
  const bridged = (scope as Record<string, unknown>)[platformGlobalName];
  if (bridged !== null && typeof bridged === 'object' && (bridged as Platform).kind === 'electron') {
    return bridged as Platform;
  }
  return browserPlatform;
}
