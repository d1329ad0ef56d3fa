import { createRecordCipher, type RecordCipher, SecurityError } from './recordCipher';

/** The officer working on the device now. */
export type SignedInOfficer = { id: string; name: string; rank?: string; nrp: string };

/**
 * - locked: no key in memory; nothing personal can be read or written.
 * - provisional: the key is in memory but nobody has signed in (just after enrollment, while the first sync brings
 *   the unit's officers); only background work runs, no screen shows records.
 * - unlocked: an officer signed in; every change records `by` = this officer.
 */
export type VaultState =
  | { status: 'locked' }
  | { status: 'provisional' }
  | { status: 'unlocked'; officer: SignedInOfficer; since: number };

export type Vault = {
  state(): VaultState;
  subscribe(listener: () => void): () => void;
  /** The data key's cipher; throws SecurityError `locked` when locked. */
  cipher(): RecordCipher;
  /** A copy of the data key (to wrap it for another officer or escrow it), or null when locked. */
  dataKey(): Uint8Array | null;
  open(dataKey: Uint8Array, officer: SignedInOfficer | null, at?: number): void;
  /** Forgets the key (best effort: the bytes are zeroed; copies inside the JS engine are out of reach). */
  lock(): void;
};

/** The in-memory key holder. Created once per window in main.tsx and passed down (no module state). */
export function createVault(now: () => number = Date.now): Vault {
  let state: VaultState = { status: 'locked' };
  let key: Uint8Array | null = null;
  let cipher: RecordCipher | null = null;
  const listeners = new Set<() => void>();
  const emit = () => {
    for (const listener of listeners) listener();
  };

  return {
    state: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    cipher() {
      if (!cipher) throw new SecurityError('locked', 'the device is locked');
      return cipher;
    },
    dataKey: () => (key ? key.slice() : null),
    open(dataKey, officer, at = now()) {
      if (key && key !== dataKey) key.fill(0);
      key = dataKey.slice();
      cipher = createRecordCipher(key);
      state = officer ? { status: 'unlocked', officer, since: at } : { status: 'provisional' };
      emit();
    },
    lock() {
      key?.fill(0);
      key = null;
      cipher = null;
      if (state.status !== 'locked') {
        state = { status: 'locked' };
        emit();
      }
    },
  };
}
