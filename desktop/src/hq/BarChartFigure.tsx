import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';

export type ChartBar = { label: string; value: number; color?: string };
export type ChartProps = {
  bars: readonly ChartBar[];
  testId: string;
  max?: number;
  format?: (value: number) => string;
  references?: readonly { value: number; label: string }[];
  width?: number;
};

const RechartsBars = lazy(() => import('./RechartsBars').then((m) => ({ default: m.RechartsBars })));

/**
 * A horizontal bar chart (recharts) for a figure whose exact numbers sit in a table beside it: the chart is
 * hidden from screen readers, which read the table instead. With nothing to draw it says so.
 */
export function BarChartFigure(props: ChartProps) {
  const { t } = useTranslation();
  const { bars, testId } = props;
  if (bars.every((b) => b.value === 0)) {
    return (
      <p className="muted small hq-figure" data-testid={testId} data-bars={bars.length} data-empty="true">
        {t('Grafik muncul setelah ada angka pada periode ini.')}
      </p>
    );
  }
  return (
    <Suspense fallback={<p className="muted small hq-figure">{t('Memuat grafik…')}</p>}>
      <RechartsBars {...props} />
    </Suspense>
  );
}
