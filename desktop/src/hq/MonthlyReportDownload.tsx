import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnitInfo } from '../coordinator/planningRecords';
import type { StaffSession } from '../staff/staffSession';
import { useErrorMessages } from '../ui/errors';
import { FilterInput, FilterSelect, unitOptions } from '../ui/FilterBar';
import { fetchMonthlyPdf } from './oversightApi';

const thisMonth = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
};

/** Saves a Blob under `name` through a temporary object URL (the token stays in the request header). */
function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The printable monthly report of a unit (PDF made by the server from the same figures as the monthly JSON). */
export function MonthlyReportDownload({
  session,
  units,
  unitId,
}: {
  session: StaffSession;
  units: UnitInfo[];
  unitId: string;
}) {
  const { t } = useTranslation();
  const errors = useErrorMessages();
  const [chosen, setChosen] = useState('');
  const [month, setMonth] = useState(thisMonth);
  const unit = chosen || unitId || units[0]?.id || '';
  const download = useMutation({
    mutationFn: async () => {
      const blob = await fetchMonthlyPdf(session, unit, month);
      saveBlob(blob, `laporan-${unit}-${month}.pdf`);
      return blob.size;
    },
  });
  return (
    <section aria-labelledby="monthly-title" className="hq-chart card" data-testid="monthly-report">
      <h2 id="monthly-title">{t('Laporan bulanan unit (PDF)')}</h2>
      <p className="small muted">
        {t('Layanan, desa yang dikunjungi, biaya PNBP dan peserta penyuluhan pada bulan itu.')}
      </p>
      <div className="hq-filters">
        <FilterSelect
          label={t('Unit')}
          testId="monthly-unit"
          value={unit}
          options={unitOptions(units)}
          onChange={setChosen}
        />
        <FilterInput type="month" label={t('Bulan')} testId="monthly-month" value={month} onChange={setMonth} />
        <button
          type="button"
          className="button"
          disabled={download.isPending || !unit || !month}
          onClick={() => download.mutate()}
          data-testid="monthly-pdf"
        >
          {download.isPending ? t('Menyiapkan…') : t('Unduh PDF')}
        </button>
      </div>
      {download.isError ? (
        <p className="error-box" role="alert">
          {errors.forError(download.error)}
        </p>
      ) : null}
      {download.isSuccess ? (
        <p className="ok small" role="status" data-testid="monthly-pdf-done">
          Laporan diunduh ({Math.ceil(download.data / 1024)} KB).
        </p>
      ) : null}
    </section>
  );
}
