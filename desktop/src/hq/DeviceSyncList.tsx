import { useQuery } from '@tanstack/react-query';
import type { StaffSession } from '../staff/staffSession';
import { errorCode, messageForError } from '../ui/errors';
import { formatDateTime } from '../ui/format';
import { fetchDevices } from './hqApi';

const deviceStatusLabels: Record<string, string> = {
  active: 'Aktif',
  revoked: 'Dicabut',
  retiring: 'Dalam penarikan',
  retired: 'Ditarik',
};

/** Each enrolled device and when it last reached the server, oldest first (the unit to call). */
export function DeviceSyncList({ session, unitId }: { session: StaffSession; unitId: string }) {
  const devices = useQuery({
    queryKey: ['hq', 'devices', unitId],
    queryFn: () => fetchDevices(session, unitId || undefined),
  });
  if (devices.isError) {
    return errorCode(devices.error) === 'not_found' ? (
      <p className="muted small">Daftar perangkat belum tersedia di server ini.</p>
    ) : (
      <p className="error-box" role="alert">
        {messageForError(devices.error)}
      </p>
    );
  }
  if (!devices.data) return <p className="muted small">Memuat perangkat…</p>;
  const rows = [...devices.data].sort((a, b) => (a.lastSeenAt ?? '').localeCompare(b.lastSeenAt ?? ''));
  return rows.length === 0 ? (
    <p className="muted small">Belum ada perangkat terdaftar.</p>
  ) : (
    <table className="records" data-testid="dashboard-devices">
      <caption className="visually-hidden">Sinkron terakhir per perangkat</caption>
      <thead>
        <tr>
          <th scope="col">Perangkat</th>
          <th scope="col">Unit</th>
          <th scope="col">Status</th>
          <th scope="col">Terakhir terhubung</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((d) => (
          <tr key={d.id} data-testid="dashboard-device" data-device-id={d.id}>
            <td>{d.name}</td>
            <td>{d.unitName ?? d.unitId}</td>
            <td>{deviceStatusLabels[d.status] ?? d.status}</td>
            <td>{d.lastSeenAt ? formatDateTime(d.lastSeenAt) : 'belum pernah'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
