import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EnrollScreen } from '../enroll/EnrollScreen';
import { msg } from '../i18n/i18n';
import { StaffLoginScreen } from '../staff/StaffLoginScreen';
import { StaffShell } from '../staff/StaffShell';
import { StartScreen } from '../staff/StartScreen';
import { useStaffSession } from '../staff/useStaffSession';

/**
 * What a computer without an enrolled device identity shows: the staff screens while a staff session is open in
 * this tab; otherwise the start screen, leading to device enrollment or to staff sign-in.
 */
export function UnenrolledApp() {
  const { t } = useTranslation();
  const { session, signIn, signOut } = useStaffSession(sessionStorage);
  const [choice, setChoice] = useState<'start' | 'enroll' | 'staff'>('start');
  const [notice, setNotice] = useState<string | null>(null);

  if (session) {
    return (
      <StaffShell
        session={session}
        onSignOut={(reason) => {
          setNotice(reason === 'expired' ? msg('Sesi Anda telah berakhir. Silakan masuk kembali.') : null);
          setChoice(reason === 'expired' ? 'staff' : 'start');
          signOut();
        }}
      />
    );
  }
  if (choice === 'staff') {
    return <StaffLoginScreen onSignedIn={signIn} onBack={() => setChoice('start')} notice={notice} />;
  }
  if (choice === 'enroll') {
    return (
      <>
        <nav className="back-link" aria-label={t('Navigasi')}>
          <button
            type="button"
            className="button secondary small"
            onClick={() => setChoice('start')}
            data-testid="enroll-back"
          >
            ← {t('Kembali')}
          </button>
        </nav>
        <EnrollScreen />
      </>
    );
  }
  return <StartScreen onEnroll={() => setChoice('enroll')} onStaff={() => setChoice('staff')} />;
}
