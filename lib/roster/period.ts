import { addDays, eachDay, isoWeekday } from "@/lib/db/seed/demo-calendar";

// The periods the roster is shown and counted over, in Vietnam's calendar (weeks start on Monday).

export type RosterView = "week" | "month";

export interface Period {
  view: RosterView;
  from: string;
  to: string;
  days: string[];
  previous: string;
  next: string;
}

export const monthStart = (day: string) => `${day.slice(0, 7)}-01`;
export const monthEnd = (day: string) => addDays(`${addDays(monthStart(day), 31).slice(0, 7)}-01`, -1);
export const weekStart = (day: string) => addDays(day, 1 - isoWeekday(day));

export function quarterStart(day: string): string {
  const month = Number(day.slice(5, 7));
  return `${day.slice(0, 4)}-${String(month - ((month - 1) % 3)).padStart(2, "0")}-01`;
}

export const quarterEnd = (day: string) => monthEnd(addDays(quarterStart(day), 62));

export function periodOf(view: RosterView, day: string): Period {
  if (view === "week") {
    const from = weekStart(day);
    const to = addDays(from, 6);
    return { view, from, to, days: eachDay(from, to), previous: addDays(from, -7), next: addDays(from, 7) };
  }
  const from = monthStart(day);
  const to = monthEnd(day);
  return { view, from, to, days: eachDay(from, to), previous: monthStart(addDays(from, -1)), next: addDays(to, 1) };
}
