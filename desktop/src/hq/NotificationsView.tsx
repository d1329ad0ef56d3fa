import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { msg } from '../i18n/i18n';
import { useFormat } from '../i18n/useFormat';
import type { StaffSession } from '../staff/staffSession';
import { CursorPager, useCursorPages } from '../ui/CursorPager';
import { useErrorMessages } from '../ui/errors';
import { entityLabel, statusLabel } from './hqLabels';
import { fetchNotifications, type OutboxState, outboxStates, retryNotification } from './oversightApi';

const stateLabels: Record<OutboxState, string> = { pending: msg('Antre'), sent: msg('Terkirim'), failed: msg('Gagal') };
const stateBadge: Record<OutboxState, string> = {
  pending: 'badge status-submitted',
  sent: 'badge status-approved',
  failed: 'badge status-rejected',
};

/** Messages to applicants by delivery state, with the last error and attempts; a failed one can be queued again. */
export function NotificationsView({ session }: { session: StaffSession }) {
  const { t } = useTranslation();
  const { dateTime, language } = useFormat();
  const errors = useErrorMessages();
  const [state, setState] = useState<OutboxState | ''>('failed');
  const pages = useCursorPages();
  const { cursor } = pages;
  const queryClient = useQueryClient();
  const list = useQuery({
    queryKey: ['hq', 'notifications', state, cursor],
    queryFn: () => fetchNotifications(session, state, cursor),
    refetchInterval: 10_000,
  });
  const retry = useMutation({
    mutationFn: (id: string) => retryNotification(session, id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['hq', 'notifications'] }),
  });

  return (
    <section aria-labelledby="notif-title" data-testid="notifications">
      <h1 id="notif-title">{t('Notifikasi ke pemohon')}</h1>
      <fieldset className="hq-periods">
        <legend>{t('Status pengiriman')}</legend>
        {(['', ...outboxStates] as const).map((s) => (
          <label key={s || 'all'}>
            <input
              type="radio"
              name="outbox-state"
              checked={state === s}
              onChange={() => {
                setState(s);
                pages.reset();
              }}
              data-testid={`notif-state-${s || 'all'}`}
            />{' '}
            {s ? t(stateLabels[s]) : t('Semua')}
          </label>
        ))}
      </fieldset>
      {retry.isError ? (
        <p className="error-box" role="alert">
          {errors.forError(retry.error)}
        </p>
      ) : null}
      {retry.isSuccess ? (
        <p className="ok small" role="status" data-testid="notif-retry-outcome">
          {t('Pesan diantrekan ulang; pengirim mencobanya dalam beberapa detik.')}
        </p>
      ) : null}
      {list.isError ? (
        <p className="error-box" role="alert">
          {errors.forError(list.error)}
        </p>
      ) : !list.data ? (
        <p className="muted">{t('Memuat…')}</p>
      ) : list.data.notifications.length === 0 ? (
        <p className="muted" data-testid="notif-empty">
          {t('Tidak ada pesan dengan status ini.')}
        </p>
      ) : (
        <table className="records" data-testid="notif-list">
          <caption className="visually-hidden">{t('Pesan notifikasi, terbaru di atas')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('Dibuat')}</th>
              <th scope="col">{t('Data')}</th>
              <th scope="col">{t('Ke')}</th>
              <th scope="col">{t('Pesan')}</th>
              <th scope="col">{t('Status')}</th>
              <th scope="col">{t('Percobaan')}</th>
              <th scope="col">{t('Galat terakhir')}</th>
              <th scope="col">{t('Tindakan', { context: 'kolom' })}</th>
            </tr>
          </thead>
          <tbody>
            {list.data.notifications.map((m) => (
              <tr key={m.id} data-testid="notif-row" data-id={m.id} data-state={m.state}>
                <td>{dateTime(m.createdAt)}</td>
                <td>
                  {entityLabel(m.entity, language)} · {statusLabel(m.status, language)}
                </td>
                <td className="hq-mono">{m.phone}</td>
                <td className="small">{m.body}</td>
                <td>
                  <span className={stateBadge[m.state]}>{t(stateLabels[m.state])}</span>
                  {m.state === 'sent' && m.sentAt ? <span className="small muted"> {dateTime(m.sentAt)}</span> : null}
                  {m.state === 'pending' && m.attempts > 0 ? (
                    <span className="small muted"> {t('lagi {{time}}', { time: dateTime(m.nextAttemptAt) })}</span>
                  ) : null}
                </td>
                <td data-testid="notif-attempts">{m.attempts}</td>
                <td className="small" data-testid="notif-error">
                  {m.lastError ?? '—'}
                </td>
                <td>
                  {m.state === 'sent' ? (
                    <span className="muted small">—</span>
                  ) : (
                    <button
                      type="button"
                      className="button secondary small"
                      disabled={retry.isPending}
                      onClick={() => retry.mutate(m.id)}
                      data-testid="notif-retry"
                    >
                      {t('Kirim ulang')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <CursorPager pages={pages} page={list.data} />
    </section>
  );
}
