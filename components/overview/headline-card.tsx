import { ArrowDownRight, ArrowRight, ArrowUpRight } from "lucide-react";

export type ChangeDirection = "up" | "down" | "same" | "none";

/** One headline figure: the number, its change on the previous period and its target progress. */
export function HeadlineCard({
  label,
  value,
  detail,
  change,
  target,
  note,
  testId,
}: {
  label: string;
  value: string;
  detail?: string;
  change?: { text: string; direction: ChangeDirection };
  /** Progress 0..1 against the target, with its sentence; or just a "no target" note. */
  target?: { text: string; done?: string; progress: number | null };
  /** Says what the figure is not narrowed by (e.g. the channel filter), with the reason as a tooltip. */
  note?: { text: string; reason: string };
  testId: string;
}) {
  const Arrow = change?.direction === "up" ? ArrowUpRight : change?.direction === "down" ? ArrowDownRight : ArrowRight;
  const changeTone =
    change?.direction === "up" ? "text-covered-600" : change?.direction === "down" ? "text-gap-700" : "text-slate-500";
  const progress = target?.progress ?? null;
  return (
    <div
      className="flex flex-col rounded-lg border border-slate-200 bg-white px-3.5 py-2.5 shadow-sm"
      data-testid={testId}
    >
      <p className="text-xs font-medium leading-tight text-slate-600">{label}</p>
      <p className="tabular mt-1 text-2xl font-semibold leading-none text-slate-900" data-testid={`${testId}-value`}>
        {value}
      </p>
      {detail ? <p className="tabular mt-1 text-xs text-slate-500">{detail}</p> : null}
      {change ? (
        <p
          className={`mt-1 flex items-start gap-0.5 text-[11px] leading-tight ${changeTone}`}
          data-testid={`${testId}-change`}
        >
          {change.direction !== "none" ? <Arrow className="h-3.5 w-3.5 shrink-0" aria-hidden /> : null}
          <span className="tabular">{change.text}</span>
        </p>
      ) : null}
      {note ? (
        <p
          className="mt-1 text-[11px] italic leading-tight text-slate-600"
          title={note.reason}
          data-testid={`${testId}-note`}
        >
          {note.text}
          <span className="sr-only">: {note.reason}</span>
        </p>
      ) : null}
      {target ? (
        <div className="mt-auto pt-1.5">
          <p className="tabular text-[11px] leading-tight text-slate-500">{target.text}</p>
          {progress !== null ? (
            <div className="mt-1 flex items-center gap-1.5">
              <div className="h-1.5 flex-1 overflow-hidden rounded-full bg-slate-100" aria-hidden>
                <div
                  className={`h-full ${progress >= 1 ? "bg-covered-500" : "bg-union-500"}`}
                  style={{ width: `${Math.min(100, Math.max(0, progress * 100)).toFixed(1)}%` }}
                />
              </div>
              <span className="tabular text-[11px] font-medium text-slate-700" data-testid={`${testId}-target`}>
                {target.done}
              </span>
            </div>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
