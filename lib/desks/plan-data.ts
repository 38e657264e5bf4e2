import { and, eq, sql } from "drizzle-orm";
import { notFound } from "@/lib/actions/form-state";
import { can } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/roles";
import { communeScope } from "@/lib/auth/scope";
import { vietnamHolidayNames } from "@/lib/core/vietnam-holidays";
import type { Executor } from "@/lib/db/client";
import { queryRows } from "@/lib/db/rows";
import { communes } from "@/lib/db/schema";
import { vietnamDay } from "@/lib/db/vietnam-day";
import { addDays, daysBetween, monthEnd } from "@/lib/filters/period";
import { VILLAGE_MAX_DESK_TARGET } from "@/lib/map/schemas";
import { deskConflicts, type Conflict, type ConflictContext } from "./conflicts";
import { planOptimal, type MipSolver, type PlannerInput, type PlannerPerson } from "./planner";
import { conflictContextFor } from "./store";

// What the rotation planner (lib/desks/planner.ts, pure) is given for one commune and month, read
// in the viewer's scope (a commune the viewer may not plan for reads as not found):
//   villages: the commune's active remote villages, each with its target (what the planner's form
//     says, else the village's stored villages.desk_target_per_month, else DEFAULT_TARGET) less the desks it already
//     has that month, households not yet reached (households_total less the households first
//     reached, as the map and the coverage figures count them), the distance to the service center
//     (villages.distance_km, the map's figure) and the days since its last held desk;
//   people: active volunteers who attended at least one of the commune's trainings, and the active
//     civil servants; each unavailable on their duty-roster days, leave days and the days they
//     already staff a desk;
//   days: the month's days after today; blocked: its Vietnamese public holidays.

/** Desks a remote village gets in a month when nobody says otherwise. */
export const DEFAULT_TARGET = 2;
/** The most desks the form lets one village ask for in a month (as many as a stored target may be). */
export const MAX_TARGET = VILLAGE_MAX_DESK_TARGET;
/** People a proposed desk takes, per role. */
export const DESK_NEED = { volunteers: 2, civilServants: 1 } as const;
/** Hours a proposed desk gets (the secretary edits them in the proposal). */
export const PLAN_HOURS = { startTime: "07:30", endTime: "11:30" } as const;
/** A village never visited weighs like one last visited this many days ago. */
export const NEVER_VISITED_DAYS = 90;

export interface PlanVillage {
  id: number;
  name: string;
  /** Desks wanted in the month, existing ones included. */
  target: number;
  /** The village's stored monthly target (its edit form); null: DEFAULT_TARGET. */
  storedTarget: number | null;
  /** Desks already planned or held in the month (cancelled ones not counted). */
  already: number;
  householdsNotReached: number;
  distanceKm: number;
  /** Days from the last held desk to today; null when none was ever held. */
  daysSinceLastDesk: number | null;
  /** Where its desks usually sit: its latest desk's place, or its cultural house. */
  place: string;
  /** Days it already has a desk (not cancelled), in the month and a week either side. */
  visited: string[];
}

export interface PlanPerson {
  id: number;
  name: string;
  role: PlannerPerson["role"];
}

export interface PlanData {
  commune: { id: number; name: string };
  month: string;
  weekends: boolean;
  villages: PlanVillage[];
  people: PlanPerson[];
  /** The public holidays of the month, with their names. */
  holidays: { day: string; name: string }[];
  input: PlannerInput;
}

export interface PlanRequest {
  communeId: number;
  /** yyyy-MM. */
  month: string;
  weekends: boolean;
  /** Per-village targets the secretary typed; the others get their stored target, else DEFAULT_TARGET. */
  targets?: ReadonlyMap<number, number>;
  /** Today in Vietnam (yyyy-MM-dd). */
  today: string;
}

const monthDays = (month: string) => {
  const days: string[] = [];
  for (let d = `${month}-01`; d <= monthEnd(`${month}-01`); d = addDays(d, 1)) days.push(d);
  return days;
};

export async function loadPlanData(db: Executor, viewer: Viewer, request: PlanRequest): Promise<PlanData> {
  if (!can(viewer, "desks.manage")) throw notFound();
  const [commune] = await db
    .select({ id: communes.id, name: communes.name })
    .from(communes)
    .where(and(eq(communes.id, request.communeId), communeScope(viewer, communes.id), eq(communes.active, true)));
  if (!commune) throw notFound();
  const { month, today } = request;
  const [from, to] = [`${month}-01`, monthEnd(`${month}-01`)];
  const deskDay = vietnamDay(sql.raw("d.starts_at"));

  const villageRows = await queryRows<{
    id: number;
    name: string;
    kind: string;
    households_total: number;
    desk_target_per_month: number | null;
    reached: number;
    distance_km: number;
    last_held: string | null;
    already: number;
    last_place: string | null;
    visited: string[] | null;
  }>(
    db,
    sql`select v.id, v.name, v.kind, v.households_total, v.distance_km, v.desk_target_per_month,
          coalesce((select sum(r.households_first_reached) from village_daily_reach r
                    where r.village_id = v.id and r.commune_id = v.commune_id), 0)::int as reached,
          (select max(${deskDay})::text from mobile_desks d
            where d.village_id = v.id and d.commune_id = v.commune_id and d.status = 'held' and ${deskDay} <= ${today}::date) as last_held,
          (select count(*)::int from mobile_desks d
            where d.village_id = v.id and d.commune_id = v.commune_id and d.status <> 'cancelled'
              and ${deskDay} between ${from}::date and ${to}::date) as already,
          (select array_agg(distinct ${deskDay}::text) from mobile_desks d
            where d.village_id = v.id and d.commune_id = v.commune_id and d.status <> 'cancelled'
              and ${deskDay} between ${addDays(from, -7)}::date and ${addDays(to, 7)}::date) as visited,
          (select d.place from mobile_desks d where d.village_id = v.id and d.commune_id = v.commune_id
            order by d.starts_at desc, d.id desc limit 1) as last_place
        from villages v
        where v.commune_id = ${commune.id} and v.active and v.remote
        order by v.name, v.id`,
  );

  const peopleRows = await queryRows<{ id: number; name: string; kind: string }>(
    db,
    sql`select m.id, m.full_name as name, m.kind from members m
        where m.commune_id = ${commune.id} and m.active
          and (m.kind = 'civil_servant' or exists (select 1 from training_attendance a
                where a.member_id = m.id and a.commune_id = m.commune_id))
        order by m.full_name, m.id`,
  );

  // Days each person is taken: center duty, leave, a desk already planned (cancelled ones free them).
  const busyRows = await queryRows<{ member_id: number; day: string }>(
    db,
    sql`select e.member_id, e.day::text as day from duty_roster_entries e
          where e.commune_id = ${commune.id} and e.day between ${from}::date and ${to}::date
        union
        select l.member_id, g.day::date::text from member_leave l,
          generate_series(greatest(l.from_day, ${from}::date), least(l.to_day, ${to}::date), interval '1 day') as g(day)
          where l.commune_id = ${commune.id} and l.to_day >= ${from}::date and l.from_day <= ${to}::date
        union
        select s.member_id, ${deskDay}::text from mobile_desk_staff s join mobile_desks d on d.id = s.desk_id
          where d.commune_id = ${commune.id} and d.status <> 'cancelled' and ${deskDay} between ${from}::date and ${to}::date`,
  );
  const busy = new Map<number, string[]>();
  for (const r of busyRows) busy.set(Number(r.member_id), [...(busy.get(Number(r.member_id)) ?? []), r.day]);

  const holidayNames = vietnamHolidayNames([Number(month.slice(0, 4))]);
  const days = monthDays(month).filter((d) => d > today);
  const holidays = monthDays(month)
    .filter((d) => holidayNames.has(d))
    .map((day) => ({ day, name: holidayNames.get(day)! }));

  const villages: PlanVillage[] = villageRows.map((r) => {
    const typed = request.targets?.get(Number(r.id));
    const storedTarget = r.desk_target_per_month == null ? null : Number(r.desk_target_per_month);
    const wanted = typed ?? storedTarget ?? DEFAULT_TARGET;
    const target = Math.max(0, Math.min(MAX_TARGET, Math.trunc(wanted)));
    const kindWord =
      r.kind === "ban" ? "bản" : r.kind === "to_dan_pho" ? "tổ dân phố" : r.kind === "ap" ? "ấp" : "thôn";
    return {
      id: Number(r.id),
      name: r.name,
      target,
      storedTarget,
      already: Number(r.already),
      householdsNotReached: Math.max(0, Number(r.households_total) - Number(r.reached)),
      distanceKm: Math.round(Number(r.distance_km)),
      daysSinceLastDesk: r.last_held ? daysBetween(r.last_held, today) : null,
      place: r.last_place ?? `Nhà văn hóa ${kindWord} ${r.name}`,
      visited: [...(r.visited ?? [])].sort(),
    };
  });
  const people: PlanPerson[] = peopleRows.map((r) => ({
    id: Number(r.id),
    name: r.name,
    role: r.kind === "civil_servant" ? "civil_servant" : "volunteer",
  }));

  return {
    commune,
    month,
    weekends: request.weekends,
    villages,
    people,
    holidays,
    input: {
      days,
      blocked: holidays.map((h) => h.day),
      weekends: request.weekends,
      villages: villages.map((v) => ({
        id: v.id,
        target: Math.max(0, v.target - v.already),
        householdsNotReached: v.householdsNotReached,
        distanceKm: v.distanceKm,
        daysSinceLastDesk: v.daysSinceLastDesk ?? NEVER_VISITED_DAYS,
        visited: v.visited,
      })),
      people: people.map((p) => ({ id: p.id, role: p.role, unavailable: busy.get(p.id) ?? [] })),
      need: DESK_NEED,
    },
  };
}

export interface ProposalRow {
  villageId: number;
  villageName: string;
  day: string;
  startTime: string;
  endTime: string;
  place: string;
  volunteers: { id: number; name: string }[];
  civilServants: { id: number; name: string }[];
  why: { householdsNotReached: number; daysSinceLastDesk: number | null; distanceKm: number };
}

/**
 * The planner's proposal for the loaded month, with names, hours and places for the table, and how
 * close to optimal it is: the solver's plan (lib/desks/highs.ts), or the greedy one with the reason
 * when there is no solver (`null`: it could not be loaded) or it failed.
 */
export function proposePlan(data: PlanData, solve: MipSolver | null) {
  const plan = planOptimal(
    data.input,
    solve ??
      (() => {
        throw new Error("no solver");
      }),
  );
  const village = new Map(data.villages.map((v) => [v.id, v]));
  const person = new Map(data.people.map((p) => [p.id, p]));
  const named = (ids: readonly number[]) => ids.map((id) => ({ id, name: person.get(id)!.name }));
  const desks: ProposalRow[] = plan.desks.map((d) => {
    const v = village.get(d.villageId)!;
    return {
      villageId: v.id,
      villageName: v.name,
      day: d.day,
      ...PLAN_HOURS,
      place: v.place,
      volunteers: named(d.volunteerIds),
      civilServants: named(d.civilServantIds),
      why: {
        householdsNotReached: v.householdsNotReached,
        daysSinceLastDesk: v.daysSinceLastDesk,
        distanceKm: v.distanceKm,
      },
    };
  });
  const short = plan.short.map((s) => ({
    villageId: s.villageId,
    name: village.get(s.villageId)!.name,
    missing: s.missing,
  }));
  return { desks, short, solver: plan.solver };
}
export type Proposal = ReturnType<typeof proposePlan>;

/**
 * What the create-desk rules say of each proposed desk against the stored plan (neighbouring
 * desks, that day's duty, holidays), shown on its row before accepting: the planner avoids the
 * hard conflicts, so these are the warnings (the village visited within 7 days, a monthly load).
 */
export async function proposalConflicts(
  db: Executor,
  data: PlanData,
  desks: readonly ProposalRow[],
): Promise<Conflict[][]> {
  const contexts = new Map<string, ConflictContext>();
  const out: Conflict[][] = [];
  for (const d of desks) {
    const context = contexts.get(d.day) ?? (await conflictContextFor(db, data.commune.id, d.day));
    contexts.set(d.day, context);
    const staff = [...d.volunteers, ...d.civilServants].map((p) => ({ memberId: p.id, name: p.name }));
    out.push(deskConflicts({ villageId: d.villageId, day: d.day, staff }, context));
  }
  return out;
}
