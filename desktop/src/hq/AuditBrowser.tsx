import { useMutation, useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/useFormat';
import type { StaffSession } from '../staff/staffSession';
import { CursorPager, useCursorPages } from '../ui/CursorPager';
import { useErrorMessages } from '../ui/errors';
import { ActorLabel, nameWithId } from './ActorLabel';
import { entityLabel } from './hqLabels';
import { type AuditFilter, fetchAudit, verifyAudit } from './oversightApi';
import { useActorNames } from './useActorNames';

const short = (hash: string) => hash.slice(0, 10);
/** A local calendar day as the instant it starts (the audit log stores UTC instants). */
const dayStart = (day: string, plusDays = 0) => {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + plusDays).toISOString();
};
const emptyForm = { actor: '', action: '', entity: '', entityId: '', from: '', to: '' };

/** The hash-chained audit log, newest first, filtered on the server; "verify" recomputes the whole chain. */
export function AuditBrowser({ session }: { session: StaffSession }) {
  const { t } = useTranslation();
  const { dateTime, language } = useFormat();
  const errors = useErrorMessages();
  const names = useActorNames(session);
  const [form, setForm] = useState(emptyForm);
  const [filter, setFilter] = useState<AuditFilter>({});
  const pages = useCursorPages();
  const { cursor } = pages;
  const page = useQuery({
    queryKey: ['hq', 'audit', filter, cursor],
    queryFn: () => fetchAudit(session, filter, cursor),
  });
  const verify = useMutation({ mutationFn: () => verifyAudit(session) });
  const brokenSeq = verify.data && !verify.data.ok ? verify.data.seq : null;

  const apply = (e: FormEvent) => {
    e.preventDefault();
    setFilter({
      ...(form.actor.trim() ? { actor: form.actor.trim() } : {}),
      ...(form.action.trim() ? { action: form.action.trim() } : {}),
      ...(form.entity.trim() ? { entity: form.entity.trim() } : {}),
      ...(form.entityId.trim() ? { entityId: form.entityId.trim() } : {}),
      ...(form.from ? { since: dayStart(form.from) } : {}),
      ...(form.to ? { until: dayStart(form.to, 1) } : {}),
    });
    pages.reset();
  };
  const input = (key: keyof typeof emptyForm, text: string, type = 'text') => (
    <div className="field">
      <label htmlFor={`audit-${key}`}>{text}</label>
      <input
        id={`audit-${key}`}
        type={type}
        value={form[key]}
        onChange={(e) => setForm({ ...form, [key]: e.target.value })}
        data-testid={`audit-filter-${key}`}
      />
    </div>
  );

  return (
    <section aria-labelledby="audit-title" data-testid="audit-browser">
      <h1 id="audit-title">{t('Log audit')}</h1>
      <div className="card hq-verify">
        <p className="small">
          {t(
            'Setiap entri menyimpan hash entri sebelumnya. Pemeriksaan menghitung ulang seluruh rantai di server (sama dengan',
          )}{' '}
          <code>keliling-server verify-audit</code>).
        </p>
        <button
          type="button"
          className="button"
          onClick={() => verify.mutate()}
          disabled={verify.isPending}
          data-testid="audit-verify"
        >
          {verify.isPending ? t('Memeriksa…') : t('Periksa rantai hash')}
        </button>
        {verify.isError ? (
          <p className="error-box" role="alert">
            {errors.forError(verify.error)}
          </p>
        ) : verify.data?.ok ? (
          <p className="ok" role="status" data-testid="audit-verify-result" data-ok="true">
            {t('Rantai utuh: {{count}} entri diperiksa ({{time}}).', {
              count: verify.data.entries,
              time: dateTime(verify.data.checkedAt),
            })}
          </p>
        ) : verify.data ? (
          <p
            className="error-box"
            role="alert"
            data-testid="audit-verify-result"
            data-ok="false"
            data-seq={verify.data.seq}
          >
            {t('Rantai rusak mulai entri #{{seq}}:', { seq: verify.data.seq })}{' '}
            {verify.data.reason === 'hash'
              ? t('isi entri ini tidak cocok dengan hash-nya (diubah setelah dicatat).')
              : t('entri ini tidak merujuk hash entri sebelumnya (entri dihapus, disisipkan, atau diubah).')}
            {verify.data.entry
              ? ` ${t('Tercatat: {{action}} oleh {{actor}}, {{time}}.', {
                  action: verify.data.entry.action,
                  actor: nameWithId(names(verify.data.entry.actor), t),
                  time: dateTime(verify.data.entry.at),
                })}`
              : ''}
          </p>
        ) : null}
      </div>
      <form className="hq-filters" onSubmit={apply} aria-label={t('Saring log audit')}>
        {input('actor', t('Pelaku (mis. user:…, device:…)'))}
        {input('action', t('Tindakan (mis. sign_in, export)'))}
        {input('entity', t('Entitas (mis. sim_applications)'))}
        {input('entityId', t('ID data'))}
        {input('from', t('Dari tanggal'), 'date')}
        {input('to', t('Sampai tanggal'), 'date')}
        <div className="actions">
          <button type="submit" className="button" data-testid="audit-apply">
            {t('Terapkan')}
          </button>
          <button
            type="button"
            className="button secondary"
            onClick={() => {
              setForm(emptyForm);
              setFilter({});
              pages.reset();
            }}
          >
            {t('Hapus saringan')}
          </button>
        </div>
      </form>
      {page.isError ? (
        <p className="error-box" role="alert">
          {errors.forError(page.error)}
        </p>
      ) : !page.data ? (
        <p className="muted" aria-busy="true">
          {t('Memuat log…')}
        </p>
      ) : page.data.entries.length === 0 ? (
        <p className="muted" data-testid="audit-empty">
          {t('Tidak ada entri yang cocok.')}
        </p>
      ) : (
        <table className="records hq-audit" data-testid="audit-list">
          <caption className="visually-hidden">{t('Entri log audit, terbaru di atas')}</caption>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">{t('Waktu')}</th>
              <th scope="col">{t('Pelaku')}</th>
              <th scope="col">{t('Tindakan', { context: 'kolom' })}</th>
              <th scope="col">{t('Data')}</th>
              <th scope="col">{t('Rincian')}</th>
              <th scope="col">{t('Hash sebelumnya → hash')}</th>
            </tr>
          </thead>
          <tbody>
            {page.data.entries.map((e) => (
              <tr
                key={e.seq}
                data-testid="audit-row"
                data-seq={e.seq}
                data-action={e.action}
                className={e.seq === brokenSeq ? 'hq-broken' : undefined}
              >
                <td>{e.seq}</td>
                <td>{dateTime(e.at)}</td>
                <td className="hq-author-cell">
                  <ActorLabel actor={e.actor} names={names} />
                </td>
                <td>{e.action}</td>
                <td>
                  {e.entity ? entityLabel(e.entity, language) : '—'}
                  {e.entityId ? <span className="hq-mono small"> {e.entityId}</span> : null}
                </td>
                <td className="hq-mono small">{Object.keys(e.details).length > 0 ? JSON.stringify(e.details) : '—'}</td>
                <td className="hq-mono small" title={`${e.prevHash} → ${e.hash}`} data-testid="audit-hash">
                  {short(e.prevHash)}… → {short(e.hash)}…
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <CursorPager pages={pages} page={page.data} testIdPrefix="audit" />
    </section>
  );
}
