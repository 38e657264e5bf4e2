/** A labelled progress bar; without a total it shows an indeterminate state. */
export function ProgressBar({
  label,
  text,
  done,
  total,
}: {
  label: string;
  text: string;
  done: number;
  total: number;
}) {
  const percent = total > 0 ? Math.min(100, Math.round((done / total) * 100)) : null;
  return (
    <div className="space-y-1">
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent ?? undefined}
        aria-valuetext={text}
        className="h-2 w-full overflow-hidden rounded-full bg-slate-100"
      >
        <div
          className={`h-full rounded-full bg-union-600 transition-[width] ${percent === null ? "w-1/3 animate-pulse" : ""}`}
          style={percent === null ? undefined : { width: `${percent}%` }}
        />
      </div>
      <p className="text-xs text-slate-600 tabular-nums">{text}</p>
    </div>
  );
}
