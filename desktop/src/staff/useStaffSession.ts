import { useCallback, useState } from 'react';
import { clearStaffSession, readStaffSession, type StaffSession, writeStaffSession } from './staffSession';

/** The tab's staff session (sessionStorage), with sign-in and sign-out that keep the storage in step. */
export function useStaffSession(storage: Storage): {
  session: StaffSession | null;
  signIn(session: StaffSession): void;
  signOut(): void;
} {
  const [session, setSession] = useState<StaffSession | null>(() => readStaffSession(storage));
  const signIn = useCallback(
    (next: StaffSession) => {
      writeStaffSession(storage, next);
      setSession(next);
    },
    [storage],
  );
  const signOut = useCallback(() => {
    clearStaffSession(storage);
    setSession(null);
  }, [storage]);
  return { session, signIn, signOut };
}
