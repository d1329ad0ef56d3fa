import { useSyncExternalStore } from 'react';
import type { Vault, VaultState } from './vault';

export function useVaultState(vault: Vault): VaultState {
  return useSyncExternalStore(vault.subscribe, vault.state);
}
