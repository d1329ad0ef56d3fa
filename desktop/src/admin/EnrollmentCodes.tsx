import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnitInfo } from '../coordinator/planningRecords';
import { useFormat } from '../i18n/useFormat';
import { useQrCode } from '../receipts/qrCode';
import type { StaffSession } from '../staff/staffSession';
import { useErrorMessages } from '../ui/errors';
import { type IssuedCode, issueCode, listPendingCodes, listUsers } from './adminApi';
import { Outcome } from './Outcome';
import { useAdminAction } from './useAdminAction';

/** The code just issued, large and as a QR code: it is shown once, the server keeps only its hash. */
function IssuedCodeCard({ issued, unitName }: { issued: IssuedCode; unitName: string }) {
  const qr = useQrCode(issued.code);
  const { t } = useTranslation();
  const { dateTime } = useFormat();
  return (
    <div className="card admin-code" data-testid="enrollment-code-issued" aria-live="polite">
      <div>
        <p className="small muted">{t('Kode pendaftaran untuk {{unit}}', { unit: unitName })}</p>
        <p className="admin-code-text" data-testid="enrollment-code-text">
          {issued.code}
        </p>
        <p className="small">
          {t('Berlaku sampai')} <strong>{dateTime(issued.expiresAt)}</strong>
          {t(
            ', sekali pakai. Kode ini hanya tampil sekarang: catat atau pindai di laptop unit (menu Daftarkan perangkat).',
          )}
        </p>
      </div>
      {qr ? (
        <img
          src={qr}
          alt={t('Kode QR untuk kode pendaftaran {{code}}', { code: issued.code })}
          width={180}
          height={180}
          data-testid="enrollment-code-qr"
        />
      ) : (
        <p className="muted small">{t('Membuat kode QR…')}</p>
      )}
    </div>
  );
}

/** Issue a one-time enrollment code for a unit's laptop, and see the codes still waiting to be used. */
export function EnrollmentCodes({ session, units }: { session: StaffSession; units: UnitInfo[] }) {
  const { t } = useTranslation();
  const { dateTime } = useFormat();
  const errors = useErrorMessages();
  const pending = useQuery({ queryKey: ['admin', 'codes'], queryFn: () => listPendingCodes(session) });
  const users = useQuery({ queryKey: ['admin', 'users'], queryFn: () => listUsers(session) });
  // `user:<id>` as the username an admin recognises; anything else (the CLI, `demo`) as written.
  const author = (by: string | null) =>
    by === null ? '—' : (users.data?.find((u) => `user:${u.id}` === by)?.username ?? by);
  const [unitId, setUnitId] = useState('');
  const [ttlHours, setTtlHours] = useState('24');
  const [issued, setIssued] = useState<IssuedCode | null>(null);
  const chosen = unitId || units[0]?.id || '';
  const issue = useAdminAction(
    () => issueCode(session, chosen, Number(ttlHours) || undefined),
    () => t('Kode dibuat.'),
  );
  const unitName = (id: string) => units.find((u) => u.id === id)?.name ?? id;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setIssued(null);
    issue.run(undefined, { onSuccess: setIssued });
  };

  return (
    <section aria-labelledby="codes-title" data-testid="admin-codes">
      <h1 id="codes-title">{t('Kode pendaftaran perangkat')}</h1>
      <form className="card admin-form" onSubmit={submit}>
        <div className="admin-grid">
          <div className="field">
            <label htmlFor="code-unit">{t('Unit')}</label>
            <select id="code-unit" value={chosen} onChange={(e) => setUnitId(e.target.value)} data-testid="code-unit">
              {units.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="code-ttl">{t('Berlaku (jam)')}</label>
            <input
              id="code-ttl"
              type="number"
              min={1}
              max={720}
              value={ttlHours}
              onChange={(e) => setTtlHours(e.target.value)}
              data-testid="code-ttl"
            />
          </div>
        </div>
        <button type="submit" className="button" disabled={issue.pending || chosen === ''} data-testid="code-create">
          {issue.pending ? t('Membuat…') : t('Buat kode pendaftaran')}
        </button>
        {issue.message && !issue.message.ok ? <Outcome message={issue.message} testId="code-create-outcome" /> : null}
        <p className="small muted">
          {t('Dari server juga bisa:')}{' '}
          <code>
            keliling-server create-enrollment-code --unit {chosen || 'UNIT'} --ttl-hours {ttlHours || 24} --data-dir
            DATA
          </code>
        </p>
      </form>
      {issued ? <IssuedCodeCard issued={issued} unitName={unitName(issued.unitId)} /> : null}

      <h2>{t('Kode yang belum dipakai')}</h2>
      {pending.isError ? (
        <p className="error-box" role="alert">
          {errors.forError(pending.error)}
        </p>
      ) : !pending.data ? (
        <p className="muted">{t('Memuat…')}</p>
      ) : pending.data.length === 0 ? (
        <p className="muted small">{t('Tidak ada kode yang menunggu.')}</p>
      ) : (
        <table className="records" data-testid="code-list">
          <caption className="visually-hidden">
            {t('Kode pendaftaran yang belum dipakai (kodenya sendiri tidak disimpan)')}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('Unit')}</th>
              <th scope="col">{t('Dibuat oleh')}</th>
              <th scope="col">{t('Dibuat')}</th>
              <th scope="col">{t('Kedaluwarsa')}</th>
            </tr>
          </thead>
          <tbody>
            {pending.data.map((c) => (
              <tr key={c.id} data-testid="code-row">
                <td>{unitName(c.unitId)}</td>
                <td>{author(c.createdBy)}</td>
                <td>{dateTime(c.createdAt)}</td>
                <td>{dateTime(c.expiresAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
