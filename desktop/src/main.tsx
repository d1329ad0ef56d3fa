import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { type AppServices, ServicesProvider } from './app/services';
import { currentPlatform } from './browserPlatform';
import { openDatabase } from './db/database';
import { createDexieStorage } from './db/dexieStorage';
import { registerServiceWorker, requestPersistentStorage } from './pwa';
import './styles.css';

const db = openDatabase();
const services: AppServices = { db, storage: createDexieStorage(db), platform: currentPlatform(), now: Date.now };
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
    <ServicesProvider services={services}>
      <QueryClientProvider client={queryClient}>
        <App />
      </QueryClientProvider>
    </ServicesProvider>
  </StrictMode>,
);
