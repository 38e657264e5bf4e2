import type { ChartShape } from "@/lib/reports/chart-layout";

/**
 * A report chart as plain SVG rendered on the server (no client JavaScript, so it prints from
 * the HTML alone). Grey and black print legibly in black and white; marked bars are hatched-dark.
 * Hidden from assistive technology: the table beside it carries the same figures.
 */
export function ChartSvg({ shape, testId }: { shape: ChartShape; testId: string }) {
  return (
    <svg
      data-testid={testId}
      viewBox={`0 0 ${shape.width} ${shape.height}`}
      width={`${shape.width}pt`}
      height={`${shape.height}pt`}
      aria-hidden="true"
      className="report-chart"
      fontFamily="inherit"
    >
      {shape.lines.map((l, i) => (
        <line key={`l${i}`} x1={l.x1} y1={l.y1} x2={l.x2} y2={l.y2} stroke="#475569" strokeWidth={0.6} />
      ))}
      {shape.rects.map((r, i) => (
        <rect
          key={`r${i}`}
          x={r.x}
          y={r.y}
          width={r.w}
          height={Math.max(0, r.h)}
          fill={r.marked ? "#1e293b" : "#94a3b8"}
        />
      ))}
      {shape.texts.map((t, i) => (
        <text key={`t${i}`} x={t.x} y={t.y} fontSize={t.size} textAnchor={t.anchor} fill="#0f172a">
          {t.text}
        </text>
      ))}
    </svg>
  );
}
