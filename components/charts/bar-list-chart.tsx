"use client";

import { Bar, BarChart, CartesianGrid, Cell, ReferenceLine, XAxis, YAxis } from "recharts";
import type { Locale } from "@/lib/i18n/config";
import { formatNumber, formatPercent } from "@/lib/i18n/format";
import { accent, attention, reference } from "./palette";
import { barListHeight } from "./sizes";

export interface BarRow {
  label: string;
  value: number;
  /** Drawn in the attention colour (a remote village, a commune falling behind). */
  marked?: boolean;
}

/**
 * Horizontal bars, one per row, with an optional reference line (the province median, the norm
 * of 20). Fixed size so it prints; aria-hidden because the figure holds the table equivalent.
 */
export function BarListChart({
  rows,
  locale,
  percent = false,
  referenceValue,
  width = 420,
  rowHeight = 22,
  labelWidth = 130,
}: {
  rows: BarRow[];
  locale: Locale;
  percent?: boolean;
  referenceValue?: number | null;
  width?: number;
  rowHeight?: number;
  labelWidth?: number;
}) {
  const format = (v: number) => (percent ? formatPercent(v, locale, 0) : formatNumber(v, locale));
  const height = barListHeight(rows.length, rowHeight);
  return (
    <div aria-hidden="true" className="overflow-hidden">
      <BarChart
        width={width}
        height={height}
        data={rows}
        layout="vertical"
        margin={{ top: 4, right: 40, bottom: 4, left: 0 }}
        accessibilityLayer={false}
      >
        <CartesianGrid stroke="#e2e8f0" horizontal={false} />
        <XAxis
          type="number"
          domain={percent ? [0, 1] : [0, "auto"]}
          tick={{ fontSize: 10, fill: "#475569" }}
          tickLine={false}
          axisLine={false}
          tickFormatter={format}
          allowDecimals={percent}
        />
        <YAxis
          type="category"
          dataKey="label"
          width={labelWidth}
          tick={{ fontSize: 11, fill: "#334155" }}
          tickLine={false}
          axisLine={{ stroke: "#cbd5e1" }}
          interval={0}
        />
        <Bar
          dataKey="value"
          isAnimationActive={false}
          barSize={Math.min(14, rowHeight - 6)}
          label={{ position: "right", fontSize: 10, fill: "#334155", formatter: (v: unknown) => format(Number(v)) }}
        >
          {rows.map((r) => (
            <Cell key={r.label} fill={r.marked ? attention : accent} />
          ))}
        </Bar>
        {referenceValue != null ? <ReferenceLine x={referenceValue} stroke={reference} strokeDasharray="4 3" /> : null}
      </BarChart>
    </div>
  );
}
