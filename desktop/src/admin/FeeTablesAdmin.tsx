import {
  type FeeRow,
  type FeeTable,
  feeTableRecordFields,
  feeTablesFromRecords,
  validateRecord,
} from '@keliling/domain';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchAllRecords } from '../hq/hqApi';
import { useFormat } from '../i18n/useFormat';
import type { StaffSession } from '../staff/staffSession';
import { useErrorMessages } from '../ui/errors';
import { publishFeeTable } from './adminApi';
import { Outcome } from './Outcome';
import { useAdminAction } from './useAdminAction';

type EditableRow = FeeRow & { confirmed: boolean };

const rowName = (row: FeeRow) =>
  row.service === 'skck'
    ? `SKCK (${row.nationality})`
    : `SIM ${row.categories.join(', ').replaceAll('_UMUM', ' Umum')}`;

function RowsTable({ rows, testId }: { rows: readonly FeeRow[]; testId?: string }) {
  const { t } = useTranslation();
  const { rupiah } = useFormat();
  return (
    <table className="records admin-fee-rows" data-testid={testId}>
      <thead>
        <tr>
          <th scope="col">{t('Layanan')}</th>
          <th scope="col">{t('Baru')}</th>
          <th scope="col">{t('Perpanjangan')}</th>
          <th scope="col">{t('Terkonfirmasi')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={rowName(r)}>
            <th scope="row">{rowName(r)}</th>
            <td>{rupiah(r.service === 'skck' ? r.rupiah : r.newRupiah)}</td>
            <td>{r.service === 'skck' ? t('(sama)') : rupiah(r.renewalRupiah)}</td>
            <td>{r.confirmed ? t('ya') : t('belum')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The fee tables in force (built-in and published), and a new version with its effective date, copied from the newest. */
export function FeeTablesAdmin({ session }: { session: StaffSession }) {
  const { t } = useTranslation();
  const { date } = useFormat();
  const errors = useErrorMessages();
  const tables = useQuery({
    queryKey: ['admin', 'fee-tables'],
    queryFn: async () => {
      const records = await fetchAllRecords(session, 'fee_tables');
      return feeTablesFromRecords(records.map((r) => ({ ...r, entity: 'fee_tables' })))
        .slice()
        .sort((a, b) => b.validFrom.localeCompare(a.validFrom));
    },
  });
  const [draft, setDraft] = useState<{
    id: string;
    regulation: string;
    validFrom: string;
    notes: string;
    rows: EditableRow[];
  } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const publish = useAdminAction(
    (fields: { id: string; regulation: string; validFrom: string; notes: string; rows: EditableRow[] }) =>
      publishFeeTable(session, {
        id: fields.id,
        regulation: fields.regulation,
        validFrom: fields.validFrom,
        rows: fields.rows,
        ...(fields.notes ? { notes: fields.notes } : {}),
      }),
    (_r, fields) =>
      t('Tabel {{id}} diterbitkan, berlaku mulai {{date}}. Perangkat menerimanya saat sinkron.', {
        id: fields.id,
        date: date(fields.validFrom),
      }),
  );

  const startFrom = (table: FeeTable) => {
    const copy = feeTableRecordFields(table);
    setProblem(null);
    setDraft({
      id: '',
      regulation: '',
      validFrom: '',
      notes: '',
      rows: copy.rows.map((r) => ({ ...r })) as EditableRow[],
    });
  };
  const setRow = (index: number, patch: Partial<Record<string, unknown>>) =>
    setDraft((d) =>
      d ? { ...d, rows: d.rows.map((r, i) => (i === index ? ({ ...r, ...patch } as EditableRow) : r)) } : d,
    );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!draft) return;
    const { id, ...fields } = draft;
    const checked = validateRecord('fee_tables', { ...fields, notes: fields.notes || undefined });
    if (!/^[0-9A-Za-z_-]{1,64}$/.test(id)) return setProblem(t('Kode tabel: huruf, angka, - atau _ saja.'));
    if (!checked.ok)
      return setProblem(
        t('Isian {{field}} tidak sah: {{message}}', { field: checked.field ?? '', message: checked.message }),
      );
    setProblem(null);
    publish.run(draft, { onSuccess: () => setDraft(null) });
  };

  return (
    <section aria-labelledby="fees-title" data-testid="admin-fees">
      <h1 id="fees-title">{t('Tabel tarif PNBP')}</h1>
      <Outcome message={publish.message} testId="fee-publish-outcome" />
      {tables.isError ? (
        <p className="error-box" role="alert">
          {errors.forError(tables.error)}
        </p>
      ) : !tables.data ? (
        <p className="muted">{t('Memuat tabel tarif…')}</p>
      ) : (
        <>
          <ul className="hq-cards" data-testid="fee-table-list">
            {tables.data.map((table) => (
              <li
                key={table.id}
                className="card"
                data-testid="fee-table"
                data-table-id={table.id}
                data-valid-from={table.validFrom}
              >
                <h2 className="admin-fee-title">
                  {table.regulation} <span className="small muted">({table.id})</span>
                </h2>
                <p className="small">
                  {t('Berlaku mulai')} <strong>{date(table.validFrom)}</strong>
                  {table.validFromConfirmed ? '' : ` ${t('(tanggal belum terkonfirmasi)')}`}
                </p>
                <RowsTable rows={table.rows} />
                <button
                  type="button"
                  className="button secondary small"
                  onClick={() => startFrom(table)}
                  data-testid="fee-new-version"
                >
                  {t('Buat versi baru dari tabel ini')}
                </button>
              </li>
            ))}
          </ul>
          {draft ? (
            <form className="card admin-form" onSubmit={submit} data-testid="fee-form" aria-labelledby="fee-form-title">
              <h2 id="fee-form-title">{t('Versi baru tabel tarif')}</h2>
              <div className="admin-grid">
                <div className="field">
                  <label htmlFor="fee-id">{t('Kode tabel')}</label>
                  <input
                    id="fee-id"
                    required
                    value={draft.id}
                    onChange={(e) => setDraft({ ...draft, id: e.target.value })}
                    data-testid="fee-id"
                  />
                </div>
                <div className="field">
                  <label htmlFor="fee-regulation">{t('Peraturan')}</label>
                  <input
                    id="fee-regulation"
                    required
                    value={draft.regulation}
                    onChange={(e) => setDraft({ ...draft, regulation: e.target.value })}
                    data-testid="fee-regulation"
                  />
                </div>
                <div className="field">
                  <label htmlFor="fee-valid-from">{t('Berlaku mulai')}</label>
                  <input
                    id="fee-valid-from"
                    type="date"
                    required
                    value={draft.validFrom}
                    onChange={(e) => setDraft({ ...draft, validFrom: e.target.value })}
                    data-testid="fee-valid-from"
                  />
                </div>
              </div>
              <table className="records admin-fee-rows">
                <caption className="visually-hidden">{t('Tarif per layanan (rupiah)')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('Layanan')}</th>
                    <th scope="col">{t('Baru (Rp)')}</th>
                    <th scope="col">{t('Perpanjangan (Rp)')}</th>
                    <th scope="col">{t('Terkonfirmasi')}</th>
                  </tr>
                </thead>
                <tbody>
                  {draft.rows.map((r, i) => (
                    <tr key={rowName(r)} data-testid="fee-row" data-row={rowName(r)}>
                      <th scope="row">{rowName(r)}</th>
                      <td>
                        <input
                          type="number"
                          min={0}
                          step={1000}
                          aria-label={t('{{service}} baru', { service: rowName(r) })}
                          value={r.service === 'skck' ? r.rupiah : r.newRupiah}
                          onChange={(e) =>
                            setRow(
                              i,
                              r.service === 'skck'
                                ? { rupiah: Number(e.target.value) }
                                : { newRupiah: Number(e.target.value) },
                            )
                          }
                          data-testid="fee-row-new"
                        />
                      </td>
                      <td>
                        {r.service === 'skck' ? (
                          <span className="muted small">{t('(sama)')}</span>
                        ) : (
                          <input
                            type="number"
                            min={0}
                            step={1000}
                            aria-label={t('{{service}} perpanjangan', { service: rowName(r) })}
                            value={r.renewalRupiah}
                            onChange={(e) => setRow(i, { renewalRupiah: Number(e.target.value) })}
                            data-testid="fee-row-renewal"
                          />
                        )}
                      </td>
                      <td>
                        <input
                          type="checkbox"
                          aria-label={t('{{service}} terkonfirmasi', { service: rowName(r) })}
                          checked={r.confirmed}
                          onChange={(e) => setRow(i, { confirmed: e.target.checked })}
                        />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <div className="field">
                <label htmlFor="fee-notes">{t('Catatan')}</label>
                <textarea
                  id="fee-notes"
                  rows={2}
                  value={draft.notes}
                  onChange={(e) => setDraft({ ...draft, notes: e.target.value })}
                />
              </div>
              {problem ? (
                <p className="error-box" role="alert" data-testid="fee-form-problem">
                  {problem}
                </p>
              ) : null}
              <div className="actions">
                <button type="submit" className="button" disabled={publish.pending} data-testid="fee-publish">
                  {t('Terbitkan tabel')}
                </button>
                <button type="button" className="button secondary" onClick={() => setDraft(null)}>
                  {t('Batal')}
                </button>
              </div>
            </form>
          ) : null}
        </>
      )}
    </section>
  );
}
