import { label } from '@keliling/domain';
import { useCallback, useEffect, useState } from 'react';
import { ProgressView } from '../coordinator/ProgressView';
import { HqScreen, hqViews, isHqView } from '../hq/HqScreen';
import { RoutePlanner } from '../coordinator/RoutePlanner';
import { messageForCode } from '../ui/errors';
import { formatDateTime } from '../ui/format';
import { hasStaffScreens, type StaffSession } from './staffSession';
import { useStaffData } from './useStaffData';
import { useStaffSync } from './useStaffSync';

type View = 'plan' | 'progress' | (typeof hqViews)[number]['id'];
const coordinatorViews: { id: View; hash: string; label: string; testId: string }[] = [
  { id: 'plan', hash: '#/rute', label: 'Rencana rute', testId: 'nav-plan' },
  { id: 'progress', hash: '#/progres', label: 'Progres kunjungan', testId: 'nav-progress' },
];
const viewsFor = (role: string) => (role === 'hq' ? [...coordinatorViews, ...hqViews] : coordinatorViews);
const viewFromHash = (hash: string, role: string): View =>
  viewsFor(role).find((view) => view.hash === hash)?.id ?? 'plan';

/** The screens of a signed-in coordinator or HQ user: route planning and progress, over the session's sync client. */
export function StaffShell({
  session,
  onSignOut,
}: {
  session: StaffSession;
  onSignOut: (reason: 'user' | 'expired') => void;
}) {
  const expire = useCallback(() => onSignOut('expired'), [onSignOut]);
  const sync = useStaffSync(session, expire);
  const data = useStaffData(sync);
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
  const roleName = label(`role.${session.user.role}`, 'id');

  return (
    <div className="shell" data-testid="staff-shell" data-role={session.user.role}>
      <header className="topbar">
        <div className="brand">
          <img src="/icon.svg" alt="" width="32" height="32" />
          <div>
            <p className="app-name">Keliling · Koordinasi</p>
            <p className="muted small" data-testid="staff-user">
              {session.username} · {roleName}
            </p>
          </div>
        </div>
        <div className="staff-sync" aria-live="polite">
          <p className="small muted" data-testid="staff-sync-state" data-ok={report ? String(report.ok) : ''}>
            {report === null
              ? 'Mengambil data…'
              : report.ok
                ? `Data per ${formatDateTime(report.finishedAt)}`
                : `Gagal sinkron: ${messageForCode(report.error?.code ?? 'unknown_error', report.error?.message)}`}
            {data.pending > 0 ? ` · ${data.pending} perubahan belum terkirim` : ''}
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
            {syncing ? 'Menyinkronkan…' : 'Perbarui data'}
          </button>
          <button
            type="button"
            className="button secondary small"
            data-testid="staff-sign-out"
            onClick={() => onSignOut('user')}
          >
            Keluar
          </button>
        </div>
      </header>
      {hasStaffScreens(session.user.role) ? (
        <>
          <nav className="tabs" aria-label="Menu koordinasi">
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
                {item.label}
              </a>
            ))}
          </nav>
          <main className="page wide" id="content">
            {!sync || !data.ready ? (
              <p className="muted" aria-busy="true">
                Mengambil unit dan kunjungan dari server…
              </p>
            ) : isHqView(view) ? (
              <HqScreen view={view} session={session} sync={sync} data={data} />
            ) : view === 'plan' ? (
              <RoutePlanner session={session} sync={sync} data={data} />
            ) : (
              <ProgressView data={data} />
            )}
          </main>
        </>
      ) : (
        <main className="page narrow" data-testid="staff-no-screens">
          <section className="card">
            <h1>Tidak ada layar untuk peran {roleName}</h1>
            <p>
              {session.user.role === 'officer'
                ? 'Petugas bekerja di perangkat unit yang terdaftar: masuk di perangkat unit dengan PIN Anda.'
                : 'Pengelolaan pengguna, unit dan perangkat dilakukan dengan perintah server (keliling-server).'}
            </p>
          </section>
        </main>
      )}
    </div>
  );
}
