import type { SyncState } from '@keliling/sync';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, useState } from 'react';
import { useServices } from '../app/services';
import type { RecordViewRow } from '../db/database';
import { isServiceEntity, type RecordFilter, type ServiceEntity, serviceEntities } from '../db/recordFilters';
import { listRecordViews } from '../db/recordViews';
import { useErrorMessages } from '../ui/errors';
import { FilterBar, FilterInput, FilterSelect } from '../ui/FilterBar';
import { useLiveQuery } from '../ui/useLiveQuery';
import { entityName, recordHash, serviceStatuses, statusName, text } from './recordLabels';
import './records.css';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/useFormat';
import { syncStateLabels } from './syncStateLabels';
import { useDebounced, useRecordSource, useRecordWindow } from './useRecordKeys';

/** What the row shows: the visible record, or (for a refused new record) what the officer had typed. */
function shown(row: RecordViewRow): Record<string, unknown> {
  const typed = Object.assign({}, ...row.rejections.map((rejection) => rejection.fields)) as Record<string, unknown>;
  return { ...typed, ...row.fields };
}

const rowHeight = 52;
const syncStates: SyncState[] = ['pending', 'synced', 'rejected'];

/** The unit's visits (for the visit filter), newest first. */
function useVisitOptions(): { id: string; label: string }[] {
  const { db, vault } = useServices();
  const { date } = useFormat();
  return useLiveQuery(
    async () =>
      (await listRecordViews(db, vault.cipher(), 'visits'))
        .filter((visit) => !visit.deleted)
        .map((visit) => ({
          id: visit.entityId,
          label: [
            text(visit.fields.date) ? date(text(visit.fields.date)) : '',
            text(visit.fields.villageName) || text(visit.fields.villageCode),
          ]
            .filter(Boolean)
            .join(' · '),
        })),
    [db, vault],
    [],
  );
}

/**
 * Every record of the field services on this device, newest first, with search (NIK, receipt number, name) and
 * filters (service, status, visit, sync state). Stays fast with 100,000 records: the filters are index lookups
 * that return keys only, and only the rows on screen are loaded and decrypted (virtualised with
 * @tanstack/react-virtual).
 */
export function RecordsList() {
  const { t } = useTranslation();
  const { dateTime, language } = useFormat();
  const errors = useErrorMessages();
  const [search, setSearch] = useState('');
  const [entity, setEntity] = useState<ServiceEntity | ''>('');
  const [status, setStatus] = useState('');
  const [syncState, setSyncState] = useState<SyncState | ''>('');
  const [visitId, setVisitId] = useState('');
  const settledSearch = useDebounced(search, 150);
  const filter: RecordFilter = {
    ...(entity ? { entity } : {}),
    ...(status ? { status } : {}),
    ...(syncState ? { syncState } : {}),
    ...(visitId ? { visitId } : {}),
    ...(settledSearch.trim() ? { search: settledSearch } : {}),
  };
  const source = useRecordSource(filter);
  const total = source?.total ?? null;
  const visits = useVisitOptions();
  const filtered = Boolean(entity || status || syncState || visitId || settledSearch.trim());

  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: total ?? 0,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = (items.at(-1)?.index ?? -1) + 1;
  const rows = useRecordWindow(source, first, last);
  const paddingTop = items[0]?.start ?? 0;
  const paddingBottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);

  return (
    <section aria-labelledby="records-title" className="records-page">
      <h1 id="records-title">{t('Data tercatat')}</h1>
      <p className="muted">
        {t('Semua data layanan yang dicatat di perangkat ini dan status pengirimannya ke server.')}
      </p>
      <FilterBar className="records-filters">
        <FilterInput
          label={t('Cari NIK, nomor tanda terima, atau nama')}
          testId="records-search"
          className="search-field"
          placeholder={t('16 angka NIK, SIM-…, atau awal nama')}
          value={search}
          onChange={setSearch}
        />
        <FilterSelect
          label={t('Layanan')}
          testId="records-filter-service"
          value={entity}
          allLabel={t('Semua layanan')}
          options={serviceEntities.map((name) => ({ value: name, label: entityName(name, language) }))}
          onChange={(value) => {
            setEntity(isServiceEntity(value) ? value : '');
            setStatus('');
          }}
        />
        <FilterSelect
          label={t('Status')}
          testId="records-filter-status"
          value={status}
          allLabel={t('Semua status')}
          options={serviceStatuses(entity || undefined).map((value) => ({ value, label: statusName(value, language) }))}
          onChange={setStatus}
        />
        <FilterSelect
          label={t('Kunjungan')}
          testId="records-filter-visit"
          value={visitId}
          allLabel={t('Semua kunjungan')}
          options={visits.map((visit) => ({ value: visit.id, label: visit.label || visit.id }))}
          onChange={setVisitId}
        />
        <FilterSelect
          label={t('Status sinkron')}
          testId="records-filter-sync"
          value={syncState}
          allLabel={t('Semua')}
          options={syncStates.map((state) => ({ value: state, label: t(syncStateLabels[state]) }))}
          onChange={(value) => setSyncState(syncStates.find((state) => state === value) ?? '')}
        />
      </FilterBar>
      <p className="muted small" aria-live="polite" data-testid="records-count" data-count={total ?? ''}>
        {total === null
          ? t('Memuat…')
          : t('{{formattedCount}} data', { count: total, formattedCount: total.toLocaleString(`${language}-ID`) })}
      </p>
      {total === 0 ? (
        <p className="empty" data-testid="records-empty">
          {filtered
            ? t('Tidak ada data yang cocok dengan pencarian atau saringan ini.')
            : t('Belum ada data. Catat permohonan baru di menu layanan.')}
        </p>
      ) : (
        <div className="records-scroll" ref={scroller} data-testid="records-scroll">
          <table className="records" data-testid="records-table" aria-rowcount={(total ?? 0) + 1}>
            <caption className="visually-hidden">{t('Data layanan dan status sinkronisasinya')}</caption>
            <thead>
              <tr aria-rowindex={1}>
                <th scope="col">{t('No. tanda terima')}</th>
                <th scope="col">{t('Layanan')}</th>
                <th scope="col">{t('Nama')}</th>
                <th scope="col">{t('NIK')}</th>
                <th scope="col">{t('Dicatat')}</th>
                <th scope="col">{t('Status')}</th>
                <th scope="col">{t('Status sinkron')}</th>
              </tr>
            </thead>
            <tbody>
              {paddingTop > 0 && (
                <tr className="spacer">
                  <td colSpan={7} style={{ height: paddingTop, padding: 0, border: 0 }} />
                </tr>
              )}
              {items.map((item) => {
                const row = rows[item.index - first];
                if (!row) {
                  return (
                    <tr key={item.key} data-index={item.index} aria-rowindex={item.index + 2} className="placeholder">
                      <td colSpan={7}>…</td>
                    </tr>
                  );
                }
                const fields = shown(row);
                return (
                  <tr
                    key={`${row.entity}/${row.entityId}`}
                    ref={virtualizer.measureElement}
                    data-index={item.index}
                    aria-rowindex={item.index + 2}
                    data-testid="record-row"
                    data-record-id={row.entityId}
                    data-entity={row.entity}
                    data-sync-state={row.syncState}
                  >
                    <td className="mono" data-testid="record-receipt">
                      <a href={recordHash(row.entity, row.entityId)} data-testid="record-open">
                        {text(fields.receiptNumber) || row.entityId.slice(-8)}
                      </a>
                    </td>
                    <td>{entityName(row.entity, language)}</td>
                    <td>
                      {text(fields.fullName) ||
                        text(fields.reporterName) ||
                        text(fields.complainantName) ||
                        text(fields.organizerName)}
                    </td>
                    <td className="mono">{text(fields.nik)}</td>
                    <td>{fields.createdAt ? dateTime(text(fields.createdAt)) : ''}</td>
                    <td data-testid="record-status" data-status={text(fields.status)}>
                      {row.deleted ? t('Dihapus') : statusName(fields.status, language)}
                    </td>
                    <td>
                      <span className={`badge badge-${row.syncState}`} data-testid="record-sync-state">
                        {t(syncStateLabels[row.syncState])}
                      </span>
                      {row.rejections.map((rejection) => (
                        <p
                          className="reason"
                          key={rejection.changeId}
                          data-testid="record-rejection"
                          data-code={rejection.code}
                        >
                          {errors.forCode(rejection.code, rejection.message)}
                          {rejection.field ? ` (${rejection.field})` : ''}
                        </p>
                      ))}
                    </td>
                  </tr>
                );
              })}
              {paddingBottom > 0 && (
                <tr className="spacer">
                  <td colSpan={7} style={{ height: paddingBottom, padding: 0, border: 0 }} />
                </tr>
              )}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
