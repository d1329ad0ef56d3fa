import { useCallback, useEffect, useState } from 'react';
import { Shell } from '../app/Shell';
import { useServices } from '../app/services';
import { type DeviceIdentity, unlockIdentity } from '../device/identity';
import { depositEscrowIfPending } from './escrow';
import { createEscrowClient } from './escrowClient';
import { adoptLegacyWork } from './legacy';
import { useAutoLock } from './useAutoLock';
import type { SignedInOfficer } from './vault';

/** The working app of a signed-in officer: the device's full identity (token unsealed), auto-lock, the Shell. */
export function UnlockedApp({ officer }: { officer: SignedInOfficer }) {
  const { db, vault, storage, platform, idleLockMs, now } = useServices();
  const [identity, setIdentity] = useState<DeviceIdentity | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const lock = useCallback(() => vault.lock(), [vault]);
  useAutoLock(lock, idleLockMs, platform, now);

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const full = await unlockIdentity(db, vault.cipher());
      if (!full) throw new Error('device identity unreadable');
      await adoptLegacyWork(db, storage);
      if (cancelled) return;
      setIdentity(full);
      // Best effort: a deposit left pending (enrolled offline halfway, or a new key) goes when the server answers.
      void depositEscrowIfPending(db, vault, createEscrowClient({ serverUrl: full.serverUrl, deviceId: full.deviceId, token: full.token }));
    })().catch((e: unknown) => {
      if (!cancelled) setFailed(e instanceof Error ? e.message : String(e));
    });
    return () => {
      cancelled = true;
    };
  }, [db, vault, storage]);

  if (failed) {
    return (
      <main className="page narrow" role="alert">
        <h1>Data perangkat tidak dapat dibuka</h1>
        <p className="muted">{failed}</p>
      </main>
    );
  }
  if (!identity) {
    return (
      <main className="page narrow" aria-busy="true">
        <p className="muted">Membuka data {officer.name}…</p>
      </main>
    );
  }
  return <Shell identity={identity} />;
}
