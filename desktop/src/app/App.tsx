import { type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { deviceMetaKey, type StoredIdentity, storedIdentitySchema } from '../device/identity';
import { isStatusPath, StatusPage } from '../public/StatusPage';
import { SignInScreen } from '../security/SignInScreen';
import { UnlockedApp } from '../security/UnlockedApp';
import { useVaultState } from '../security/useVault';
import { WipedScreen } from '../security/WipedScreen';
import { readWipeNotice, type WipeNotice, wipeNoticeKey } from '../security/wipe';
import { useLiveQuery } from '../ui/useLiveQuery';
import { useServices } from './services';
import { UnenrolledApp } from './UnenrolledApp';
import { UpdateBanner } from './UpdateBanner';

type IdentityState = { status: 'loading' } | { status: 'ready'; identity: StoredIdentity | null };

/** The citizen's public status page at `/status` (no device, no sign-in); everything else is the device app. */
export function App() {
  return isStatusPath(location.pathname) ? <StatusPage /> : <DeviceApp />;
}

/** Enrollment first; then an officer signs in (the app is locked until then, and after idling); then the work. */
function DeviceApp() {
  const { t } = useTranslation();
  const { db, vault } = useServices();
  const vaultState = useVaultState(vault);
  const [wiped, setWiped] = useState<WipeNotice | null>(() => readWipeNotice(localStorage));
  const state = useLiveQuery<IdentityState>(
    async () => {
      const row = await db.meta.get(deviceMetaKey);
      const parsed = storedIdentitySchema.safeParse(row?.value);
      return { status: 'ready', identity: parsed.success ? parsed.data : null };
    },
    [db],
    { status: 'loading' },
  );
  const [storageError, setStorageError] = useState<string | null>(null);

  useEffect(() => {
    db.open().catch((e: unknown) => setStorageError(e instanceof Error ? e.message : String(e)));
  }, [db]);

  if (wiped) {
    return (
      <WipedScreen
        notice={wiped}
        onContinue={() => {
          localStorage.removeItem(wipeNoticeKey);
          setWiped(null);
        }}
      />
    );
  }
  if (storageError) {
    return (
      <main className="page narrow" role="alert">
        <h1>{t('Penyimpanan lokal tidak dapat dibuka')}</h1>
        <p>
          {t('Aplikasi ini menyimpan data di peramban. Pastikan peramban tidak dalam mode privat, lalu muat ulang.')}
        </p>
        <p className="muted">{storageError}</p>
      </main>
    );
  }
  if (state.status === 'loading') {
    return (
      <main className="page narrow" aria-busy="true">
        <p className="muted">{t('Memuat…')}</p>
      </main>
    );
  }
  let screen: ReactNode;
  if (!state.identity) screen = <UnenrolledApp />;
  else if (vaultState.status === 'unlocked') screen = <UnlockedApp officer={vaultState.officer} />;
  else screen = <SignInScreen identity={state.identity} />;
  return (
    <>
      <UpdateBanner />
      {screen}
    </>
  );
}
