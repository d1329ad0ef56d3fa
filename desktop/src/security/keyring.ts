import type { KelilingDb, KeyringRow } from '../db/database';
import type { Keychain } from '../platform';
import { unwrapDataKey, wrapDataKey } from './keyWrap';

/**
 * The device's keyring: the data key wrapped once per officer who has signed in here. In Electron each wrap is
 * also sealed by the OS keychain, so a profile copied to another machine or OS user cannot even start guessing.
 */
export async function storeOfficerKey(
  db: KelilingDb,
  input: { officerId: string; verifier: string; dataKey: Uint8Array; kek: Uint8Array; keychain?: Keychain | undefined; now: number },
): Promise<void> {
  let wrapped = await wrapDataKey(input.dataKey, input.kek);
  let osBound = false;
  if (input.keychain) {
    try {
      wrapped = await input.keychain.protect(wrapped);
      osBound = true;
    } catch {
      // No usable keychain (e.g. Linux without a secret service): the PIN alone protects the wrap.
    }
  }
  const row: KeyringRow = { officerId: input.officerId, verifier: input.verifier, wrapped, osBound, createdAt: new Date(input.now).toISOString() };
  await db.keyring.put(row);
}

/**
 * The data key from this officer's wrap; null when there is none usable (none yet, made under an older verifier, or
 * bound to a keychain this platform does not have). Throws SecurityError `wrong_pin` when the KEK does not open it.
 */
export async function openOfficerKey(
  db: KelilingDb,
  input: { officerId: string; verifier: string; kek: Uint8Array; keychain?: Keychain | undefined },
): Promise<Uint8Array | null> {
  const row = await db.keyring.get(input.officerId);
  if (!row || row.verifier !== input.verifier) return null;
  let wrapped = row.wrapped;
  if (row.osBound) {
    if (!input.keychain) return null;
    try {
      wrapped = await input.keychain.unprotect(wrapped);
    } catch {
      return null;
    }
  }
  return unwrapDataKey(wrapped, input.kek);
}
