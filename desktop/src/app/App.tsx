import { useEffect, useState } from 'react';
import { EnrollScreen } from '../enroll/EnrollScreen';
import { deviceMetaKey, deviceIdentitySchema, type DeviceIdentity } from '../device/identity';
import { useLiveQuery } from '../ui/useLiveQuery';
import { useServices } from './services';
import { Shell } from './Shell';
import { UpdateBanner } from './UpdateBanner';

type IdentityState = { status: 'loading' } | { status: 'ready'; identity: DeviceIdentity | null };

/** Enrollment first; once the device has an identity, the working screens. */
export function App() {
  const { db } = useServices();
  const state = useLiveQuery<IdentityState>(
    async () => {
      const row = await db.meta.get(deviceMetaKey);
      const parsed = deviceIdentitySchema.safeParse(row?.value);
      return { status: 'ready', identity: parsed.success ? parsed.data : null };
    },
    [db],
    { status: 'loading' },
  );
  const [storageError, setStorageError] = useState<string | null>(null);

  useEffect(() => {
    db.open().catch((e: unknown) => setStorageError(e instanceof Error ? e.message : String(e)));
  }, [db]);

  if (storageError) {
    return (
      <main className="page narrow" role="alert">
        <h1>Penyimpanan lokal tidak dapat dibuka</h1>
        <p>Aplikasi ini menyimpan data di peramban. Pastikan peramban tidak dalam mode privat, lalu muat ulang.</p>
        <p className="muted">{storageError}</p>
      </main>
    );
  }
  if (state.status === 'loading') {
    return (
      <main className="page narrow" aria-busy="true">
        <p className="muted">Memuat…</p>
      </main>
    );
  }
  return (
    <>
      <UpdateBanner />
      {state.identity ? <Shell identity={state.identity} /> : <EnrollScreen />}
    </>
  );
}
