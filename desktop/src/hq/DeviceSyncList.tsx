import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { msg } from '../i18n/i18n';
import { useFormat } from '../i18n/useFormat';
import type { StaffSession } from '../staff/staffSession';
import { InUnitTimeZone } from '../staff/staffTimeZone';
import { errorCode, useErrorMessages } from '../ui/errors';
import { type DeviceListing, fetchDevices } from './hqApi';

const deviceStatusLabels: Record<string, string> = {
  active: msg('Aktif'),
  revoked: msg('Dicabut'),
  retiring: msg('Dalam penarikan'),
  retired: msg('Ditarik'),
};

/** Each enrolled device and when it last reached the server, oldest first (the unit to call). */
export function DeviceSyncList({ session, unitId }: { session: StaffSession; unitId: string }) {
  const { t } = useTranslation();
  const errors = useErrorMessages();
  const devices = useQuery({
    queryKey: ['hq', 'devices', unitId],
    queryFn: () => fetchDevices(session, unitId || undefined),
  });
  if (devices.isError) {
    return errorCode(devices.error) === 'not_found' ? (
      <p className="muted small">{t('Daftar perangkat belum tersedia di server ini.')}</p>
    ) : (
      <p className="error-box" role="alert">
        {errors.forError(devices.error)}
      </p>
    );
  }
  if (!devices.data) return <p className="muted small">{t('Memuat perangkat…')}</p>;
  const rows = [...devices.data].sort((a, b) => (a.lastSeenAt ?? '').localeCompare(b.lastSeenAt ?? ''));
  return rows.length === 0 ? (
    <p className="muted small">{t('Belum ada perangkat terdaftar.')}</p>
  ) : (
    <table className="records" data-testid="dashboard-devices">
      <caption className="visually-hidden">{t('Sinkron terakhir per perangkat')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('Perangkat')}</th>
          <th scope="col">{t('Unit')}</th>
          <th scope="col">{t('Status')}</th>
          <th scope="col">{t('Terakhir terhubung')}</th>
          <th scope="col">{t('Belum terkirim')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((d) => (
          // A device's times in its unit's zone (WIB, WITA or WIT).
          <InUnitTimeZone key={d.id} unitId={d.unitId}>
            <DeviceRow device={d} />
          </InUnitTimeZone>
        ))}
      </tbody>
    </table>
  );
}

function DeviceRow({ device: d }: { device: DeviceListing }) {
  const { t } = useTranslation();
  const { dateTime } = useFormat();
  return (
    <tr data-testid="dashboard-device" data-device-id={d.id}>
      <td>{d.name}</td>
      <td>{d.unitName ?? d.unitId}</td>
      <td>{t(deviceStatusLabels[d.status] ?? d.status)}</td>
      <td>{d.lastSeenAt ? dateTime(d.lastSeenAt) : t('belum pernah')}</td>
      <td data-testid="dashboard-device-outbox" data-changes={d.outbox?.changes ?? ''}>
        {d.outbox
          ? t('{{changes}} perubahan, {{uploads}} foto (per {{time}})', {
              changes: d.outbox.changes,
              uploads: d.outbox.uploads,
              time: dateTime(d.outbox.reportedAt),
            })
          : t('belum dilaporkan')}
      </td>
    </tr>
  );
}
