import { daysBetween } from "@/lib/filters/period";

// The mobile-desk conflict rules, pure (no I/O): the command and the form's live check load the
// neighbouring desks, the duty roster and the holidays, and ask this module what is wrong.
//   hard (refused):   a person on two desks the same day; a person on center duty that day.
//   warning (one click to accept): the village visited twice within 7 days; a public holiday;
//                     a person over the monthly desk load.

/** A person staffs at most this many desks a month before the plan warns (2–3 villages × 2–3 desks). */
export const MONTHLY_DESK_LOAD = 6;
/** Two desks in the same village closer than this many days are one visit too many. */
export const VILLAGE_GAP_DAYS = 7;

export interface DeskCandidate {
  /** The desk being edited (left out of its own comparisons); absent for a new desk. */
  id?: number;
  villageId: number;
  /** yyyy-MM-dd, Vietnam. */
  day: string;
  staff: readonly { memberId: number; name: string }[];
}

export interface NeighbourDesk {
  id: number;
  villageId: number;
  villageName: string;
  day: string;
  status: "planned" | "held" | "cancelled";
  staffIds: readonly number[];
}

export interface ConflictContext {
  /** The commune's desks around the candidate's day (at least its month and 7 days either side). */
  desks: readonly NeighbourDesk[];
  /** Who is on center duty, by day. */
  duty: readonly { memberId: number; day: string }[];
  /** Public holidays by day, with their names. */
  holidays: ReadonlyMap<string, string>;
  monthlyLoad?: number;
}

export type Conflict =
  | { kind: "doubleBooked"; severity: "hard"; memberId: number; name: string; deskId: number; villageName: string }
  | { kind: "onDuty"; severity: "hard"; memberId: number; name: string }
  | { kind: "villageRecent"; severity: "warning"; deskId: number; day: string; days: number }
  | { kind: "holiday"; severity: "warning"; holiday: string }
  | { kind: "overLoad"; severity: "warning"; memberId: number; name: string; desks: number; limit: number };

/** Everything wrong with the candidate, hard conflicts first, in a stable order. */
export function deskConflicts(candidate: DeskCandidate, context: ConflictContext): Conflict[] {
  const limit = context.monthlyLoad ?? MONTHLY_DESK_LOAD;
  const others = context.desks.filter((d) => d.id !== candidate.id && d.status !== "cancelled");
  const hard: Conflict[] = [];
  const warnings: Conflict[] = [];
  const month = candidate.day.slice(0, 7);

  for (const person of uniqueStaff(candidate.staff)) {
    const sameDay = others.find((d) => d.day === candidate.day && d.staffIds.includes(person.memberId));
    if (sameDay) {
      hard.push({
        kind: "doubleBooked",
        severity: "hard",
        memberId: person.memberId,
        name: person.name,
        deskId: sameDay.id,
        villageName: sameDay.villageName,
      });
    }
    if (context.duty.some((d) => d.day === candidate.day && d.memberId === person.memberId)) {
      hard.push({ kind: "onDuty", severity: "hard", memberId: person.memberId, name: person.name });
    }
    const load = others.filter((d) => d.day.slice(0, 7) === month && d.staffIds.includes(person.memberId)).length + 1;
    if (load > limit)
      warnings.push({
        kind: "overLoad",
        severity: "warning",
        memberId: person.memberId,
        name: person.name,
        desks: load,
        limit,
      });
  }

  const near = others
    .filter(
      (d) => d.villageId === candidate.villageId && Math.abs(daysBetween(d.day, candidate.day)) < VILLAGE_GAP_DAYS,
    )
    .sort(
      (a, b) =>
        Math.abs(daysBetween(a.day, candidate.day)) - Math.abs(daysBetween(b.day, candidate.day)) || a.id - b.id,
    )[0];
  if (near)
    warnings.unshift({
      kind: "villageRecent",
      severity: "warning",
      deskId: near.id,
      day: near.day,
      days: Math.abs(daysBetween(near.day, candidate.day)),
    });

  const holiday = context.holidays.get(candidate.day);
  if (holiday) warnings.unshift({ kind: "holiday", severity: "warning", holiday });

  return [...hard, ...warnings];
}

export const hasHard = (conflicts: readonly Conflict[]) => conflicts.some((c) => c.severity === "hard");
export const hasWarnings = (conflicts: readonly Conflict[]) => conflicts.some((c) => c.severity === "warning");

function uniqueStaff(staff: DeskCandidate["staff"]) {
  const seen = new Set<number>();
  return staff.filter((s) => (seen.has(s.memberId) ? false : (seen.add(s.memberId), true)));
}
