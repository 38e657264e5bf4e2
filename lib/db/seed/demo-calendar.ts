import { vietnamHolidays } from "@/lib/core/vietnam-holidays";
import { env } from "@/lib/env";
import { todayInVietnam } from "@/lib/i18n/format";

// The demo's calendar, anchored to the day it is seeded (in Vietnam): history up to the day
// before, plans (mobile desks, duty roster) for the weeks after, so a newcomer's default
// "this month" view has figures. The story (campaign launches, trainings, the field reports'
// milestones) is written in demo-campaigns.ts as dates of 2026 ending on DEMO_STORY_END, and
// moved forward by whole weeks so every weekday stays a weekday. Deterministic for a given seed
// day: tests pin it (DEMO_SEED_DATE, or the seedDay option).

/** The Friday the hand-written story ends on; its dates move with the seed day. */
export const DEMO_STORY_END = "2026-11-20";
/** The story's first day of recorded history: the Monday before Hoàng Su Phì's launch on 7 July. */
const STORY_HISTORY_START = "2026-07-06";
/** Targets in the story run to the end of 2026. */
const STORY_TARGETS_DUE = "2026-12-31";
/** Mobile desks are planned a month ahead, the duty roster three weeks ahead. */
const DESK_PLAN_DAYS = 31;
const ROSTER_PLAN_DAYS = 21;

const DAY_MS = 86_400_000;

function toUtc(day: string): number {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}

function fromUtc(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  return fromUtc(toUtc(day) + days * DAY_MS);
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  return Math.round((toUtc(b) - toUtc(a)) / DAY_MS);
}

/** ISO weekday: 1 = Monday … 7 = Sunday (weeks start on Monday in Vietnam). */
export function isoWeekday(day: string): number {
  const d = new Date(toUtc(day)).getUTCDay();
  return d === 0 ? 7 : d;
}

/** Every day from `from` to `to`, both included. */
export function eachDay(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

/** A wall-clock time in Vietnam (UTC+7, no daylight saving) on `day`, as an instant. */
export function vietnamTime(day: string, hhmm: string): Date {
  return new Date(`${day}T${hhmm}:00+07:00`);
}

/** The later of two days. */
export function laterOf(a: string, b: string): string {
  return a > b ? a : b;
}

// The holidays live in lib/core (the mobile-desk conflict check reads them too).
export { vietnamHolidays };

export interface DemoCalendar {
  /** The day the demo is seeded as ("today" for a newcomer). */
  seedDay: string;
  /** The last day with recorded support: the day before seedDay. */
  historyEnd: string;
  historyStart: string;
  /** Whole weeks the story moved forward. */
  shiftDays: number;
  deskPlanEnd: string;
  rosterPlanEnd: string;
  targetsDue: string;
  holidays: ReadonlySet<string>;
  /** A date of the hand-written story, on this calendar. */
  storyDay(day: string): string;
  /** Monday to Friday, not a public holiday: the days a service center is open. */
  isWorkingDay(day: string): boolean;
}

export function demoCalendar(seedDay: string): DemoCalendar {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(seedDay) || Number.isNaN(toUtc(seedDay))) throw new Error(`Not a day: ${seedDay}`);
  const historyEnd = addDays(seedDay, -1);
  const shiftDays = Math.floor(daysBetween(DEMO_STORY_END, historyEnd) / 7) * 7;
  const storyDay = (day: string) => addDays(day, shiftDays);
  const historyStart = storyDay(STORY_HISTORY_START);
  const deskPlanEnd = addDays(seedDay, DESK_PLAN_DAYS);
  // Targets end with the month the story's year-end moves into.
  const due = storyDay(STORY_TARGETS_DUE);
  const targetsDue = addDays(`${due.slice(0, 7)}-01`, 40).slice(0, 7) + "-01";
  const years = new Set<number>();
  for (let y = Number(historyStart.slice(0, 4)); y <= Number(deskPlanEnd.slice(0, 4)); y++) years.add(y);
  const holidays = vietnamHolidays(years);
  return {
    seedDay,
    historyEnd,
    historyStart,
    shiftDays,
    deskPlanEnd,
    rosterPlanEnd: addDays(seedDay, ROSTER_PLAN_DAYS),
    targetsDue: addDays(targetsDue, -1),
    holidays,
    storyDay,
    isWorkingDay: (day) => isoWeekday(day) <= 5 && !holidays.has(day),
  };
}

/** The seed day: DEMO_SEED_DATE when set (tests pin it), else today in Vietnam. */
export const demoSeedDay = (): string => env.DEMO_SEED_DATE ?? todayInVietnam();
