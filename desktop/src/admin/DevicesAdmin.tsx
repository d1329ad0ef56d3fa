import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { msg } from '../i18n/i18n';
import { useFormat } from '../i18n/useFormat';
import type { StaffSession } from '../staff/staffSession';
import { useErrorMessages } from '../ui/errors';
import { type AdminDevice, changeDevice, listDevices } from './adminApi';
import { focusOnMount, Outcome } from './Outcome';
import { useAdminAction } from './useAdminAction';

const statusLabels: Record<string, string> = {
  active: msg('Aktif'),
  revoked: msg('Dicabut'),
  retired: msg('Ditarik'),
};
type Action = 'revoke' | 'retire';
const actionText: Record<Action, { button: string; yes: string; question: string; confirm: string; done: string }> = {
  revoke: {
    button: msg('Cabut'),
    yes: msg('Ya, cabut'),
    question: msg('Cabut {{device}} ({{unit}})?'),
    confirm: msg(
      'Perangkat yang dicabut langsung ditolak server. Perubahan yang belum terkirim dari perangkat itu tidak akan pernah diterima. Gunakan untuk laptop yang hilang atau dicuri.',
    ),
    done: msg('{{device}} dicabut.'),
  },
  retire: {
    button: msg('Tarik'),
    yes: msg('Ya, tarik'),
    question: msg('Tarik {{device}} ({{unit}})?'),
    confirm: msg(
      'Perangkat yang ditarik masih boleh mengirim perubahan terakhirnya, lalu menghapus datanya sendiri. Gunakan untuk laptop yang diganti.',
    ),
    done: msg('{{device}} ditarik.'),
  },
};

/** Enrolled laptops with their last contact; revoke (lost or stolen) or retire (replaced), each confirmed first. */
export function DevicesAdmin({ session }: { session: StaffSession }) {
  const { t } = useTranslation();
  const { dateTime } = useFormat();
  const errors = useErrorMessages();
  const devices = useQuery({ queryKey: ['admin', 'devices'], queryFn: () => listDevices(session) });
  const [confirm, setConfirm] = useState<{ device: AdminDevice; action: Action } | null>(null);
  const change = useAdminAction(
    ({ device, action }: { device: AdminDevice; action: Action }) => changeDevice(session, device.id, action),
    (_r, { device, action }) => t(actionText[action].done, { device: device.name }),
  );

  return (
    <section aria-labelledby="devices-admin-title" data-testid="admin-devices">
      <h1 id="devices-admin-title">{t('Perangkat terdaftar')}</h1>
      <p className="small muted">
        {t(
          'Jumlah perubahan yang masih tersimpan di laptop baru diketahui saat laptop itu sinkron; waktu sinkron terakhir menunjukkan unit mana yang perlu dihubungi.',
        )}
      </p>
      <Outcome message={change.message} testId="device-action-outcome" />
      {confirm ? (
        <div
          className="card admin-confirm"
          role="alertdialog"
          aria-labelledby="device-confirm-title"
          aria-describedby="device-confirm-text"
          data-testid="device-confirm"
        >
          <h2 id="device-confirm-title">
            {t(actionText[confirm.action].question, {
              device: confirm.device.name,
              unit: confirm.device.unitName ?? confirm.device.unitId,
            })}
          </h2>
          <p id="device-confirm-text">{t(actionText[confirm.action].confirm)}</p>
          <div className="actions">
            <button
              type="button"
              className="button danger"
              ref={focusOnMount}
              disabled={change.pending}
              onClick={() => change.run(confirm, { onSettled: () => setConfirm(null) })}
              data-testid="device-confirm-yes"
            >
              {t(actionText[confirm.action].yes)}
            </button>
            <button
              type="button"
              className="button secondary"
              onClick={() => setConfirm(null)}
              data-testid="device-confirm-no"
            >
              {t('Batal')}
            </button>
          </div>
        </div>
      ) : null}
      {devices.isError ? (
        <p className="error-box" role="alert">
          {errors.forError(devices.error)}
        </p>
      ) : !devices.data ? (
        <p className="muted">{t('Memuat perangkat…')}</p>
      ) : devices.data.length === 0 ? (
        <p className="muted small">{t('Belum ada perangkat terdaftar.')}</p>
      ) : (
        <table className="records" data-testid="device-list">
          <caption className="visually-hidden">{t('Perangkat terdaftar')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('Perangkat')}</th>
              <th scope="col">{t('Unit')}</th>
              <th scope="col">{t('Status')}</th>
              <th scope="col">{t('Didaftarkan')}</th>
              <th scope="col">{t('Sinkron terakhir')}</th>
              <th scope="col">{t('Tindakan', { context: 'kolom' })}</th>
            </tr>
          </thead>
          <tbody>
            {devices.data.map((d) => (
              <tr key={d.id} data-testid="device-row" data-device-id={d.id} data-status={d.status}>
                <td>{d.name}</td>
                <td>{d.unitName ?? d.unitId}</td>
                <td>
                  {t(statusLabels[d.status] ?? d.status)}
                  {d.retireCompletedAt ? (
                    <span className="small muted">
                      {' · '}
                      {t('data terhapus {{time}}', { time: dateTime(d.retireCompletedAt) })}
                    </span>
                  ) : null}
                </td>
                <td>{dateTime(d.enrolledAt)}</td>
                <td>{d.lastSeenAt ? dateTime(d.lastSeenAt) : t('belum pernah')}</td>
                <td className="admin-actions">
                  {d.status === 'active' ? (
                    <>
                      <button
                        type="button"
                        className="button secondary small danger"
                        onClick={() => setConfirm({ device: d, action: 'revoke' })}
                        data-testid="device-revoke"
                      >
                        {t('Cabut')}
                      </button>
                      <button
                        type="button"
                        className="button secondary small"
                        onClick={() => setConfirm({ device: d, action: 'retire' })}
                        data-testid="device-retire"
                      >
                        {t('Tarik')}
                      </button>
                    </>
                  ) : (
                    <span className="muted small">—</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
