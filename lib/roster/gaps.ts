import { openDay } from "./generator";

// A gap: a day the center is open with fewer people on the roster than it needs (its duty per
// weekday, or its Saturday / Sunday duty). A person counts once a day whatever their shifts.

export interface Staffing {
  dutyPerDay: number;
  saturdayDuty: number;
  sundayDuty: number;
  openOnHolidays: boolean;
}

export interface Gap {
  day: string;
  need: number;
  have: number;
}

export function gapsOf(
  staffing: Staffing,
  holidays: ReadonlySet<string>,
  days: readonly string[],
  entries: readonly { day: string; memberId: number }[],
): Gap[] {
  const people = new Map<string, Set<number>>();
  for (const e of entries) people.set(e.day, (people.get(e.day) ?? new Set()).add(e.memberId));
  const calendar = {
    saturday: staffing.saturdayDuty,
    sunday: staffing.sundayDuty,
    holidays,
    openOnHolidays: staffing.openOnHolidays,
  };
  const out: Gap[] = [];
  for (const day of days) {
    const { open, weekend } = openDay(calendar, day);
    if (!open) continue;
    const need = weekend > 0 ? weekend : staffing.dutyPerDay;
    const have = people.get(day)?.size ?? 0;
    if (have < need) out.push({ day, need, have });
  }
  return out;
}
