import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeviceIdentity } from '../device/identity';
import { type FieldScreenId, fieldScreen, fieldScreens } from '../forms/screens';
import { msg } from '../i18n/i18n';
import { LanguageSwitch } from '../i18n/LanguageSwitch';
import { TimeZoneContext } from '../i18n/useFormat';
import { RecordsScreen } from '../records/RecordsScreen';
import { recordFromHash } from '../records/recordLabels';
import { SessionBar } from '../security/SessionBar';
import { SimForm } from '../sim/SimForm';
import { SyncIndicator } from '../sync/SyncIndicator';
import { useSyncService } from '../sync/useSyncService';
import { TodayVisits } from '../visits/TodayVisits';
import { useUnitTimeZone } from './useUnitTimeZone';

type View = 'sim' | 'records' | 'visits' | FieldScreenId;
const views: { id: View; hash: string; label: string; testId: string }[] = [
  { id: 'sim', hash: '#/sim', label: msg('Perpanjangan SIM'), testId: 'nav-sim' },
  { id: 'records', hash: '#/data', label: msg('Data tercatat'), testId: 'nav-records' },
  { id: 'visits', hash: '#/kunjungan', label: msg('Kunjungan hari ini'), testId: 'nav-visits' },
  ...fieldScreens.map(({ id, hash, label, testId }) => ({ id, hash, label, testId })),
];

function viewFromHash(hash: string): View {
  if (recordFromHash(hash)) return 'records';
  return views.find((view) => view.hash === hash)?.id ?? 'sim';
}

/** The working screens of an enrolled device, with times shown in the unit's zone (from its visits' villages). */
export function Shell({ identity }: { identity: DeviceIdentity }) {
  const zone = useUnitTimeZone(identity.unit.id);
  return (
    <TimeZoneContext.Provider value={zone}>
      <ShellScreens identity={identity} />
    </TimeZoneContext.Provider>
  );
}

/** Header with sync state, navigation, and the current view. */
function ShellScreens({ identity }: { identity: DeviceIdentity }) {
  const { t } = useTranslation();
  const sync = useSyncService(identity);
  const [view, setView] = useState<View>(() => viewFromHash(location.hash));

  useEffect(() => {
    const onHash = () => setView(viewFromHash(location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  const go = useCallback((next: View) => {
    const target = views.find((v) => v.id === next);
    if (target && location.hash !== target.hash) location.hash = target.hash;
    setView(next);
  }, []);

  return (
    <div className="shell">
      <header className="topbar">
        <div className="brand">
          <img src="/icon.svg" alt="" width="32" height="32" />
          <div>
            <p className="app-name">Keliling</p>
            <p className="muted small" data-testid="unit-name">
              {identity.unit.name} · {identity.name}
            </p>
          </div>
        </div>
        <SyncIndicator service={sync?.service ?? null} />
        <LanguageSwitch />
        <SessionBar />
      </header>
      <nav className="tabs" aria-label={t('Menu utama')}>
        {views.map((item) => (
          <a
            key={item.id}
            href={item.hash}
            className={item.id === view ? 'tab active' : 'tab'}
            aria-current={item.id === view ? 'page' : undefined}
            data-testid={item.testId}
            onClick={(event) => {
              event.preventDefault();
              go(item.id);
            }}
          >
            {t(item.label)}
          </a>
        ))}
      </nav>
      <main className="page" id="content">
        {view === 'sim' ? (
          sync ? (
            <SimForm
              identity={identity}
              clock={sync.clock}
              onSaved={() => sync.service.localWrite()}
              onShowRecords={() => go('records')}
            />
          ) : (
            <p className="muted">{t('Memuat…')}</p>
          )
        ) : fieldScreen(view) ? (
          sync ? (
            fieldScreen(view)?.render({ identity, clock: sync.clock, onSaved: () => sync.service.localWrite() })
          ) : (
            <p className="muted">{t('Memuat…')}</p>
          )
        ) : view === 'visits' ? (
          <TodayVisits
            unitId={identity.unit.id}
            identity={identity}
            clock={sync?.clock ?? null}
            onSaved={() => sync?.service.localWrite()}
          />
        ) : (
          <RecordsScreen identity={identity} sync={sync} />
        )}
      </main>
    </div>
  );
}
