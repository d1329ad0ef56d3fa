import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { msg } from '../i18n/i18n';
import { useFormat } from '../i18n/useFormat';
import type { StaffSession } from '../staff/staffSession';
import type { StaffSync } from '../staff/staffSync';
import { useErrorMessages } from '../ui/errors';
import { fetchHistory, fetchRecord } from './hqApi';
import { entityLabel, fieldLabel, showField, showValue, statusLabel, text } from './hqLabels';
import { ReviewActionBar } from './ReviewActionBar';

const pushStatusLabels: Record<string, string> = {
  applied: msg('diterapkan'),
  duplicate: msg('duplikat'),
  stale: msg('tertimpa'),
  rejected: msg('ditolak'),
};
const hiddenFields = new Set(['photo']);

/** One application beside the queue: its current fields, HQ's actions on it, and its full history with conflicts. */
export function RecordDetail({
  session,
  sync,
  entity,
  id,
  onClose,
}: {
  session: StaffSession;
  sync: StaffSync;
  entity: string;
  id: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { dateTime, language } = useFormat();
  const errors = useErrorMessages();
  const heading = useRef<HTMLHeadingElement>(null);
  const record = useQuery({ queryKey: ['hq', 'record', entity, id], queryFn: () => fetchRecord(session, entity, id) });
  const history = useQuery({
    queryKey: ['hq', 'history', entity, id],
    queryFn: () => fetchHistory(session, entity, id),
  });
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus moves to the panel each time another record opens.
  useEffect(() => heading.current?.focus(), [id]);

  const fields = record.data?.fields ?? {};
  const status = text(fields.status);
  const conflicts = history.data?.conflicts ?? [];

  return (
    <aside className="card hq-detail" aria-labelledby="detail-title" data-testid="review-detail" data-record-id={id}>
      <div className="hq-detail-head">
        <h2 id="detail-title" tabIndex={-1} ref={heading}>
          {text(fields.receiptNumber) || id}
        </h2>
        <button type="button" className="button secondary small" onClick={onClose} data-testid="review-detail-close">
          {t('Tutup')}
        </button>
      </div>
      {record.isError ? (
        <p className="error-box" role="alert">
          {errors.forError(record.error)}
        </p>
      ) : record.data ? (
        <>
          <p>
            {entityLabel(entity, language)} ·{' '}
            <span className={`badge status-${status}`} data-testid="review-detail-status" data-status={status}>
              {statusLabel(status, language)}
            </span>
          </p>
          {text(fields.statusReason) ? (
            <p className="reason">{t('Alasan: {{reason}}', { reason: text(fields.statusReason) })}</p>
          ) : null}
          <ReviewActionBar
            session={session}
            sync={sync}
            targets={[{ entity, id, status }]}
            title={t('Tindakan', { context: 'kolom' })}
            testId="review-action"
          />
          <dl className="hq-fields">
            {Object.entries(fields)
              .filter(([name]) => !hiddenFields.has(name))
              .sort(([a], [b]) => fieldLabel(entity, a, language).localeCompare(fieldLabel(entity, b, language), 'id'))
              .map(([name, value]) => (
                <div key={name}>
                  <dt>{fieldLabel(entity, name, language)}</dt>
                  <dd>{showField(name, value, language)}</dd>
                </div>
              ))}
          </dl>
        </>
      ) : (
        <p className="muted" aria-busy="true">
          {t('Memuat…')}
        </p>
      )}

      {conflicts.length > 0 ? (
        <section aria-labelledby="detail-conflicts">
          <h3 id="detail-conflicts">{t('Konflik ({{count}})', { count: conflicts.length })}</h3>
          <ul className="hq-history" data-testid="review-detail-conflicts">
            {conflicts.map((c) => (
              <li key={c.id}>
                <strong>{fieldLabel(entity, c.field, language)}</strong>:{' '}
                {t('{{winner}} ({{winnerAuthor}}) menang atas {{loser}} ({{loserAuthor}})', {
                  winner: showValue(c.winner.value),
                  winnerAuthor: c.winner.author,
                  loser: showValue(c.loser.value),
                  loserAuthor: c.loser.author,
                })}{' '}
                · {c.status === 'open' ? t('terbuka') : t('selesai')}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="detail-history">
        <h3 id="detail-history">{t('Riwayat perubahan')}</h3>
        {history.isError ? (
          <p className="error-box" role="alert">
            {errors.forError(history.error)}
          </p>
        ) : !history.data ? (
          <p className="muted">{t('Memuat…')}</p>
        ) : (
          <ol className="hq-history" data-testid="review-history">
            {history.data.changes.map((change) => (
              <li key={change.id} data-testid="review-history-entry" data-status={change.status}>
                <p className="small">
                  <strong>{dateTime(change.receivedAt)}</strong> · {change.by ?? change.author} ·{' '}
                  {t(pushStatusLabels[change.status] ?? change.status)}
                  {change.reason ? ` (${change.reason.message || change.reason.code})` : ''}
                </p>
                <p className="small muted">
                  {Object.entries(change.fields)
                    .map(
                      ([name, value]) => `${fieldLabel(entity, name, language)}: ${showField(name, value, language)}`,
                    )
                    .join(' · ')}
                </p>
              </li>
            ))}
          </ol>
        )}
      </section>
    </aside>
  );
}
