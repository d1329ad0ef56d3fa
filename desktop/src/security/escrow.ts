import { isSyncHttpError } from '@keliling/sync';
import type { KelilingDb } from '../db/database';
import type { EscrowClient } from './escrowClient';
import type { Vault } from './vault';

/** Set while the data key has not yet been deposited with the server (enrollment offline halfway, a new key). */
export const escrowPendingMetaKey = 'security.escrowPending';

/** Deposits the data key when a deposit is pending and the vault holds the key. True once the server has it. */
export async function depositEscrowIfPending(db: KelilingDb, vault: Vault, client: EscrowClient): Promise<boolean> {
  if ((await db.meta.get(escrowPendingMetaKey))?.value !== true) return true;
  const key = vault.dataKey();
  if (!key) return false;
  try {
    await client.deposit(key);
  } catch (e) {
    if (isSyncHttpError(e)) return false;
    throw e;
  } finally {
    key.fill(0);
  }
  await db.meta.delete(escrowPendingMetaKey);
  return true;
}
