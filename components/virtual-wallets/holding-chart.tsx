'use client';

import { useLocale } from 'next-intl';
import { CartesianGrid, ComposedChart, Legend, Line, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

export interface HoldingPoint {
  /** The day as the reader writes it ("5 de dez."). */
  label: string;
  /** The day's closing real balance and sum of virtual balances, in minor units: only drawn. */
  real: number;
  virtual: number;
  /** The reserve ratio held, in percent (null: no virtual balances that day). */
  ratio: number | null;
  /** What the tooltip shows, formatted by the server from the exact figures. */
  realText: string;
  virtualText: string;
  ratioText: string;
}

export interface HoldingChartLabels {
  real: string;
  virtual: string;
  ratio: string;
  configured: string;
}

/**
 * The holding's real balance and the sum of its virtual balances (left axis) and the reserve ratio
 * they make (right axis, with the configured ratio as a dashed line), one point per day. Drawn with
 * recharts rather than a hand-made SVG: the dashboard already ships it for the charge volume (no
 * second charting library to keep), and this chart needs what it gives, two axes and a tooltip per
 * day, which a static SVG would have to rebuild. Every figure a person reads
 * (tooltip, the accessible summary) is formatted exactly, from minor units; the line heights and
 * the compact axis ticks are only orientation.
 */
export function HoldingChart({
  points,
  labels,
  configuredRatio,
  summary,
  currency,
}: {
  points: HoldingPoint[];
  labels: HoldingChartLabels;
  /** The configured reserve ratio, in percent. */
  configuredRatio: number;
  summary: string;
  /** A two-digit currency (virtual wallets live under BRL holdings). */
  currency: string;
}) {
  const locale = useLocale();
  // A ratio far above the configured one is drawn at the top of its axis (the tooltip says it), so
  // the line stays readable around the reserve that matters.
  const ceiling = Math.max(configuredRatio * 2, 200);
  const data = points.map((point) => ({ ...point, ratioDrawn: point.ratio === null ? null : Math.min(point.ratio, ceiling) }));
  const money = new Intl.NumberFormat(locale, { style: 'currency', currency, notation: 'compact', maximumFractionDigits: 1 });
  return (
    <figure className="h-64 w-full" role="img" aria-label={summary}>
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 8 }}>
          <CartesianGrid vertical={false} stroke="#e2e8f0" />
          <XAxis dataKey="label" tickLine={false} axisLine={false} interval="preserveStartEnd" minTickGap={24} fontSize={11} stroke="#64748b" />
          {/* Compact ticks ("R$ 1,2 mil") are orientation only: the exact figures are in the tooltip and the page. */}
          <YAxis yAxisId="money" tickLine={false} axisLine={false} fontSize={11} stroke="#64748b" width={72} tickFormatter={(value: number) => money.format(value / 100)} />
          <YAxis
            yAxisId="ratio"
            orientation="right"
            domain={[0, ceiling]}
            tickLine={false}
            axisLine={false}
            fontSize={11}
            stroke="#64748b"
            width={48}
            tickFormatter={(value: number) => `${value}%`}
          />
          <Tooltip
            content={({ active, payload }) => {
              const point = active ? (payload?.[0]?.payload as HoldingPoint | undefined) : undefined;
              if (!point) return null;
              return (
                <div className="rounded-md border border-slate-200 bg-white px-3 py-2 text-xs shadow-sm">
                  <p className="mb-1 font-medium">{point.label}</p>
                  <p>
                    {labels.real}: <span className="tabular-nums">{point.realText}</span>
                  </p>
                  <p>
                    {labels.virtual}: <span className="tabular-nums">{point.virtualText}</span>
                  </p>
                  <p>
                    {labels.ratio}: <span className="tabular-nums">{point.ratioText}</span>
                  </p>
                </div>
              );
            }}
          />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <ReferenceLine yAxisId="ratio" y={configuredRatio} stroke="#64748b" strokeDasharray="4 4" ifOverflow="extendDomain" label={{ value: labels.configured, position: 'insideTopRight', fontSize: 11, fill: '#475569' }} />
          <Line yAxisId="money" dataKey="real" name={labels.real} stroke="#2563eb" strokeWidth={2} dot={false} isAnimationActive={false} />
          <Line yAxisId="money" dataKey="virtual" name={labels.virtual} stroke="#d97706" strokeWidth={2} dot={false} isAnimationActive={false} />
          {/* Dots: a ratio exists only on days with virtual balances, and a lone day would draw no line. */}
          <Line yAxisId="ratio" dataKey="ratioDrawn" name={labels.ratio} stroke="#059669" strokeWidth={1.5} dot={{ r: 2 }} connectNulls={false} isAnimationActive={false} />
        </ComposedChart>
      </ResponsiveContainer>
    </figure>
  );
}
