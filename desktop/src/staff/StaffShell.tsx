import { label } from '@keliling/domain';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AdminScreen, adminViews, isAdminView } from '../admin/AdminScreen';
import { ProgressView } from '../coordinator/ProgressView';
import { RoutePlanner } from '../coordinator/RoutePlanner';
import { HqScreen, hqViews, isHqView } from '../hq/HqScreen';
import { msg } from '../i18n/i18n';
import { LanguageSwitch } from '../i18n/LanguageSwitch';
import { useFormat } from '../i18n/useFormat';
import { useErrorMessages } from '../ui/errors';
import { formatDateTime } from '../ui/format';
import { hasStaffScreens, type StaffSession } from './staffSession';
import { StaffTimeZoneProvider, useStaffTimeZones } from './staffTimeZone';
import { useStaffData } from './useStaffData';
import { useStaffSync } from './useStaffSync';

type View = 'plan' | 'progress' | (typeof hqViews)[number]['id'] | (typeof adminViews)[number]['id'];
const coordinatorViews: { id: View; hash: string; label: string; testId: string }[] = [
  { id: 'plan', hash: '#/rute', label: msg('Rencana rute'), testId: 'nav-plan' },
  { id: 'progress', hash: '#/progres', label: msg('Progres kunjungan'), testId: 'nav-progress' },
];
const viewsFor = (role: string): { id: View; hash: string; label: string; testId: string }[] =>
  role === 'hq' ? [...coordinatorViews, ...hqViews] : role === 'admin' ? adminViews : coordinatorViews;
const viewFromHash = (hash: string, role: string): View =>
  viewsFor(role).find((view) => view.hash === hash)?.id ?? viewsFor(role)[0]?.id ?? 'plan';

/** The screens of a signed-in coordinator or HQ user: route planning and progress, over the session's sync client. */
export function StaffShell({
  session,
  onSignOut,
}: {
  session: StaffSession;
  onSignOut: (reason: 'user' | 'expired') => void;
}) {
  const { t } = useTranslation();
  const { language } = useFormat();
  const errors = useErrorMessages();
  const expire = useCallback(() => onSignOut('expired'), [onSignOut]);
  const sync = useStaffSync(session, expire);
  const data = useStaffData(sync);
  // Times in the Polres's zone, a unit's records in the unit's (staff/staffTimeZone.tsx); WIB until visits are known.
  const zones = useStaffTimeZones(data.units, data.visits);
  const role = session.user.role;
  const views = viewsFor(role);
  const [view, setView] = useState<View>(() => viewFromHash(location.hash, role));
  const [syncing, setSyncing] = useState(false);

  useEffect(() => {
    const onHash = () => setView(viewFromHash(location.hash, role));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [role]);

  const report = sync?.lastReport() ?? null;
  const roleName = label(`role.${session.user.role}`, language);

  return (
    <div className="shell" data-testid="staff-shell" data-role={session.user.role}>
      <header className="topbar">
        <div className="brand">
          <img src="/icon.svg" alt="" width="32" height="32" />
          <div>
            <p className="app-name">{t('Keliling · Koordinasi')}</p>
            <p className="muted small" data-testid="staff-user">
              {session.username} · {roleName}
            </p>
          </div>
        </div>
        <div className="staff-sync" aria-live="polite">
          <p className="small muted" data-testid="staff-sync-state" data-ok={report ? String(report.ok) : ''}>
            {report === null
              ? t('Mengambil data…')
              : report.ok
                ? t('Data per {{time}}', { time: formatDateTime(report.finishedAt, { language, zone: zones.polres }) })
                : t('Gagal sinkron: {{message}}', {
                    message: errors.forCode(report.error?.code ?? 'unknown_error', report.error?.message),
                  })}
            {data.pending > 0 ? ` · ${t('{{count}} perubahan belum terkirim', { count: data.pending })}` : ''}
          </p>
          <button
            type="button"
            className="button secondary small"
            disabled={!sync || syncing}
            onClick={() => {
              if (!sync) return;
              setSyncing(true);
              void sync.syncOnce().finally(() => setSyncing(false));
            }}
          >
            {syncing ? t('Menyinkronkan…') : t('Perbarui data')}
          </button>
          <LanguageSwitch />
          <button
            type="button"
            className="button secondary small"
            data-testid="staff-sign-out"
            onClick={() => onSignOut('user')}
          >
            {t('Keluar')}
          </button>
        </div>
      </header>
      {hasStaffScreens(session.user.role) || session.user.role === 'admin' ? (
        <>
          <nav className="tabs" aria-label={t('Menu koordinasi')}>
            {views.map((item) => (
              <a
                key={item.id}
                href={item.hash}
                className={item.id === view ? 'tab active' : 'tab'}
                aria-current={item.id === view ? 'page' : undefined}
                data-testid={item.testId}
                onClick={(event) => {
                  event.preventDefault();
                  if (location.hash !== item.hash) location.hash = item.hash;
                  setView(item.id);
                }}
              >
                {t(item.label)}
              </a>
            ))}
          </nav>
          <main className="page wide" id="content">
            <StaffTimeZoneProvider zones={zones}>
              {!sync || !data.ready ? (
                <p className="muted" aria-busy="true">
                  {t('Mengambil unit dan kunjungan dari server…')}
                </p>
              ) : isAdminView(view) ? (
                <AdminScreen view={view} session={session} data={data} />
              ) : isHqView(view) ? (
                <HqScreen view={view} session={session} sync={sync} data={data} />
              ) : view === 'plan' ? (
                <RoutePlanner session={session} sync={sync} data={data} />
              ) : (
                <ProgressView data={data} />
              )}
            </StaffTimeZoneProvider>
          </main>
        </>
      ) : (
        <main className="page narrow" data-testid="staff-no-screens">
          <section className="card">
            <h1>{t('Tidak ada layar untuk peran {{role}}', { role: roleName })}</h1>
            <p>
              {session.user.role === 'officer'
                ? t('Petugas bekerja di perangkat unit yang terdaftar: masuk di perangkat unit dengan PIN Anda.')
                : t('Pengelolaan pengguna, unit dan perangkat dilakukan dengan perintah server (keliling-server).')}
            </p>
          </section>
        </main>
      )}
    </div>
  );
}
