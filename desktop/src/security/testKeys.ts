import { newDataKey } from './keyWrap';
import { createVault, type SignedInOfficer, type Vault } from './vault';

export const testOfficer: SignedInOfficer = { id: 'officer-sleman-1-a', name: 'Agus Santoso', rank: 'Bripka', nrp: '85071123' };

/** For tests: a vault already unlocked with a fresh random data key, as if `testOfficer` had signed in. */
export function unlockedTestVault(officer: SignedInOfficer = testOfficer): Vault {
  const vault = createVault();
  vault.open(newDataKey(), officer);
  return vault;
}
