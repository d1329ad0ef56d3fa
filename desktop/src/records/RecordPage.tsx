import type { Change, Conflict, HlcClock, Rejection } from '@keliling/sync';
import { useEffect, useId, useRef, useState } from 'react';
import { useServices } from '../app/services';
import { AttachmentView } from '../attachments/AttachmentView';
import { isAttachmentRef } from '../attachments/attachmentStore';
import { PhotoField } from '../attachments/PhotoField';
import { openRecord, recordChangeLog } from '../db/recordQuery';
import type { DeviceIdentity } from '../device/identity';
import { type SaveError, saveErrorText } from '../forms/saveRecord';
import { useErrorMessages } from '../ui/errors';
import { useLiveQuery } from '../ui/useLiveQuery';
import { applyRecordChange, needsReason, recordActions, statusActionLabel } from './recordActions';
import { authorName, type HistoryItem, historyItems, hlcTime, type Translate } from './recordHistory';
import { entityName, fieldName, showValue, statusName, text } from './recordLabels';
import './records.css';
import { useTranslation } from 'react-i18next';
import { type Language, msg } from '../i18n/i18n';
import { useFormat } from '../i18n/useFormat';
import { cachedConflicts } from './reviewCache';
import { syncStateLabels } from './syncStateLabels';

type Props = {
  entity: string;
  entityId: string;
  identity: DeviceIdentity;
  clock: HlcClock;
  online: boolean;
  /** After a change was saved (the sync service sends it soon). */
  onSaved: () => void;
};

const historyStateLabels: Record<HistoryItem['state'], string> = {
  pending: msg('Menunggu sinkron'),
  applied: msg('Diterima server'),
  confirmed: msg('Tersinkron'),
  rejected: msg('Ditolak server'),
};

/** Officer names by id (the sign-in directory), for "who" in the history. */
function useOfficerNames(): Map<string, string> {
  const { db } = useServices();
  const officers = useLiveQuery(() => db.officers.toArray(), [db], []);
  return new Map(
    officers.map((officer) => [officer.id, officer.rank ? `${officer.rank} ${officer.name}` : officer.name]),
  );
}

function changedFields(
  entity: string,
  fields: Record<string, unknown>,
  { language, t }: { language: Language; t: Translate },
  names?: Map<string, string>,
): string {
  return Object.entries(fields)
    .map(([field, value]) => {
      const shown = isAttachmentRef(value)
        ? t('foto')
        : field === 'createdBy' && typeof value === 'string'
          ? (names?.get(value) ?? value)
          : showValue(field, value, language);
      return `${fieldName(entity, field, language)}: ${shown}`;
    })
    .join(' · ');
}

/**
 * One record: every field with its label, its photo and upload state, what the officer may do now, the changes the
 * server refused, the conflicts recorded on it, and its history (who changed what, when). Works offline from what
 * the device holds and what it cached the last time it was online.
 */
export function RecordPage({ entity, entityId, identity, clock, online, onSaved }: Props) {
  const { t } = useTranslation();
  const { dateTime, language } = useFormat();
  const translate: Translate = (key, values) => t(key, values);
  const lang = { language, t: translate };
  const who = (item: { by?: string | undefined; author?: string | undefined }) => authorName(item, names, translate);
  const errors = useErrorMessages();
  const services = useServices();
  const { db, vault, storage, now } = services;
  const names = useOfficerNames();
  const heading = useRef<HTMLHeadingElement>(null);
  const reasonId = useId();
  const server = { serverUrl: identity.serverUrl, token: identity.token };
  const row = useLiveQuery(
    () => openRecord(db, vault.cipher(), entity, entityId),
    [db, vault, entity, entityId],
    undefined,
  );
  const local = useLiveQuery(() => storage.record(entity, entityId), [storage, entity, entityId], null);
  const rejections = useLiveQuery(
    async () =>
      (await storage.rejections({ includeDismissed: true })).filter(
        (r) => r.change.entity === entity && r.change.entityId === entityId,
      ),
    [storage, entity, entityId],
    [] as Rejection[],
  );
  const cached = useLiveQuery(
    async () =>
      (await cachedConflicts(db, vault.cipher())).filter((c) => c.entity === entity && c.entityId === entityId),
    [db, vault, entity, entityId],
    [] as Conflict[],
  );
  const logged = useLiveQuery(
    () => recordChangeLog(db, vault.cipher(), entity, entityId),
    [db, vault, entity, entityId],
    [] as Change[],
  );
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<SaveError | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [editing, setEditing] = useState<Record<string, string> | null>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: focus the heading once per opened record.
  useEffect(() => heading.current?.focus(), [entityId]);

  if (row === undefined) return <p className="muted">{t('Memuat…')}</p>;
  if (row === null) {
    return (
      <section className="record-page" data-testid="record-page-missing">
        <h1>{t('Data tidak ditemukan')}</h1>
        <p>{t('Data ini tidak ada di perangkat ini. Mungkin belum tersinkron, atau sudah dihapus.')}</p>
        <a href="#/data">{t('← Kembali ke daftar')}</a>
      </section>
    );
  }

  const typed = Object.assign({}, ...row.rejections.map((r) => r.fields)) as Record<string, unknown>;
  const fields = { ...typed, ...row.fields };
  const actions = recordActions(entity, row.fields, row.deleted);
  const officer = vault.state();
  const by = officer.status === 'unlocked' ? officer.officer.id : null;
  const conflicts = new Map<string, Conflict>();
  for (const conflict of cached) conflicts.set(conflict.id, conflict);
  const items = historyItems(local, logged, rejections);

  const change = async (patch: Record<string, unknown>): Promise<boolean> => {
    if (!by) return false;
    setBusy(true);
    setError(null);
    try {
      const result = await applyRecordChange({ db, storage, clock, identity, by, now }, entity, entityId, patch);
      if (!result.ok) {
        setError(result.error);
        return false;
      }
      onSaved();
      return true;
    } finally {
      setBusy(false);
    }
  };

  const shownFields = Object.entries(fields).filter(([field]) => field !== 'photo' && field !== 'photos');
  const photos = [fields.photo, ...(Array.isArray(fields.photos) ? fields.photos : [])].filter(isAttachmentRef);

  return (
    <article
      className="record-page"
      data-testid="record-page"
      data-record-id={entityId}
      data-entity={entity}
      aria-labelledby="record-title"
    >
      <p>
        <a href="#/data" data-testid="record-back">
          {t('← Kembali ke daftar')}
        </a>
      </p>
      <h1 id="record-title" ref={heading} tabIndex={-1}>
        {entityName(entity, language)} <span className="mono">{text(fields.receiptNumber)}</span>
      </h1>
      <p>
        <span className="badge badge-synced" data-testid="record-page-status" data-status={text(fields.status)}>
          {row.deleted ? t('Dihapus') : statusName(fields.status, language) || t('Tanpa status')}
        </span>{' '}
        <span className={`badge badge-${row.syncState}`} data-testid="record-page-sync" data-sync-state={row.syncState}>
          {t(syncStateLabels[row.syncState])}
        </span>
      </p>

      <section className="record-section" aria-labelledby="actions-title" data-testid="record-actions">
        <h2 id="actions-title">{t('Tindakan', { context: 'kolom' })}</h2>
        {actions.nextStatuses.length === 0 && actions.editableFields.length === 0 && !actions.canSetPhoto ? (
          <p className="muted" data-testid="record-no-actions">
            {t('Tidak ada tindakan yang boleh dilakukan petugas pada data ini sekarang')}
            {text(row.fields.status)
              ? ` (${t('status {{status}}', { status: statusName(row.fields.status, language) })})`
              : ''}
            .
          </p>
        ) : (
          <div className="actions">
            {actions.nextStatuses.map((status) => (
              <button
                key={status}
                type="button"
                className={status === 'cancelled' ? 'button secondary' : 'button primary'}
                data-testid={`record-action-${status}`}
                disabled={busy}
                onClick={() => (needsReason(status) ? setConfirming(status) : void change({ status }))}
              >
                {t(statusActionLabel(status))}
              </button>
            ))}
            {actions.editableFields.length > 0 && !editing && (
              <button
                type="button"
                className="button secondary"
                data-testid="record-edit"
                onClick={() =>
                  setEditing(
                    Object.fromEntries(actions.editableFields.map((field) => [field, text(row.fields[field])])),
                  )
                }
              >
                {t('Ubah data')}
              </button>
            )}
          </div>
        )}
        {confirming && (
          <div className="card" role="alertdialog" aria-labelledby="confirm-title" data-testid="record-confirm">
            <p id="confirm-title">
              {t('{{action}} data ini? Perubahan ini dikirim ke server pada sinkronisasi berikutnya.', {
                action: t(statusActionLabel(confirming)),
              })}
            </p>
            <div className="field">
              <label htmlFor={reasonId}>{t('Alasan (boleh dikosongkan)')}</label>
              <input
                id={reasonId}
                data-testid="record-confirm-reason"
                value={reason}
                onChange={(event) => setReason(event.target.value)}
              />
            </div>
            <div className="actions">
              <button
                type="button"
                className="button primary"
                data-testid="record-confirm-yes"
                disabled={busy}
                onClick={() =>
                  void change({ status: confirming, ...(reason.trim() ? { statusReason: reason.trim() } : {}) }).then(
                    (ok) => {
                      if (ok) {
                        setConfirming(null);
                        setReason('');
                      }
                    },
                  )
                }
              >
                {t('Ya, {{action}}', { action: t(statusActionLabel(confirming)).toLowerCase() })}
              </button>
              <button type="button" className="button secondary" onClick={() => setConfirming(null)}>
                {t('Batal')}
              </button>
            </div>
          </div>
        )}
        {editing && (
          <form
            className="card"
            data-testid="record-edit-form"
            onSubmit={(event) => {
              event.preventDefault();
              const patch: Record<string, unknown> = {};
              for (const [field, value] of Object.entries(editing))
                if (value !== text(row.fields[field])) patch[field] = value;
              if (Object.keys(patch).length === 0) return setEditing(null);
              void change(patch).then((ok) => ok && setEditing(null));
            }}
          >
            <div className="grid">
              {Object.entries(editing).map(([field, value]) => (
                <div className="field" key={field}>
                  <label htmlFor={`${reasonId}-${field}`}>{fieldName(entity, field, language)}</label>
                  <input
                    id={`${reasonId}-${field}`}
                    data-testid={`record-edit-field-${field}`}
                    value={value}
                    onChange={(event) => setEditing({ ...editing, [field]: event.target.value })}
                  />
                </div>
              ))}
            </div>
            <div className="actions">
              <button type="submit" className="button primary" data-testid="record-edit-save" disabled={busy}>
                {t('Simpan perubahan')}
              </button>
              <button type="button" className="button secondary" onClick={() => setEditing(null)}>
                {t('Batal')}
              </button>
            </div>
          </form>
        )}
        {error && (
          <p className="error-box" role="alert" data-testid="record-action-error" data-code={error.code}>
            {error.issues?.length || error.text
              ? saveErrorText(error, lang)
              : errors.forCode(error.code, error.message)}
          </p>
        )}
      </section>

      <div className="record-grid">
        <section className="record-section" aria-labelledby="fields-title">
          <h2 id="fields-title">{t('Isian')}</h2>
          <dl className="record-fields" data-testid="record-fields">
            {shownFields.map(([field, value]) => (
              <div key={field} style={{ display: 'contents' }}>
                <dt>{fieldName(entity, field, language)}</dt>
                <dd data-field={field}>
                  {field === 'createdBy' && typeof value === 'string'
                    ? (names.get(value) ?? value)
                    : showValue(field, value, language)}
                </dd>
              </div>
            ))}
          </dl>
        </section>
        <section className="record-section" aria-labelledby="photo-title" data-testid="record-photos">
          <h2 id="photo-title">{t('Foto')}</h2>
          {photos.length === 0 && !actions.canSetPhoto && <p className="muted">{t('Tidak ada foto.')}</p>}
          {actions.canSetPhoto ? (
            <PhotoField
              label={t('Foto pemohon')}
              testId="record-photo"
              value={isAttachmentRef(row.fields.photo) ? row.fields.photo : null}
              onChange={(ref) => void change({ photo: ref })}
            />
          ) : (
            photos.map((photo) => (
              <AttachmentView key={photo.sha256} attachment={photo} server={online ? server : undefined} />
            ))
          )}
        </section>
      </div>

      {rejections.length > 0 && (
        <section className="record-section" aria-labelledby="rejections-title" data-testid="record-rejections">
          <h2 id="rejections-title">{t('Ditolak server')}</h2>
          <ul className="history">
            {rejections.map((rejection) => (
              <li
                key={rejection.change.id}
                className="rejected"
                data-testid="record-page-rejection"
                data-code={rejection.reason.code}
              >
                <strong>{errors.forCode(rejection.reason.code, rejection.reason.message)}</strong>
                {rejection.reason.field ? ` (${fieldName(entity, rejection.reason.field, language)})` : ''}
                <p className="what">
                  {t('Isian yang ditolak: {{fields}}', {
                    fields: changedFields(entity, rejection.change.fields, lang),
                  })}
                </p>
                <p className="when">
                  {t('Ditolak {{time}}', { time: dateTime(rejection.rejectedAt) })}
                  {rejection.dismissed ? ` · ${t('sudah ditandai dibaca')}` : ''}
                </p>
                {!rejection.dismissed && (
                  <button
                    type="button"
                    className="button secondary small"
                    onClick={() => void storage.dismissRejection(rejection.change.id)}
                  >
                    {t('Tandai sudah dibaca')}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section
        className="record-section"
        aria-labelledby="conflicts-title"
        data-testid="record-conflicts"
        data-count={conflicts.size}
      >
        <h2 id="conflicts-title">{t('Konflik')}</h2>
        {conflicts.size === 0 ? (
          <p className="muted">{t('Tidak ada konflik tercatat menurut data terakhir dari server.')}</p>
        ) : (
          [...conflicts.values()].map((conflict) => (
            <div
              key={conflict.id}
              className="conflict"
              data-testid="record-conflict"
              data-field={conflict.field}
              data-status={conflict.status}
            >
              <p>
                <strong>{fieldName(entity, conflict.field, language)}</strong> {t('diubah bersamaan.')}{' '}
                {conflict.status === 'resolved' ? t('Sudah diselesaikan.') : t('Nilai yang berlaku:')}
              </p>
              <p className="small">
                {t('Berlaku:')} {showValue(conflict.field, conflict.winner.value, language)} — {who(conflict.winner)},{' '}
                {dateTime(hlcTime(conflict.winner.hlc))}
              </p>
              <p className="small">
                {t('Tertimpa:')} {showValue(conflict.field, conflict.loser.value, language)} — {who(conflict.loser)},{' '}
                {dateTime(hlcTime(conflict.loser.hlc))}
              </p>
              {conflict.status === 'open' && actions.editableFields.includes(conflict.field) && (
                <button
                  type="button"
                  className="button secondary small"
                  disabled={busy}
                  onClick={() => void change({ [conflict.field]: conflict.loser.value })}
                >
                  {t('Pakai nilai yang tertimpa')}
                </button>
              )}
            </div>
          ))
        )}
      </section>

      <section
        className="record-section"
        aria-labelledby="history-title"
        data-testid="record-history"
        data-count={items.length}
      >
        <h2 id="history-title">{t('Riwayat')}</h2>
        <ol className="history">
          {items.map((item) => (
            <li
              key={item.changeId}
              className={item.state}
              data-testid="history-item"
              data-state={item.state}
              data-change-id={item.changeId}
            >
              <span className="when">
                {dateTime(item.at)} · {who(item)} · {t(historyStateLabels[item.state])}
              </span>
              <p className="what">
                {item.deleted ? t('Data dihapus') : changedFields(entity, item.fields, lang, names)}
              </p>
              {item.reason && <p className="reason">{errors.forCode(item.reason.code, item.reason.message)}</p>}
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}
