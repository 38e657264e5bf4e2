import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { monthGrid } from "@/lib/desks/list-params";
import type { DeskRow } from "@/lib/desks/queries";
import { formatDate } from "@/lib/i18n/format";
import { StatusBadge } from "./status-badge";

/**
 * The month as a table (Monday first): each day a cell listing its desks as links, so the
 * calendar is read and walked with the keyboard like any table of links. Prints on A4 landscape.
 */
export async function MonthCalendar({
  month,
  desks,
  today,
}: {
  month: string;
  desks: readonly DeskRow[];
  today: string;
}) {
  const t = await getTranslations("desks");
  const weekdays = t.raw("weekdays") as string[];
  const byDay = new Map<string, DeskRow[]>();
  for (const d of desks) byDay.set(d.day, [...(byDay.get(d.day) ?? []), d]);
  return (
    <table className="desk-calendar w-full table-fixed border-collapse text-xs" data-testid="desk-calendar">
      <caption className="sr-only">{t("calendarCaption", { month: `${month.slice(5)}/${month.slice(0, 4)}` })}</caption>
      <thead>
        <tr>
          {weekdays.map((w) => (
            <th
              key={w}
              scope="col"
              className="border border-slate-200 bg-slate-50 px-1 py-1 text-left font-medium text-slate-600"
            >
              {w}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {monthGrid(month).map((week) => (
          <tr key={week[0]}>
            {week.map((day) => {
              const list = byDay.get(day) ?? [];
              const outside = day.slice(0, 7) !== month;
              return (
                <td
                  key={day}
                  className={`h-24 border border-slate-200 p-1 align-top ${outside ? "bg-slate-50 text-slate-600" : ""} ${day === today ? "ring-2 ring-inset ring-union-500" : ""}`}
                  data-day={day}
                >
                  <div className="flex items-center justify-between">
                    <span className="tabular font-medium" aria-hidden>
                      {Number(day.slice(8))}
                    </span>
                    <span className="sr-only">{t("dayLabel", { date: formatDate(day), count: list.length })}</span>
                  </div>
                  <ul className="mt-0.5 space-y-0.5">
                    {list.map((d) => (
                      <li key={d.id}>
                        <Link
                          href={`/desks/${d.id}`}
                          className="block rounded px-0.5 hover:bg-union-50 focus:outline-2 focus:outline-union-600"
                          data-testid="calendar-desk"
                        >
                          <span className="tabular">{d.startTime}</span> {d.villageName}{" "}
                          <StatusBadge status={d.status} />
                        </Link>
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
