import { Card } from "@/components/ui/card";

export interface FigureTable {
  head: string[];
  rows: { key: string | number; cells: React.ReactNode[] }[];
}

/**
 * A chart in a card with its legend, an empty state and the same numbers as a table behind a
 * native <details> toggle (keyboard-operable without JavaScript, and printed open).
 */
export function ChartCard({
  title,
  subtitle,
  legend,
  empty,
  emptyText,
  tableLabel,
  table,
  testId,
  note,
  children,
}: {
  title: string;
  subtitle?: React.ReactNode;
  legend?: { label: string; colour: string; dash?: string }[];
  empty: boolean;
  emptyText: string;
  tableLabel: string;
  table: FigureTable;
  testId?: string;
  /** What the card's figures are not narrowed by (e.g. the channel filter), under the title. */
  note?: string;
  children: React.ReactNode;
}) {
  return (
    <Card className="flex flex-col">
      <figure className="flex flex-1 flex-col" data-testid={testId}>
        <figcaption className="flex flex-wrap items-baseline justify-between gap-x-3 border-b border-slate-100 px-4 py-2">
          <span className="text-sm font-semibold text-slate-800">{title}</span>
          {subtitle ? <span className="text-xs text-slate-500">{subtitle}</span> : null}
        </figcaption>
        {note ? (
          <p
            className="px-4 pt-1.5 text-[11px] italic text-slate-600"
            data-testid={testId ? `${testId}-note` : undefined}
          >
            {note}
          </p>
        ) : null}
        {empty ? (
          <p
            className="flex flex-1 items-center justify-center px-4 py-8 text-sm text-slate-500"
            data-testid={testId ? `${testId}-empty` : undefined}
          >
            {emptyText}
          </p>
        ) : (
          <div className="flex flex-1 flex-col px-3 pt-2">
            {legend && legend.length > 0 ? (
              <ul className="flex flex-wrap gap-x-4 gap-y-1 px-1 pb-1 text-xs text-slate-600">
                {legend.map((l) => (
                  <li key={l.label} className="flex items-center gap-1.5">
                    <svg width="18" height="8" aria-hidden="true">
                      <line x1="0" y1="4" x2="18" y2="4" stroke={l.colour} strokeWidth="3" strokeDasharray={l.dash} />
                    </svg>
                    {l.label}
                  </li>
                ))}
              </ul>
            ) : null}
            {children}
          </div>
        )}
        {!empty ? (
          <details className="chart-table border-t border-slate-100 px-4 py-1.5 text-sm">
            <summary className="cursor-pointer select-none rounded text-xs font-medium text-union-600 hover:text-union-700">
              {tableLabel}
            </summary>
            {/* The table grows with its rows instead of scrolling in a box: a nested scroll area is
                out of a keyboard's reach (axe scrollable-region-focusable) and clips in print. */}
            <div className="mt-1.5">
              <table className="w-full text-xs">
                <thead className="bg-slate-50 text-slate-600">
                  <tr>
                    {table.head.map((h, i) => (
                      <th
                        key={h}
                        scope="col"
                        className={`px-2 py-1 font-medium ${i === 0 ? "text-left" : "text-right"}`}
                      >
                        {h}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {table.rows.map((r) => (
                    <tr key={r.key}>
                      {r.cells.map((c, i) =>
                        i === 0 ? (
                          <th key={i} scope="row" className="px-2 py-1 text-left font-normal text-slate-700">
                            {c}
                          </th>
                        ) : (
                          <td key={i} className="tabular px-2 py-1 text-right text-slate-800">
                            {c}
                          </td>
                        ),
                      )}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        ) : null}
      </figure>
    </Card>
  );
}

/** The grey block a widget shows while its query streams in. */
export function WidgetSkeleton({ height = "h-64", label }: { height?: string; label: string }) {
  return (
    <div
      className={`animate-pulse rounded-lg border border-slate-200 bg-white ${height}`}
      role="status"
      aria-label={label}
    >
      <div className="m-4 h-3 w-1/3 rounded bg-slate-200" />
      <div className="mx-4 mt-6 h-2/3 rounded bg-slate-100" />
    </div>
  );
}

/**
 * A chart card's skeleton at the card's final size: the same caption, legend row, chart box and
 * table toggle, so the page below does not jump when the card streams in (a CLS of 0.6 on
 * /province came from skeletons of another size). `chartHeight` is the chart's fixed pixel height.
 */
export function ChartCardSkeleton({
  title,
  chartHeight,
  legend = false,
  label,
}: {
  title: string;
  chartHeight: number;
  legend?: boolean;
  label: string;
}) {
  return (
    <Card className="flex flex-col">
      <div className="flex flex-1 animate-pulse flex-col" role="status" aria-label={label}>
        <div className="border-b border-slate-100 px-4 py-2 text-sm font-semibold text-slate-800">{title}</div>
        <div className="flex flex-1 flex-col px-3 pt-2">
          {legend ? (
            <div className="h-5 px-1 pb-1">
              <div className="h-3 w-1/2 rounded bg-slate-200" />
            </div>
          ) : null}
          <div className="rounded bg-slate-100" style={{ height: chartHeight }} />
        </div>
        <div className="border-t border-slate-100 px-4 py-1.5 text-xs">
          <div className="my-0.5 h-3 w-24 rounded bg-slate-200" />
        </div>
      </div>
    </Card>
  );
}
