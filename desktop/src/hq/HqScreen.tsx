import type { StaffSession } from '../staff/staffSession';
import type { StaffSync } from '../staff/staffSync';
import type { StaffData } from '../staff/useStaffData';
import { ConflictsView } from './ConflictsView';
import { Dashboard } from './Dashboard';
import { ReviewQueue } from './ReviewQueue';
import './hq.css';

export type HqView = 'review' | 'conflicts' | 'dashboard';

/** HQ's tabs in the staff shell (role `hq` only), after the coordinator's. */
export const hqViews: { id: HqView; hash: string; label: string; testId: string }[] = [
  { id: 'review', hash: '#/tinjauan', label: 'Tinjauan permohonan', testId: 'nav-review' },
  { id: 'conflicts', hash: '#/konflik', label: 'Konflik & penolakan', testId: 'nav-conflicts' },
  { id: 'dashboard', hash: '#/dasbor', label: 'Dasbor', testId: 'nav-dashboard' },
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
  if (view === 'review') return <ReviewQueue session={session} sync={sync} units={data.units} />;
  if (view === 'conflicts') return <ConflictsView session={session} sync={sync} />;
  return <Dashboard session={session} units={data.units} />;
}
