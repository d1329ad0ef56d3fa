import { msg } from '../i18n/i18n';
import type { StaffSession } from '../staff/staffSession';
import type { StaffSync } from '../staff/staffSync';
import type { StaffData } from '../staff/useStaffData';
import { AuditBrowser } from './AuditBrowser';
import { ConflictsView } from './ConflictsView';
import { Dashboard } from './Dashboard';
import { NotificationsView } from './NotificationsView';
import { ReviewQueue } from './ReviewQueue';
import { SatisfactionView } from './SatisfactionView';
import './hq.css';

export type HqView = 'review' | 'conflicts' | 'dashboard' | 'satisfaction' | 'notifications' | 'audit';

/** HQ's tabs in the staff shell (role `hq` only), after the coordinator's. */
export const hqViews: { id: HqView; hash: string; label: string; testId: string }[] = [
  { id: 'review', hash: '#/tinjauan', label: msg('Tinjauan permohonan'), testId: 'nav-review' },
  { id: 'conflicts', hash: '#/konflik', label: msg('Konflik & penolakan'), testId: 'nav-conflicts' },
  { id: 'dashboard', hash: '#/dasbor', label: msg('Dasbor'), testId: 'nav-dashboard' },
  { id: 'satisfaction', hash: '#/ikm', label: msg('IKM & pelatihan'), testId: 'nav-satisfaction' },
  { id: 'notifications', hash: '#/notifikasi', label: msg('Notifikasi'), testId: 'nav-notifications' },
  { id: 'audit', hash: '#/audit', label: msg('Log audit'), testId: 'nav-audit' },
];

export function isHqView(view: string): view is HqView {
  return hqViews.some((v) => v.id === view);
}

export function HqScreen({
  view,
  session,
  sync,
  data,
}: {
  view: HqView;
  session: StaffSession;
  sync: StaffSync;
  data: StaffData;
}) {
  switch (view) {
    case 'review':
      return <ReviewQueue session={session} sync={sync} units={data.units} />;
    case 'conflicts':
      return <ConflictsView session={session} sync={sync} />;
    case 'satisfaction':
      return <SatisfactionView session={session} sync={sync} units={data.units} />;
    case 'notifications':
      return <NotificationsView session={session} />;
    case 'audit':
      return <AuditBrowser session={session} />;
    case 'dashboard':
      return <Dashboard session={session} units={data.units} />;
  }
}
