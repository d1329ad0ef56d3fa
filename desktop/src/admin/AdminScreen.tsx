import { AuditBrowser } from '../hq/AuditBrowser';
import { msg } from '../i18n/i18n';
import type { StaffSession } from '../staff/staffSession';
import type { StaffData } from '../staff/useStaffData';
import { DevicesAdmin } from './DevicesAdmin';
import { EnrollmentCodes } from './EnrollmentCodes';
import { FeeTablesAdmin } from './FeeTablesAdmin';
import { UnitsAdmin } from './UnitsAdmin';
import { UsersAdmin } from './UsersAdmin';
import './admin.css';

export type AdminView = 'admin-users' | 'admin-units' | 'admin-codes' | 'admin-devices' | 'admin-fees' | 'admin-audit';

/** The administrator's tabs in the staff shell (role `admin`). */
export const adminViews: { id: AdminView; hash: string; label: string; testId: string }[] = [
  { id: 'admin-users', hash: '#/pengguna', label: msg('Pengguna'), testId: 'nav-admin-users' },
  { id: 'admin-units', hash: '#/unit', label: msg('Unit & petugas'), testId: 'nav-admin-units' },
  { id: 'admin-codes', hash: '#/kode-pendaftaran', label: msg('Kode pendaftaran'), testId: 'nav-admin-codes' },
  { id: 'admin-devices', hash: '#/perangkat', label: msg('Perangkat'), testId: 'nav-admin-devices' },
  { id: 'admin-fees', hash: '#/tarif', label: msg('Tabel tarif'), testId: 'nav-admin-fees' },
  { id: 'admin-audit', hash: '#/audit', label: msg('Log audit'), testId: 'nav-audit' },
];

export function isAdminView(view: string): view is AdminView {
  return adminViews.some((v) => v.id === view);
}

export function AdminScreen({ view, session, data }: { view: AdminView; session: StaffSession; data: StaffData }) {
  switch (view) {
    case 'admin-users':
      return <UsersAdmin session={session} units={data.units} />;
    case 'admin-units':
      return <UnitsAdmin session={session} />;
    case 'admin-codes':
      return <EnrollmentCodes session={session} units={data.units} />;
    case 'admin-devices':
      return <DevicesAdmin session={session} />;
    case 'admin-fees':
      return <FeeTablesAdmin session={session} />;
    case 'admin-audit':
      return <AuditBrowser session={session} />;
  }
}
