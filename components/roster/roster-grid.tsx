import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { isoWeekday } from "@/lib/db/seed/demo-calendar";
import { formatDate } from "@/lib/i18n/format";
import type { Gap } from "@/lib/roster/gaps";
import type { Period } from "@/lib/roster/period";
import type { RosterEntryRow } from "@/lib/roster/queries";

// The roster as it hangs on the wall: the week as day × shift, the month as a calendar. Today is
// highlighted, a day short of people is marked, and each duty links to its page (the director
// edits it there).

const shifts = ["morning", "afternoon", "full_day"] as const;

interface GridProps {
  period: Period;
  entries: RosterEntryRow[];
  gaps: Gap[];
  today: string;
  closed: ReadonlySet<string>;
  editable: boolean;
}

function Person({ entry, editable, withTask }: { entry: RosterEntryRow; editable: boolean; withTask: boolean }) {
  const body = (
    <>
      <span className="font-medium">{entry.memberName}</span>
      {withTask && entry.task ? (
        <span className="block text-[11px] text-slate-500 print:text-[8px]">{entry.task}</span>
      ) : null}
    </>
  );
  return (
    <li className="leading-tight" data-testid="roster-person">
      {editable ? (
        <Link href={`/roster/entries/${entry.id}`} className="hover:underline">
          {body}
        </Link>
      ) : (
        body
      )}
    </li>
  );
}

async function DayHeading({ day, today, gap }: { day: string; today: string; gap?: Gap }) {
  const t = await getTranslations("roster");
  return (
    <div>
      <span className="block">{t(`weekdays.${isoWeekday(day)}`)}</span>
      <span className="tabular text-xs font-normal">{formatDate(day)}</span>
      {day === today ? (
        <span className="ml-1 rounded bg-union-600 px-1 text-[10px] text-white print:hidden">{t("today")}</span>
      ) : null}
      {gap ? (
        <span className="block text-[11px] font-medium text-danger-700" data-testid="roster-gap">
          {t("gap", { have: gap.have, need: gap.need })}
        </span>
      ) : null}
    </div>
  );
}

export async function RosterWeek({ period, entries, gaps, today, closed, editable }: GridProps) {
  const t = await getTranslations("roster");
  const gapOf = new Map(gaps.map((g) => [g.day, g]));
  const used = shifts.filter((s) => entries.some((e) => e.shift === s));
  const rows = used.length > 0 ? used : (["full_day"] as const);
  return (
    <table className="w-full table-fixed border-collapse text-sm print:text-[9px]" data-testid="roster-week">
      <thead>
        <tr>
          <th scope="col" className="w-20 border border-slate-300 bg-slate-50 px-2 py-1 text-left">
            {t("day")}
          </th>
          {period.days.map((day) => (
            <th
              key={day}
              scope="col"
              className={`border border-slate-300 px-2 py-1 text-left align-top ${day === today ? "bg-union-50 print:bg-white" : "bg-slate-50"} ${gapOf.has(day) ? "border-t-2 border-t-danger-500" : ""}`}
              {...(day === today ? { "aria-current": "date" as const } : {})}
            >
              <DayHeading day={day} today={today} gap={gapOf.get(day)} />
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((shift) => (
          <tr key={shift}>
            <th scope="row" className="border border-slate-300 bg-slate-50 px-2 py-1 text-left align-top">
              {t(`shifts.${shift}`)}
            </th>
            {period.days.map((day) => {
              const here = entries.filter((e) => e.day === day && e.shift === shift);
              return (
                <td
                  key={day}
                  className={`border border-slate-300 px-2 py-1 align-top ${day === today ? "bg-union-50/50 print:bg-white" : ""}`}
                >
                  {closed.has(day) && here.length === 0 ? (
                    <span className="text-xs text-slate-600">{t("closed")}</span>
                  ) : (
                    <ul className="space-y-1">
                      {here.map((e) => (
                        <Person key={e.id} entry={e} editable={editable} withTask />
                      ))}
                    </ul>
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export async function RosterMonth({ period, entries, gaps, today, closed, editable }: GridProps) {
  const t = await getTranslations("roster");
  const gapOf = new Map(gaps.map((g) => [g.day, g]));
  // Pad to whole weeks, Monday first.
  const lead = isoWeekday(period.from) - 1;
  const cells: (string | null)[] = [...Array<null>(lead).fill(null), ...period.days];
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks = Array.from({ length: cells.length / 7 }, (_, i) => cells.slice(i * 7, i * 7 + 7));
  const short = { morning: t("shifts.morning"), afternoon: t("shifts.afternoon"), full_day: "" } as const;
  return (
    <table className="w-full table-fixed border-collapse text-xs print:text-[7px]" data-testid="roster-month">
      <thead>
        <tr>
          {[1, 2, 3, 4, 5, 6, 7].map((d) => (
            <th key={d} scope="col" className="border border-slate-300 bg-slate-50 px-1 py-1 text-left">
              {t(`weekdays.${d}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {weeks.map((week, i) => (
          <tr key={i}>
            {week.map((day, j) => {
              if (!day) return <td key={j} className="border border-slate-200 bg-slate-50/50" />;
              const here = entries.filter((e) => e.day === day);
              const gap = gapOf.get(day);
              return (
                <td
                  key={day}
                  className={`border border-slate-300 px-1 py-0.5 align-top ${day === today ? "bg-union-50 print:bg-white" : ""} ${gap ? "outline outline-1 -outline-offset-1 outline-danger-500" : ""}`}
                  {...(day === today ? { "aria-current": "date" as const } : {})}
                >
                  <div className="flex justify-between font-semibold tabular">
                    <span>{day.slice(8)}</span>
                    {gap ? (
                      <span className="text-danger-700" data-testid="roster-gap">
                        {t("gap", { have: gap.have, need: gap.need })}
                      </span>
                    ) : null}
                  </div>
                  {closed.has(day) && here.length === 0 ? <span className="text-slate-600">{t("closed")}</span> : null}
                  <ul>
                    {here.map((e) => (
                      <li key={e.id} className="leading-tight" data-testid="roster-person">
                        {short[e.shift] ? <span className="text-slate-500">{short[e.shift]}: </span> : null}
                        {editable ? (
                          <Link href={`/roster/entries/${e.id}`} className="hover:underline">
                            {e.memberName}
                          </Link>
                        ) : (
                          e.memberName
                        )}
                      </li>
                    ))}
                  </ul>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
