import type { SyncStorage } from '@keliling/sync';
import { createContext, type ReactNode, useContext } from 'react';
import type { KelilingDb } from '../db/database';
import type { Platform } from '../platform';
import type { WipeReason } from '../security/wipe';
import type { Vault } from '../security/vault';

/** What the screens use, created once in main.tsx and passed down (no module-level singletons). */
export type AppServices = {
  db: KelilingDb;
  storage: SyncStorage;
  platform: Platform;
  now: () => number;
  /** Holds the data key while an officer is signed in. */
  vault: Vault;
  /** Deletes every local trace of the device's data (revoked or retired device) and shows why. */
  wipe: (reason: WipeReason) => Promise<void>;
  /** Inactivity before the app locks itself. */
  idleLockMs: number;
};

const ServicesContext = createContext<AppServices | null>(null);

export function ServicesProvider({ services, children }: { services: AppServices; children: ReactNode }) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

export function useServices(): AppServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices outside ServicesProvider');
  return services;
}
