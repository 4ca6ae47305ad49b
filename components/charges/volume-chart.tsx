'use client';

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis } from 'recharts';

export interface VolumePoint {
  /** The day as the reader writes it ("5 de dez."). */
  label: string;
  /** The day's volume as the reader writes money ("R$ 1.234,56"). */
  amount: string;
  /** The bar's height: the day's minor units. Only drawn, never added or shown. */
  height: number;
}

/**
 * One currency's captured volume per day as bars. Every figure a person reads (axis, tooltip, the
 * accessible summary) arrives formatted by the server from exact minor units; the bars only need
 * relative heights.
 */
export function VolumeChart({ points, summary }: { points: VolumePoint[]; summary: string }) {
  return (
    <figure className="h-48 w-full" role="img" aria-label={summary}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={points} margin={{ top: 8, right: 8, bottom: 0, left: 8 }}>
          <CartesianGrid vertical={false} stroke="#e2e8f0" />
          <XAxis dataKey="label" tickLine={false} axisLine={false} interval="preserveStartEnd" minTickGap={24} fontSize={11} stroke="#64748b" />
          <Tooltip cursor={{ fill: '#f1f5f9' }} formatter={(_value, _name, item) => [(item.payload as VolumePoint).amount, '']} separator="" />
          <Bar dataKey="height" fill="#2563eb" radius={[3, 3, 0, 0]} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
