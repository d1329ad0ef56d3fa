import type { ReactNode } from 'react';
import { BarChartFigure, type ChartProps } from './BarChartFigure';

type DataAttributes = Record<`data-${string}`, string | number>;

/** A table of a figure's exact numbers with the same numbers drawn as bars beside it (screen readers read the table). */
export function TableWithChart({ table, chart }: { table: ReactNode; chart: ChartProps }) {
  return (
    <div className="hq-chart-pair">
      {table}
      <BarChartFigure {...chart} />
    </div>
  );
}

/** One row of a two-column table: what (the row's header), its value, and `data-*` attributes for tests. */
export type TwoColumnRow<V> = { key: string; label: string; value: V; data?: DataAttributes };

/** A two-column table (what · its value) with an optional visually hidden caption. */
export function TwoColumnTable({
  testId,
  headers,
  rows,
  caption,
  className,
  data,
  valueClassName,
}: {
  testId: string;
  headers: readonly [string, string];
  rows: readonly TwoColumnRow<ReactNode>[];
  caption?: string;
  className?: string;
  data?: DataAttributes;
  valueClassName?: string;
}) {
  return (
    <table className={className ? `records ${className}` : 'records'} data-testid={testId} {...data}>
      {caption === undefined ? null : <caption className="visually-hidden">{caption}</caption>}
      <thead>
        <tr>
          <th scope="col">{headers[0]}</th>
          <th scope="col">{headers[1]}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} {...row.data}>
            <th scope="row">{row.label}</th>
            <td className={valueClassName}>{row.value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * A two-column figure (what · how many) as a table beside its bar chart. `format` writes the numbers in both;
 * `table` names the table for tests and screen readers (its caption is visually hidden).
 */
export function FigureTable({
  rows,
  headers,
  caption,
  table,
  chartTestId,
  format = String,
  valueClassName,
}: {
  rows: readonly TwoColumnRow<number>[];
  headers: readonly [string, string];
  caption: string;
  table: { testId: string; className?: string; data?: DataAttributes };
  chartTestId: string;
  format?: (value: number) => string;
  valueClassName?: string;
}) {
  return (
    <TableWithChart
      table={
        <TwoColumnTable
          {...table}
          headers={headers}
          caption={caption}
          valueClassName={valueClassName}
          rows={rows.map((row) => ({ ...row, value: format(row.value) }))}
        />
      }
      chart={{ testId: chartTestId, format, bars: rows.map((row) => ({ label: row.label, value: row.value })) }}
    />
  );
}
