import { Workbox } from 'workbox-window';

export type ServiceWorkerEvents = {
  /** A new version of the app is waiting; call `activate()` to switch (the page reloads). */
  onUpdateReady?: (activate: () => void) => void;
  onOfflineReady?: () => void;
};

/**
 * Registers the precaching service worker (built by vite-plugin-pwa) so the app opens with no network.
 * registerType 'prompt': a new version waits until the officer agrees, so a form being typed is never reloaded away.
 * Only on http(s) (inside Electron the app is served from app:// and needs no service worker).
 */
export function registerServiceWorker(events: ServiceWorkerEvents = {}): Workbox | null {
  if (!('serviceWorker' in navigator)) return null;
  if (location.protocol !== 'https:' && location.protocol !== 'http:') return null;
  if (import.meta.env.DEV) return null;

  const workbox = new Workbox(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL });
  workbox.addEventListener('waiting', () => {
    events.onUpdateReady?.(() => {
      workbox.addEventListener('controlling', () => location.reload());
      workbox.messageSkipWaiting();
    });
  });
  workbox.addEventListener('installed', (event) => {
    if (!event.isUpdate) events.onOfflineReady?.();
  });
  void workbox.register().catch(() => undefined);
  return workbox;
}

export type PersistenceResult = 'persisted' | 'not_granted' | 'unsupported';

/** Asks the browser not to evict our IndexedDB under storage pressure (queued records live there). */
export async function requestPersistentStorage(manager?: StorageManager | null): Promise<PersistenceResult> {
  const storage = manager === undefined ? globalThis.navigator?.storage : manager;
  if (!storage?.persist) return 'unsupported';
  try {
    if (await storage.persisted()) return 'persisted';
    return (await storage.persist()) ? 'persisted' : 'not_granted';
  } catch {
    return 'unsupported';
  }
}
