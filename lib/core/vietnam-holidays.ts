import Holidays from "date-holidays";
import { addDays } from "@/lib/filters/period";

// Vietnam's public holidays from the maintained `date-holidays` tables (Tết and the other
// lunar-calendar days included), not a hand-typed list. Pure: the demo seed's calendar and the
// mobile-desk conflict check both read it.

const vietnamDay = (instant: Date) => new Date(instant.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);

/**
 * Days off by law (Labour Code art. 112) in the given years, with their names: New Year, Tết
 * (date-holidays gives its five-day span), Hùng Kings, 30 April, 1 May, and National Day with its
 * adjacent day, which the government has set on 1 September.
 */
export function vietnamHolidayNames(years: Iterable<number>): Map<string, string> {
  const calendar = new Holidays("VN");
  const out = new Map<string, string>();
  for (const year of years) {
    for (const holiday of calendar.getHolidays(year)) {
      if (holiday.type !== "public") continue;
      for (let day = vietnamDay(holiday.start); day < vietnamDay(holiday.end); day = addDays(day, 1))
        out.set(day, holiday.name);
    }
    if (!out.has(`${year}-09-01`)) out.set(`${year}-09-01`, out.get(`${year}-09-02`) ?? "Quốc khánh");
  }
  return out;
}

/** The same days as a set (the seed's calendar only asks "is it a holiday?"). */
export function vietnamHolidays(years: Iterable<number>): Set<string> {
  return new Set(vietnamHolidayNames(years).keys());
}
