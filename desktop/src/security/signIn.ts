import { isSyncHttpError } from '@keliling/sync';
import type { KelilingDb, OfficerRow } from '../db/database';
import type { Keychain } from '../platform';
import { clearFailures, loadFailures, recordFailure } from './attempts';
import type { EscrowClient } from './escrowClient';
import { escrowPendingMetaKey } from './escrow';
import { newDataKey } from './keyWrap';
import { openOfficerKey, storeOfficerKey } from './keyring';
import { checkPin, parsePinVerifier } from './pinVerifier';
import { isSecurityError } from './recordCipher';
import type { SignedInOfficer, Vault } from './vault';

export type SignInDeps = {
  db: KelilingDb;
  vault: Vault;
  now: () => number;
  keychain?: Keychain | undefined;
  /** The server's key escrow, when the device may try the network; absent: offline sign-in only. */
  escrow?: EscrowClient | null | undefined;
  /** Where the sealed device token lives; a new data key is refused while one exists (it would be lost). */
  sealedTokenMetaKey: string;
};

export type SignInErrorCode =
  | 'wrong_pin'
  | 'rate_limited'
  | 'unknown_officer'
  | 'key_unavailable'
  | 're_enroll_required'
  | 'device_revoked';

export type SignInResult =
  | { ok: true; officer: SignedInOfficer; source: 'wrap' | 'memory' | 'escrow' | 'new' }
  | { ok: false; code: SignInErrorCode; retryAt?: number };

const officerOf = (row: OfficerRow): SignedInOfficer => ({ id: row.id, name: row.name, nrp: row.nrp, ...(row.rank ? { rank: row.rank } : {}) });

/**
 * An officer of the unit signs in with a PIN, offline: the PIN is checked against the officer's verifier (scrypt),
 * the key it derives unwraps the device's data key, and the vault opens. Without a wrap of their own here (a new
 * officer, a reset PIN) the key comes from memory (just after enrollment), else from the server's escrow (online),
 * else (only when nothing sealed would be lost) a new key is made. Wrong PINs count toward a local backoff.
 */
export async function signIn(deps: SignInDeps, input: { officerId: string; pin: string }): Promise<SignInResult> {
  const { db, vault, now } = deps;
  const failures = await loadFailures(db);
  if (now() < failures.retryAt) return { ok: false, code: 'rate_limited', retryAt: failures.retryAt };

  const officer = await db.officers.get(input.officerId);
  if (!officer?.active) return { ok: false, code: 'unknown_officer' };

  const fail = async (code: SignInErrorCode): Promise<SignInResult> => {
    if (code !== 'wrong_pin') return { ok: false, code };
    const next = await recordFailure(db, now());
    return { ok: false, code, ...(next.retryAt > now() ? { retryAt: next.retryAt } : {}) };
  };

  const parsed = officer.pinVerifier ? parsePinVerifier(officer.pinVerifier) : null;
  const local = parsed ? await checkPin(input.pin, parsed) : null;

  let dataKey: Uint8Array | null = null;
  let source: 'wrap' | 'memory' | 'escrow' | 'new' = 'wrap';
  let verifier = officer.pinVerifier ?? '';
  let kek = local?.kek ?? null;

  if (local?.matches) {
    try {
      dataKey = await openOfficerKey(db, { officerId: officer.id, verifier, kek: local.kek, keychain: deps.keychain });
    } catch (e) {
      if (!isSecurityError(e, 'wrong_pin')) throw e;
      // The PIN matched the verifier but not the wrap: the wrap is stale or damaged; get the key another way.
      dataKey = null;
    }
    if (!dataKey) {
      dataKey = vault.dataKey();
      source = 'memory';
    }
  }

  if (!dataKey && deps.escrow) {
    // The server is the authority on PINs: a reset PIN is known there before this device has pulled it.
    try {
      const released = await deps.escrow.release({ officerId: officer.id, pin: input.pin });
      const fresh = parsePinVerifier(released.pinVerifier);
      const check = fresh ? await checkPin(input.pin, fresh) : null;
      if (fresh && check?.matches) {
        dataKey = released.dataKey;
        verifier = released.pinVerifier;
        kek = check.kek;
        source = 'escrow';
      }
    } catch (e) {
      if (!isSyncHttpError(e)) throw e;
      if (e.code === 'device_revoked') return fail('device_revoked');
      if (e.code === 'wrong_pin') return fail('wrong_pin');
      if (e.code === 'not_found' && local?.matches && (await mayStartFresh(db, deps.sealedTokenMetaKey))) {
        dataKey = newDataKey();
        source = 'new';
      } else if (e.code === 'not_found' && local?.matches) {
        return fail('re_enroll_required');
      }
      // Network trouble and the rest: decide from what is known locally, below.
    }
  }

  if (!dataKey && local?.matches && !deps.escrow && (await mayStartFresh(db, deps.sealedTokenMetaKey))) {
    dataKey = newDataKey();
    source = 'new';
  }

  if (!dataKey || !kek) return fail(local && !local.matches ? 'wrong_pin' : 'key_unavailable');

  if (source === 'new') await startFresh(db);
  if (source !== 'wrap') await storeOfficerKey(db, { officerId: officer.id, verifier, dataKey, kek, keychain: deps.keychain, now: now() });
  await clearFailures(db);
  vault.open(dataKey, officerOf(officer), now());
  dataKey.fill(0);
  kek.fill(0);
  return { ok: true, officer: officerOf(officer), source };
}

/**
 * A new data key may replace an unreachable one only when nothing an officer made is sealed under the old one: no
 * wraps, no outbox, no rejections, no sealed device token. What the server holds comes back by the next pull.
 */
async function mayStartFresh(db: KelilingDb, sealedTokenMetaKey: string): Promise<boolean> {
  const [wraps, outbox, rejections, token] = await Promise.all([
    db.keyring.count(),
    db.outbox.count(),
    db.rejections.count(),
    db.meta.get(sealedTokenMetaKey),
  ]);
  return wraps === 0 && outbox === 0 && rejections === 0 && token === undefined;
}

async function startFresh(db: KelilingDb): Promise<void> {
  await db.transaction('rw', [db.confirmed, db.records, db.cursor, db.meta], async () => {
    await db.confirmed.clear();
    await db.records.clear();
    await db.cursor.clear();
    await db.meta.put({ key: escrowPendingMetaKey, value: true });
  });
}
