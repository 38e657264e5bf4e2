/** One headline figure: label, big number, an optional detail line and progress bar. */
export function HeadlineCard({
  label,
  value,
  detail,
  progress,
  tone = "neutral",
  testId,
}: {
  label: string;
  value: string;
  detail?: string;
  /** 0..1, drawn as a bar when given. */
  progress?: number;
  tone?: "neutral" | "covered" | "gap";
  testId?: string;
}) {
  const bar = tone === "gap" ? "bg-gap-500" : tone === "covered" ? "bg-covered-500" : "bg-union-500";
  return (
    <div className="rounded-lg border border-slate-200 bg-white px-4 py-3 shadow-sm" data-testid={testId}>
      <p className="text-xs font-medium text-slate-500">{label}</p>
      <p className="tabular mt-1 text-2xl font-semibold text-slate-900" data-testid={testId ? `${testId}-value` : undefined}>
        {value}
      </p>
      {detail ? <p className="tabular mt-0.5 text-xs text-slate-500">{detail}</p> : null}
      {progress !== undefined ? (
        <div className="mt-2 h-1.5 w-full overflow-hidden rounded-full bg-slate-100" aria-hidden>
          <div className={`h-full ${bar}`} style={{ width: `${Math.min(100, Math.max(0, progress * 100)).toFixed(1)}%` }} />
        </div>
      ) : null}
    </div>
  );
}
