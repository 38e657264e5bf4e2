import { eachDay, isoWeekday } from "@/lib/db/seed/demo-calendar";

// The duty-roster generator: pure (no I/O, no clock, no randomness), so the same input always
// gives the same roster and property tests can run it thousands of times.
//
// Two modes, from the field reports:
// - "teams": N teams rotate over the weekdays (Tây Giang: five teams, one per weekday). The
//   rotation counts weekdays from a fixed Monday, so a team keeps its weekday across periods and a
//   holiday does not shift everyone after it. Everyone of the day's team who can come is on duty,
//   split into a morning and an afternoon half.
// - "pool": k members a day drawn from the pool (Cái Răng: 2–3), a full-day shift.
// Weekend duty (optional, per day) draws `weekendPerDay` members from the whole pool, morning shift.
//
// Fairness, the bound stated and property-tested: in pool draws (pool-mode weekdays and every
// weekend day) the member with the fewest duties of that kind (weekday full day, weekend) is taken
// first (ties: fewer duties in total, then the lower id). Among members who could come on every
// day of the period, starting from equal prior counts, max − min of each kind's count is ≤ 1. In teams mode the
// rotation's weekday slots over the period differ from one team to another by at most one (a
// public holiday closes its day's slot and shifts nobody), and within a team the morning half goes
// to those with fewer mornings so far.

export type Shift = "morning" | "afternoon" | "full_day";
/** What fairness counts separately: each shift on weekdays, and weekend duty. */
export type DutyKind = Shift | "weekend";

export interface RosterMember {
  id: number;
  /** The member cannot be on duty before joining. */
  joinedOn?: string | null;
}

export interface RosterTeam {
  id: number;
  memberIds: readonly number[];
}

export type RosterMode = { kind: "teams"; teams: readonly RosterTeam[] } | { kind: "pool"; perDay: number };

export interface GeneratorInput {
  from: string;
  to: string;
  mode: RosterMode;
  members: readonly RosterMember[];
  /** Weekend duty: how many a Saturday / Sunday (0 = closed). */
  saturday: number;
  sunday: number;
  /** Public holidays (YYYY-MM-DD): the center is closed unless `openOnHolidays`. */
  holidays: ReadonlySet<string>;
  openOnHolidays?: boolean;
  /** Recorded leave, both days included. */
  leave: readonly { memberId: number; from: string; to: string }[];
  /** Days a member staffs a mobile desk: never on center duty the same day. */
  deskDays: readonly { memberId: number; day: string }[];
  /** Duties already held in the quarter before `from` (fairness over the quarter). */
  prior?: readonly { memberId: number; kind: DutyKind; count: number }[];
  tasks: readonly string[];
}

export interface GeneratedEntry {
  day: string;
  shift: Shift;
  memberId: number;
  teamId: number | null;
  task: string | null;
}

/** The Monday the teams' rotation counts from: team i of N is on duty when (weekdays since) mod N = i. */
const ROTATION_EPOCH = "2025-01-06";

/** Weekdays (Mon–Fri) from ROTATION_EPOCH up to `day` exclusive; `day` is a weekday on or after it. */
export function weekdayIndex(day: string): number {
  const days = Math.round((Date.parse(day) - Date.parse(ROTATION_EPOCH)) / 86_400_000);
  const weeks = Math.floor(days / 7);
  return weeks * 5 + Math.min(days - weeks * 7, 5);
}

/** Whether the center opens that day, and for how many weekend members. */
export function openDay(
  input: Pick<GeneratorInput, "saturday" | "sunday" | "holidays" | "openOnHolidays">,
  day: string,
) {
  if (input.holidays.has(day) && !input.openOnHolidays) return { open: false, weekend: 0 } as const;
  const weekday = isoWeekday(day);
  if (weekday === 6) return { open: input.saturday > 0, weekend: input.saturday } as const;
  if (weekday === 7) return { open: input.sunday > 0, weekend: input.sunday } as const;
  return { open: true, weekend: 0 } as const;
}

export function generateRoster(input: GeneratorInput): GeneratedEntry[] {
  const members = [...new Map(input.members.map((m) => [m.id, m])).values()].sort((a, b) => a.id - b.id);
  const known = new Set(members.map((m) => m.id));
  const away = new Set(input.deskDays.map((d) => `${d.memberId}|${d.day}`));
  const leaveOf = new Map<number, { from: string; to: string }[]>();
  for (const l of input.leave) leaveOf.set(l.memberId, [...(leaveOf.get(l.memberId) ?? []), l]);
  const joined = new Map(members.map((m) => [m.id, m.joinedOn ?? null]));
  const canCome = (id: number, day: string) => {
    const since = joined.get(id);
    if (since && since > day) return false;
    if (away.has(`${id}|${day}`)) return false;
    return !(leaveOf.get(id) ?? []).some((l) => l.from <= day && day <= l.to);
  };

  const counts = new Map<string, number>();
  const totals = new Map<number, number>();
  const key = (id: number, shift: DutyKind) => `${id}|${shift}`;
  for (const p of input.prior ?? []) {
    if (!known.has(p.memberId)) continue;
    counts.set(key(p.memberId, p.kind), (counts.get(key(p.memberId, p.kind)) ?? 0) + p.count);
    totals.set(p.memberId, (totals.get(p.memberId) ?? 0) + p.count);
  }
  const out: GeneratedEntry[] = [];
  const teamOf = new Map<number, number>();
  const teams = input.mode.kind === "teams" ? [...input.mode.teams].sort((a, b) => a.id - b.id) : [];
  for (const t of teams) for (const id of t.memberIds) if (known.has(id) && !teamOf.has(id)) teamOf.set(id, t.id);
  const add = (day: string, shift: Shift, memberId: number, kind: DutyKind = shift) => {
    counts.set(key(memberId, kind), (counts.get(key(memberId, kind)) ?? 0) + 1);
    totals.set(memberId, (totals.get(memberId) ?? 0) + 1);
    const task = input.tasks.length ? input.tasks[(out.length + memberId) % input.tasks.length]! : null;
    out.push({ day, shift, memberId, teamId: teamOf.get(memberId) ?? null, task });
  };
  // Fewest of this kind first, then fewest in total, then the lower id: deterministic.
  const draw = (day: string, shift: Shift, kind: DutyKind, count: number) => {
    const ranked = members
      .filter((m) => canCome(m.id, day))
      .map((m) => ({ id: m.id, kind: counts.get(key(m.id, kind)) ?? 0, total: totals.get(m.id) ?? 0 }))
      .sort((a, b) => a.kind - b.kind || a.total - b.total || a.id - b.id);
    for (const m of ranked.slice(0, count)) add(day, shift, m.id, kind);
  };

  for (const day of eachDay(input.from, input.to)) {
    const { open, weekend } = openDay(input, day);
    if (!open) continue;
    if (weekend > 0) {
      draw(day, "morning", "weekend", weekend);
    } else if (input.mode.kind === "pool") {
      draw(day, "full_day", "full_day", input.mode.perDay);
    } else if (teams.length > 0) {
      const team = teams[weekdayIndex(day) % teams.length]!;
      const present = [...new Set(team.memberIds)].filter((id) => teamOf.get(id) === team.id && canCome(id, day));
      // The morning half goes to those with fewer mornings than afternoons so far.
      const balance = (id: number) => (counts.get(key(id, "morning")) ?? 0) - (counts.get(key(id, "afternoon")) ?? 0);
      const ordered = present.sort((a, b) => balance(a) - balance(b) || a - b);
      const half = Math.ceil(ordered.length / 2);
      ordered.forEach((id, i) => add(day, i < half ? "morning" : "afternoon", id));
    }
  }
  return out;
}
