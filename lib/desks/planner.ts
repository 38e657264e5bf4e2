import { daysBetween } from "@/lib/filters/period";

// The rotation planner, pure (no I/O, no clock): given a month's candidate days, the remote
// villages with their targets and needs, and the people who can staff a desk, it proposes the
// month's desks. Greedy and deterministic (the same input gives the same plan):
//   1. villages by priority: households not yet reached, days since the last desk, distance;
//   2. round by round (each village's 1st desk, then 2nd…), each desk on the earliest allowed day
//      that keeps the village's desks (its existing ones, `visited`, included) spread (≥ month/target
//      apart when possible, else ≥ 7 days);
//   3. staff: the least-loaded available people of each role (ties by id), at most one desk per
//      person per day, never on a day they are unavailable.
// Every desk says why it was proposed. /desks/plan feeds it (lib/desks/plan-data.ts) and accepts
// its proposal (lib/desks/accept-plan.ts).

export interface PlannerVillage {
  id: number;
  /** Desks wanted this month (2–3 by default). */
  target: number;
  householdsNotReached: number;
  distanceKm: number;
  daysSinceLastDesk: number;
  /** Days (yyyy-MM-dd) the village already has a desk: the new ones keep their distance from them too. */
  visited?: readonly string[];
}

export interface PlannerPerson {
  id: number;
  role: "volunteer" | "civil_servant";
  /** Days (yyyy-MM-dd) the person cannot go out: center duty, leave. */
  unavailable: readonly string[];
}

export interface PlannerInput {
  /** The month's days in order (yyyy-MM-dd). */
  days: readonly string[];
  /** Days no desk may be held on (public holidays the commune keeps). */
  blocked: readonly string[];
  /** Saturdays and Sundays allowed (the commune's choice). */
  weekends: boolean;
  villages: readonly PlannerVillage[];
  people: readonly PlannerPerson[];
  /** People each desk needs, per role. */
  need: { volunteers: number; civilServants: number };
}

export interface ProposedDesk {
  villageId: number;
  day: string;
  volunteerIds: number[];
  civilServantIds: number[];
  why: { householdsNotReached: number; daysSinceLastDesk: number; distanceKm: number };
}

export interface Plan {
  desks: ProposedDesk[];
  /** Villages whose target could not be met, and by how many desks. */
  short: { villageId: number; missing: number }[];
}

const weekday = (day: string) => new Date(`${day}T00:00:00Z`).getUTCDay(); // 0 = Sunday

/** Higher first: need, then neglect, then distance; id breaks ties so the order is stable. */
export const priorityOf = (v: PlannerVillage) => v.householdsNotReached + 10 * v.daysSinceLastDesk + 5 * v.distanceKm;

export function planRotation(input: PlannerInput): Plan {
  const blocked = new Set(input.blocked);
  const days = input.days.filter((d) => !blocked.has(d) && (input.weekends || (weekday(d) !== 0 && weekday(d) !== 6)));
  const villages = [...input.villages].sort((a, b) => priorityOf(b) - priorityOf(a) || a.id - b.id);
  const people = [...input.people].sort((a, b) => a.id - b.id);
  const unavailable = new Map(people.map((p) => [p.id, new Set(p.unavailable)]));
  const load = new Map(people.map((p) => [p.id, 0]));
  const busy = new Map<string, Set<number>>();
  const placed = new Map<number, string[]>();
  const desks: ProposedDesk[] = [];

  const loadOf = (ids: readonly number[]) => ids.reduce((sum, id) => sum + load.get(id)!, 0);
  /** The least total load `count` people of the role could carry, whoever is free. */
  const fairest = (role: PlannerPerson["role"], count: number) =>
    people
      .filter((p) => p.role === role)
      .map((p) => load.get(p.id)!)
      .sort((a, b) => a - b)
      .slice(0, count)
      .reduce((sum, l) => sum + l, 0);
  const pick = (role: PlannerPerson["role"], day: string, count: number): number[] | null => {
    const free = people
      .filter((p) => p.role === role && !unavailable.get(p.id)!.has(day) && !busy.get(day)?.has(p.id))
      .sort((a, b) => load.get(a.id)! - load.get(b.id)! || a.id - b.id);
    return free.length >= count ? free.slice(0, count).map((p) => p.id) : null;
  };

  const rounds = Math.max(0, ...villages.map((v) => v.target));
  for (let round = 0; round < rounds; round++) {
    for (const village of villages) {
      if (village.target <= round) continue;
      const mine = [...(village.visited ?? []), ...(placed.get(village.id) ?? [])];
      const spread = Math.max(7, Math.floor(input.days.length / village.target));
      const gapOk = (day: string, gap: number) => mine.every((d) => Math.abs(daysBetween(d, day)) >= gap);
      const start = round === 0 ? 0 : Math.min(days.length - 1, Math.floor((round * days.length) / village.target));
      const ordered = [...days.slice(Math.max(0, start)), ...days.slice(0, Math.max(0, start))];
      const tries = [
        ...ordered.filter((d) => gapOk(d, spread)),
        ...ordered.filter((d) => !gapOk(d, spread) && gapOk(d, 7)),
        ...ordered.filter((d) => !gapOk(d, 7) && !mine.includes(d)),
      ];
      // The earliest day on which the least-loaded people of each role are free (the load stays
      // within one desk of each other); failing that, the earliest day anyone can staff it.
      const ideal = {
        volunteer: fairest("volunteer", input.need.volunteers),
        civil_servant: fairest("civil_servant", input.need.civilServants),
      };
      let chosen: { day: string; volunteers: number[]; servants: number[] } | null = null;
      for (const day of tries) {
        const volunteers = pick("volunteer", day, input.need.volunteers);
        const servants = pick("civil_servant", day, input.need.civilServants);
        if (!volunteers || !servants) continue;
        chosen ??= { day, volunteers, servants };
        if (loadOf(volunteers) === ideal.volunteer && loadOf(servants) === ideal.civil_servant) {
          chosen = { day, volunteers, servants };
          break;
        }
      }
      if (chosen) {
        const { day, volunteers, servants } = chosen;
        const staff = [...volunteers, ...servants];
        busy.set(day, new Set([...(busy.get(day) ?? []), ...staff]));
        for (const id of staff) load.set(id, load.get(id)! + 1);
        placed.set(village.id, [...(placed.get(village.id) ?? []), day]);
        desks.push({
          villageId: village.id,
          day,
          volunteerIds: volunteers,
          civilServantIds: servants,
          why: {
            householdsNotReached: village.householdsNotReached,
            daysSinceLastDesk: village.daysSinceLastDesk,
            distanceKm: village.distanceKm,
          },
        });
      }
    }
  }
  desks.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.villageId - b.villageId));
  const short = input.villages
    .map((v) => ({ villageId: v.id, missing: v.target - (placed.get(v.id)?.length ?? 0) }))
    .filter((s) => s.missing > 0)
    .sort((a, b) => a.villageId - b.villageId);
  return { desks, short };
}
