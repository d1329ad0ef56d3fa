import { isLabelKey, label } from '@keliling/domain';
import { useId, useState } from 'react';
import { useServices } from '../app/services';
import type { RecordViewRow } from '../db/database';
import { listRecordViews, searchRecordViews } from '../db/recordViews';
import { messageForCode } from '../ui/errors';
import { formatDateTime, formatRupiah } from '../ui/format';
import { useLiveQuery } from '../ui/useLiveQuery';
import { syncStateLabels } from './syncStateLabels';

const entity = 'sim_applications';

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** A record's status in Bahasa Indonesia (HQ's decisions arrive with the next sync). */
function statusText(value: unknown): string {
  const key = `status.${text(value)}`;
  return isLabelKey(key) ? label(key, 'id') : text(value);
}

/** What the row shows: the visible record, or (for a refused new record) what the officer had typed. */
function shown(row: RecordViewRow): Record<string, unknown> {
  const typed = Object.assign({}, ...row.rejections.map((rejection) => rejection.fields)) as Record<string, unknown>;
  return { ...typed, ...row.fields };
}

/** Every captured SIM application with its sync state, newest first; updates live as records change. */
export function RecordsList() {
  const { db, vault } = useServices();
  const searchId = useId();
  const [search, setSearch] = useState('');
  const rows = useLiveQuery(
    async () => {
      const cipher = vault.cipher();
      return (await searchRecordViews(db, cipher, entity, search)) ?? listRecordViews(db, cipher, entity);
    },
    [db, vault, search],
    null as RecordViewRow[] | null,
  );

  return (
    <section aria-labelledby="records-title">
      <h1 id="records-title">Data tercatat</h1>
      <p className="muted">Semua permohonan yang dicatat di perangkat ini dan status pengirimannya ke server.</p>
      <search className="search">
        <div className="field">
          <label htmlFor={searchId}>Cari NIK atau nama</label>
          <input
            id={searchId}
            data-testid="records-search"
            type="search"
            autoComplete="off"
            placeholder="16 angka NIK, atau awal nama"
            value={search}
            onChange={(event) => setSearch(event.target.value)}
          />
        </div>
      </search>
      {rows === null ? (
        <p className="muted">Memuat…</p>
      ) : rows.length === 0 ? (
        <p className="empty" data-testid="records-empty">
          {search.trim() ? 'Tidak ada data yang cocok dengan pencarian ini.' : 'Belum ada data. Catat permohonan baru di menu Perpanjangan SIM.'}
        </p>
      ) : (
        <table className="records" data-testid="records-table">
          <caption className="visually-hidden">Permohonan SIM dan status sinkronisasinya</caption>
          <thead>
            <tr>
              <th scope="col">No. tanda terima</th>
              <th scope="col">Nama</th>
              <th scope="col">NIK</th>
              <th scope="col">Gol.</th>
              <th scope="col">Biaya</th>
              <th scope="col">Dicatat</th>
              <th scope="col">Status</th>
              <th scope="col">Status sinkron</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const fields = shown(row);
              return (
                <tr key={row.entityId} data-testid="record-row" data-record-id={row.entityId} data-sync-state={row.syncState}>
                  <td className="mono" data-testid="record-receipt">
                    {text(fields.receiptNumber)}
                  </td>
                  <td>{text(fields.fullName)}</td>
                  <td className="mono">{text(fields.nik)}</td>
                  <td>{text(fields.category)}</td>
                  <td>{typeof fields.feeRupiah === 'number' ? formatRupiah(fields.feeRupiah) : ''}</td>
                  <td>{fields.createdAt ? formatDateTime(text(fields.createdAt)) : ''}</td>
                  <td data-testid="record-status" data-status={text(fields.status)}>
                    {statusText(fields.status)}
                  </td>
                  <td>
                    <span className={`badge badge-${row.syncState}`} data-testid="record-sync-state">
                      {syncStateLabels[row.syncState]}
                    </span>
                    {row.rejections.map((rejection) => (
                      <p className="reason" key={rejection.changeId} data-testid="record-rejection" data-code={rejection.code}>
                        {rejection.message || messageForCode(rejection.code)}
                        {rejection.field ? ` (${rejection.field})` : ''}
                      </p>
                    ))}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
