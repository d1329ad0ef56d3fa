import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnitInfo } from '../coordinator/planningRecords';
import { useFormat } from '../i18n/useFormat';
import type { StaffSession } from '../staff/staffSession';
import type { StaffSync } from '../staff/staffSync';
import { useErrorMessages } from '../ui/errors';
import { FilterBar, FilterInput, FilterSelect, UnitFilter } from '../ui/FilterBar';
import { fetchRecords, type ReviewEntity, reviewEntities } from './hqApi';
import { entityLabel, statusLabel, text } from './hqLabels';
import { RecordDetail } from './RecordDetail';
import { ReviewActionBar } from './ReviewActionBar';
import type { ReviewTarget } from './reviewActions';

const statusFilters = ['submitted', 'verified', 'approved', 'forwarded', 'issued', 'rejected', ''] as const;
const pageSize = 50;

/** Applications waiting for HQ, filtered on the server; verify, approve, reject or issue one or many. */
export function ReviewQueue({ session, sync, units }: { session: StaffSession; sync: StaffSync; units: UnitInfo[] }) {
  const { t } = useTranslation();
  const { dateTime, rupiah, language } = useFormat();
  const errors = useErrorMessages();
  const [entity, setEntity] = useState<ReviewEntity>('sim_applications');
  const [status, setStatus] = useState<string>('submitted');
  const [unitId, setUnitId] = useState('');
  const [q, setQ] = useState('');
  const [selected, setSelected] = useState<Map<string, ReviewTarget>>(new Map());
  const [open, setOpen] = useState<{ entity: string; id: string } | null>(null);

  const query = useInfiniteQuery({
    queryKey: ['hq', 'records', entity, status, unitId, q.trim()],
    queryFn: ({ pageParam }) =>
      fetchRecords(session, entity, { status, unitId, q: q.trim(), limit: pageSize, cursor: pageParam }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => (last.hasMore ? (last.cursor ?? null) : null),
  });
  const rows = query.data?.pages.flatMap((page) => page.records) ?? [];
  const unitName = (id: unknown) => units.find((u) => u.id === id)?.name ?? text(id);
  const targets = [...selected.values()];
  const toggle = (target: ReviewTarget, on: boolean) =>
    setSelected((current) => {
      const next = new Map(current);
      if (on) next.set(target.id, target);
      else next.delete(target.id);
      return next;
    });
  const allSelected = rows.length > 0 && rows.every((row) => selected.has(row.id));

  return (
    <section aria-labelledby="review-title" className="hq-review" data-testid="hq-review">
      <h1 id="review-title">{t('Tinjauan permohonan')}</h1>
      <p className="muted">
        {t(
          'Permohonan dari unit keliling. Pilih satu untuk melihat riwayatnya, atau beberapa untuk tindakan sekaligus.',
        )}
      </p>
      <FilterBar className="hq-filters">
        <FilterSelect
          label={t('Layanan')}
          testId="review-filter-entity"
          value={entity}
          options={reviewEntities.map((name) => ({ value: name, label: entityLabel(name, language) }))}
          onChange={(value) => {
            setEntity(value as ReviewEntity);
            setSelected(new Map());
          }}
        />
        <FilterSelect
          label={t('Status')}
          testId="review-filter-status"
          value={status}
          options={statusFilters.map((s) => ({
            value: s,
            label: s === '' ? t('Semua status') : statusLabel(s, language),
          }))}
          onChange={(value) => {
            setStatus(value);
            setSelected(new Map());
          }}
        />
        <UnitFilter testId="review-filter-unit" units={units} value={unitId} onChange={setUnitId} />
        <FilterInput
          label={t('Cari nama, NIK atau nomor tanda terima')}
          testId="review-search"
          className="grow"
          value={q}
          onChange={setQ}
        />
      </FilterBar>

      {targets.length > 0 ? (
        <ReviewActionBar
          session={session}
          sync={sync}
          targets={targets}
          title={t('{{count}} permohonan dipilih', { count: targets.length })}
          testId="review-bulk"
          onDone={() => setSelected(new Map())}
        />
      ) : null}

      <div className={open ? 'hq-split' : undefined}>
        <div>
          {query.isPending ? (
            <p className="muted" aria-busy="true">
              {t('Memuat permohonan…')}
            </p>
          ) : query.isError ? (
            <p className="error-box" role="alert" data-testid="review-error">
              {errors.forError(query.error)}
            </p>
          ) : rows.length === 0 ? (
            <p className="empty" data-testid="review-empty">
              {t('Tidak ada permohonan dengan filter ini.')}
            </p>
          ) : (
            <table className="records hq-table" data-testid="review-table">
              <caption className="visually-hidden">
                {t('Permohonan {{service}}', { service: entityLabel(entity, language) })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">
                    <input
                      type="checkbox"
                      aria-label={t('Pilih semua yang tampil')}
                      data-testid="review-select-all"
                      checked={allSelected}
                      onChange={(event) =>
                        setSelected(
                          event.target.checked
                            ? new Map(rows.map((r) => [r.id, { entity, id: r.id, status: text(r.fields.status) }]))
                            : new Map(),
                        )
                      }
                    />
                  </th>
                  <th scope="col">{t('No. tanda terima')}</th>
                  <th scope="col">{t('Nama')}</th>
                  <th scope="col">{t('Unit')}</th>
                  <th scope="col">{t('Biaya')}</th>
                  <th scope="col">{t('Dicatat')}</th>
                  <th scope="col">{t('Status')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => {
                  const receipt = text(row.fields.receiptNumber) || row.id;
                  const target = { entity, id: row.id, status: text(row.fields.status) };
                  const isOpen = open?.id === row.id;
                  return (
                    <tr
                      key={row.id}
                      data-testid="review-row"
                      data-record-id={row.id}
                      data-status={target.status}
                      className={isOpen ? 'selected' : undefined}
                    >
                      <td>
                        <input
                          type="checkbox"
                          aria-label={t('Pilih {{receipt}}', { receipt })}
                          data-testid="review-select"
                          checked={selected.has(row.id)}
                          onChange={(event) => toggle(target, event.target.checked)}
                        />
                      </td>
                      <td className="mono">
                        <button
                          type="button"
                          className="link-button"
                          data-testid="review-open"
                          aria-expanded={isOpen}
                          onClick={() => setOpen(isOpen ? null : { entity, id: row.id })}
                        >
                          {receipt}
                        </button>
                      </td>
                      <td>{text(row.fields.fullName) || text(row.fields.eventName)}</td>
                      <td>{unitName(row.fields.unitId)}</td>
                      <td>{typeof row.fields.feeRupiah === 'number' ? rupiah(row.fields.feeRupiah) : '—'}</td>
                      <td>{row.fields.createdAt ? dateTime(text(row.fields.createdAt)) : '—'}</td>
                      <td>
                        <span className={`badge status-${target.status}`} data-testid="review-status">
                          {statusLabel(target.status, language)}
                        </span>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
          {query.hasNextPage ? (
            <button
              type="button"
              className="button secondary small"
              disabled={query.isFetchingNextPage}
              onClick={() => void query.fetchNextPage()}
              data-testid="review-more"
            >
              {query.isFetchingNextPage ? t('Memuat…') : t('Muat lebih banyak')}
            </button>
          ) : null}
        </div>
        {open ? (
          <RecordDetail session={session} sync={sync} entity={open.entity} id={open.id} onClose={() => setOpen(null)} />
        ) : null}
      </div>
    </section>
  );
}
