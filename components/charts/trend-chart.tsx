"use client";

import { CartesianGrid, Line, LineChart, XAxis, YAxis } from "recharts";
import type { Locale } from "@/lib/i18n/config";
import { formatNumber } from "@/lib/i18n/format";

export interface TrendSeries {
  key: string;
  label: string;
  colour: string;
  /** Small counts (signatures, SIMs) read on a right-hand axis so they are not flattened. */
  right?: boolean;
}

/**
 * Lines over the period's buckets. Fixed size so the SVG is rendered on the server and prints;
 * hidden from assistive technology because the figure carries the same numbers as a table.
 */
export function TrendChart({
  points,
  series,
  locale,
  width = 620,
  height = 220,
}: {
  points: ({ label: string } & Record<string, number | string>)[];
  series: TrendSeries[];
  locale: Locale;
  width?: number;
  height?: number;
}) {
  return (
    <div aria-hidden="true" className="overflow-hidden">
      <LineChart
        width={width}
        height={height}
        data={points}
        margin={{ top: 8, right: 8, bottom: 0, left: 0 }}
        accessibilityLayer={false}
      >
        <CartesianGrid stroke="#e2e8f0" vertical={false} />
        <XAxis
          dataKey="label"
          tick={{ fontSize: 11, fill: "#475569" }}
          tickLine={false}
          axisLine={{ stroke: "#cbd5e1" }}
          interval="preserveStartEnd"
          minTickGap={12}
        />
        <YAxis
          yAxisId="left"
          tick={{ fontSize: 11, fill: "#475569" }}
          tickLine={false}
          axisLine={false}
          width={44}
          allowDecimals={false}
          tickFormatter={(v: number) => formatNumber(v, locale)}
        />
        {series.some((s) => s.right) ? (
          <YAxis
            yAxisId="right"
            orientation="right"
            tick={{ fontSize: 11, fill: "#475569" }}
            tickLine={false}
            axisLine={false}
            width={36}
            allowDecimals={false}
            tickFormatter={(v: number) => formatNumber(v, locale)}
          />
        ) : null}
        {series.map((s, i) => (
          <Line
            key={s.key}
            yAxisId={s.right ? "right" : "left"}
            type="monotone"
            dataKey={s.key}
            name={s.label}
            stroke={s.colour}
            strokeWidth={2}
            strokeDasharray={i === 1 ? "6 3" : i === 2 ? "2 2" : undefined}
            dot={points.length <= 16 ? { r: 2.5 } : false}
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </div>
  );
}
