import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './app/App';
import { type AppServices, ServicesProvider } from './app/services';
import { currentPlatform } from './browserPlatform';
import { openDatabase } from './db/database';
import { createDexieStorage } from './db/dexieStorage';
import { createI18n, storedLanguage } from './i18n/i18n';
import { registerServiceWorker, requestPersistentStorage } from './pwa';
import { createVault } from './security/vault';
import { wipeDevice } from './security/wipe';
import './styles.css';

const db = openDatabase();
const vault = createVault();
const idleLockMs = Number(import.meta.env.VITE_IDLE_LOCK_MS ?? 5 * 60_000);
const services: AppServices = {
  db,
  storage: createDexieStorage(db, vault),
  platform: currentPlatform(),
  now: Date.now,
  vault,
  wipe: (reason) =>
    wipeDevice({ db, vault, notes: localStorage, now: Date.now, restart: () => location.reload() }, reason),
  idleLockMs: Number.isFinite(idleLockMs) && idleLockMs > 0 ? idleLockMs : 5 * 60_000,
};
const language = storedLanguage(localStorage);
document.documentElement.lang = language;
const i18n = createI18n(language);
const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: 1, networkMode: 'always' }, mutations: { retry: 0, networkMode: 'always' } },
});

void requestPersistentStorage();
registerServiceWorker({
  onUpdateReady: (activate) => window.dispatchEvent(new CustomEvent('keliling:update-ready', { detail: activate })),
});

const root = document.getElementById('root');
if (!root) throw new Error('#root missing from index.html');
createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <ServicesProvider services={services}>
        <QueryClientProvider client={queryClient}>
          <App />
        </QueryClientProvider>
      </ServicesProvider>
    </I18nextProvider>
  </StrictMode>,
);
