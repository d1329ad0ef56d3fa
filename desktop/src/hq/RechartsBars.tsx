import { Bar, BarChart, CartesianGrid, Cell, LabelList, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { ChartProps } from './BarChartFigure';

/** The recharts drawing behind BarChartFigure, in its own chunk: only HQ screens with charts load it. */
export function RechartsBars({
  bars,
  testId,
  max,
  format = (v) => String(v),
  references = [],
  width = 460,
}: ChartProps) {
  const height = Math.max(80, bars.length * 34 + 40);
  return (
    <div className="hq-figure" aria-hidden="true" data-testid={testId} data-bars={bars.length}>
      <BarChart
        width={width}
        height={height}
        data={[...bars]}
        layout="vertical"
        margin={{ top: 20, right: 48, bottom: 8, left: 8 }}
      >
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" domain={[0, max ?? 'auto']} allowDecimals={false} tickFormatter={format} fontSize={11} />
        <YAxis type="category" dataKey="label" width={150} fontSize={12} />
        <Tooltip formatter={(v) => format(Number(v))} isAnimationActive={false} />
        {references.map((r) => (
          <ReferenceLine
            key={r.label}
            x={r.value}
            stroke="#999"
            strokeDasharray="4 2"
            label={{ value: r.label, position: 'top', fontSize: 10 }}
          />
        ))}
        <Bar dataKey="value" isAnimationActive={false} fill="var(--brand, #1d4e89)">
          {bars.map((b) => (
            <Cell key={b.label} fill={b.color ?? 'var(--brand, #1d4e89)'} />
          ))}
          <LabelList dataKey="value" position="right" formatter={(v: unknown) => format(Number(v))} fontSize={11} />
        </Bar>
      </BarChart>
    </div>
  );
}
