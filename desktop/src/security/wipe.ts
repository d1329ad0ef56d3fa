import type { KelilingDb } from '../db/database';
import type { Vault } from './vault';

/** Why the device deleted its data: HQ revoked it (lost or stolen) or retired it (handed back, after its final push). */
export type WipeReason = 'revoked' | 'retired';

/** A note that survives the wipe (in localStorage, no personal data), so the next start says what happened. */
export const wipeNoticeKey = 'keliling.wiped';
export type WipeNotice = { reason: WipeReason; at: string };

export type WipeDeps = { db: KelilingDb; vault: Vault; notes: Pick<Storage, 'setItem'>; now: () => number; restart: () => void };

/** Forgets the key, deletes the whole IndexedDB database, leaves the notice, and restarts the app. */
export async function wipeDevice(deps: WipeDeps, reason: WipeReason): Promise<void> {
  deps.vault.lock();
  deps.notes.setItem(wipeNoticeKey, JSON.stringify({ reason, at: new Date(deps.now()).toISOString() } satisfies WipeNotice));
  deps.db.close();
  await deps.db.delete();
  deps.restart();
}

export function readWipeNotice(notes: Pick<Storage, 'getItem'>): WipeNotice | null {
  try {
    const value = JSON.parse(notes.getItem(wipeNoticeKey) ?? 'null') as Partial<WipeNotice> | null;
    return value && (value.reason === 'revoked' || value.reason === 'retired') && typeof value.at === 'string'
      ? { reason: value.reason, at: value.at }
      : null;
  } catch {
    return null;
  }
}
