import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ExpectedError } from "@/lib/actions/form-state";
import type { Viewer } from "@/lib/auth/roles";
import { vietnamHolidayNames } from "@/lib/core/vietnam-holidays";
import type { Database } from "@/lib/db/client";
import { queryRows } from "@/lib/db/rows";
import { createDemoDatabase, type TestDatabase } from "@/lib/db/testing";
import { addDays, monthEnd } from "@/lib/filters/period";
import { todayInVietnam } from "@/lib/i18n/format";
import { viewerFor } from "@/lib/testing/viewers";
import { acceptPlan } from "./accept-plan";
import { createDesk } from "./commands";
import { loadSolver } from "./highs";
import { shiftMonth } from "./list-params";
import {
  DEFAULT_TARGET,
  DESK_NEED,
  loadPlanData,
  MAX_TARGET,
  proposalConflicts,
  proposePlan,
  type PlanData,
} from "./plan-data";
import type { MipSolver } from "./planner";

// The planner page's data layer on the seeded demo: what the loader gathers for Hải Vân (in the
// viewer's scope only), and the accept: exactly the chosen desks in one transaction, nothing at all
// when one row is double-booked or names another commune's village.

const today = todayInVietnam();
const options = { today };
// Four months ahead: past the seeded plan (a month after the seed day) and the seeded roster.
const month = shiftMonth(today.slice(0, 7), 4, today);
const [from, to] = [`${month}-01`, monthEnd(`${month}-01`)];

let test: TestDatabase;
let db: Database;
let secretary: Viewer;
let director: Viewer;
let officer: Viewer;
let otherSecretary: Viewer;
let admin: Viewer;
let haiVan: number;
let hoaXuanVillage: number;
let solver: MipSolver;

const one = async <T extends Record<string, unknown>>(query: ReturnType<typeof sql>) =>
  (await queryRows<T>(db, query))[0]!;

beforeAll(async () => {
  test = await createDemoDatabase();
  db = test.db;
  [secretary, director, officer, otherSecretary, admin] = await Promise.all([
    viewerFor(db, "bithu.haivan"),
    viewerFor(db, "giamdoc.haivan"),
    viewerFor(db, "tinhdoan.danang"),
    viewerFor(db, "bithu.hoaxuan"),
    viewerFor(db, "admin"),
  ]);
  haiVan = secretary.communeId!;
  solver = (await loadSolver(5))!;
  hoaXuanVillage = Number(
    (
      await one<{ id: number }>(
        sql`select v.id from villages v join communes c on c.id = v.commune_id where c.code = 'HOA-XUAN' and v.active order by v.id limit 1`,
      )
    ).id,
  );
}, 240_000);
afterAll(async () => {
  await test?.close();
});

const load = (viewer: Viewer, over: { weekends?: boolean; targets?: Map<number, number> } = {}) =>
  loadPlanData(db, viewer, {
    communeId: haiVan,
    month,
    weekends: over.weekends ?? false,
    targets: over.targets,
    today,
  });

/** A fuller proposal: every village asks for the most desks the form allows. */
async function fullPlan() {
  const first = await load(secretary);
  return proposePlan(
    await load(secretary, { targets: new Map(first.villages.map((v) => [v.id, MAX_TARGET])) }),
    solver,
  );
}

/** Row counts that must not move when an accept is refused. */
async function footprint() {
  return one(
    sql`select (select count(*)::int from mobile_desks) as desks, (select count(*)::int from mobile_desk_staff) as staff,
               (select count(*)::int from audit_log where outcome = 'success') as audits`,
  );
}

/** A proposal row as the form sends it. */
const formRow = (
  row: number,
  d: ReturnType<typeof proposePlan>["desks"][number],
  over: Record<string, unknown> = {},
) => ({
  row: String(row),
  villageId: String(d.villageId),
  day: d.day,
  startTime: d.startTime,
  endTime: d.endTime,
  place: d.place,
  volunteerIds: d.volunteers.map((p) => String(p.id)),
  civilServantIds: d.civilServants.map((p) => String(p.id)),
  ...over,
});

async function failure(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ExpectedError) return { key: error.key, fields: error.fieldErrors ?? {} };
    throw error;
  }
  throw new Error("expected the accept to fail");
}

describe("the planner's input", () => {
  let data: PlanData;
  beforeAll(async () => {
    data = await load(secretary);
  });

  it("holds the commune's active remote villages with their need, distance and default target", async () => {
    const expected = await queryRows<{ id: number; households_total: number; reached: number; distance_km: number }>(
      db,
      sql`select v.id, v.households_total, v.distance_km,
            coalesce((select sum(households_first_reached) from village_daily_reach r where r.village_id = v.id), 0)::int as reached
          from villages v where v.commune_id = ${haiVan} and v.remote and v.active order by v.id`,
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(data.villages.map((v) => v.id).sort((a, b) => a - b)).toEqual(expected.map((r) => Number(r.id)));
    for (const r of expected) {
      const v = data.villages.find((x) => x.id === Number(r.id))!;
      expect(v.householdsNotReached).toBe(Math.max(0, Number(r.households_total) - Number(r.reached)));
      expect(v.distanceKm).toBe(Math.round(Number(r.distance_km)));
      expect(v.target).toBe(DEFAULT_TARGET);
      expect(v.already).toBe(0);
    }
    expect(data.villages.some((v) => v.daysSinceLastDesk !== null)).toBe(true);
  });

  it("takes a village's stored monthly target as its default, the typed one over it", async () => {
    const village = data.villages[0]!;
    await db.execute(sql`update villages set desk_target_per_month = 4 where id = ${village.id}`);
    try {
      const stored = await load(secretary);
      expect(stored.villages.find((v) => v.id === village.id)).toMatchObject({ target: 4, storedTarget: 4 });
      expect(stored.villages.filter((v) => v.id !== village.id).every((v) => v.target === DEFAULT_TARGET)).toBe(true);
      const typed = await load(secretary, { targets: new Map([[village.id, 1]]) });
      expect(typed.villages.find((v) => v.id === village.id)).toMatchObject({ target: 1, storedTarget: 4 });
    } finally {
      await db.execute(sql`update villages set desk_target_per_month = null where id = ${village.id}`);
    }
  });

  it("offers trained volunteers and the civil servants, the month's days after today, its holidays blocked", async () => {
    const volunteers = data.people.filter((p) => p.role === "volunteer").map((p) => p.id);
    expect(volunteers.length).toBeGreaterThanOrEqual(DESK_NEED.volunteers);
    const untrained = await one<{ n: number }>(
      sql`select count(*)::int as n from members m where m.id = any(${`{${volunteers.join(",")}}`}::int[])
          and (m.kind = 'civil_servant' or not m.active or m.commune_id <> ${haiVan}
               or not exists (select 1 from training_attendance a where a.member_id = m.id))`,
    );
    expect(untrained.n).toBe(0);
    const servants = await one<{ n: number }>(
      sql`select count(*)::int as n from members where commune_id = ${haiVan} and active and kind = 'civil_servant'`,
    );
    expect(data.people.filter((p) => p.role === "civil_servant")).toHaveLength(servants.n);
    expect(data.input.days.every((d) => d >= from && d <= to && d > today)).toBe(true);
    const holidays = [...vietnamHolidayNames([Number(month.slice(0, 4))]).keys()].filter((d) => d >= from && d <= to);
    expect(data.input.blocked).toEqual(holidays);
  });

  it("takes the typed targets, counts the month's existing desks and keeps their staff and the roster's off those days", async () => {
    const village = data.villages[0]!;
    const volunteer = data.people.find((p) => p.role === "volunteer")!;
    const servant = data.people.find((p) => p.role === "civil_servant")!;
    const day = data.input.days.find((d) => ![0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay()))!;
    await createDesk(
      db,
      secretary,
      {
        villageId: String(village.id),
        day,
        startTime: "07:30",
        endTime: "11:30",
        place: "Nhà văn hóa (kiểm thử)",
        volunteerIds: [String(volunteer.id)],
        civilServantIds: [],
        acceptWarnings: "on",
      },
      options,
    );
    const center = await one<{ id: number }>(sql`select id from service_centers where commune_id = ${haiVan} limit 1`);
    const dutyDay = data.input.days.find((d) => d !== day)!;
    await db.execute(
      sql`insert into duty_roster_entries (commune_id, service_center_id, day, shift, member_id)
          values (${haiVan}, ${center.id}, ${dutyDay}, 'morning', ${servant.id})`,
    );
    const after = await load(secretary, { targets: new Map([[village.id, 3]]) });
    const v = after.villages.find((x) => x.id === village.id)!;
    expect(v).toMatchObject({ target: 3, already: 1 });
    expect(v.visited).toContain(day);
    expect(after.input.villages.find((x) => x.id === village.id)!.target).toBe(2);
    expect(after.input.people.find((p) => p.id === volunteer.id)!.unavailable).toContain(day);
    expect(after.input.people.find((p) => p.id === servant.id)!.unavailable).toContain(dutyDay);
    const plan = proposePlan(after, solver);
    // HiGHS made it and proved it optimal; without a solver the greedy plan stands in, saying why.
    expect(plan.solver).toMatchObject({ by: "solver", fallback: null, optimal: true, gap: 0 });
    expect(proposePlan(after, null).solver).toMatchObject({ by: "greedy", fallback: "failed" });
    expect(plan.desks.filter((d) => d.villageId === village.id && d.day === day)).toEqual([]);
    expect(plan.desks.filter((d) => d.day === day).flatMap((d) => d.volunteers.map((p) => p.id))).not.toContain(
      volunteer.id,
    );
  });

  it("proposes desks with reasons, on working days of the month, nobody twice a day", async () => {
    const plan = proposePlan(await load(secretary), solver);
    expect(plan.desks.length).toBeGreaterThan(0);
    const seen = new Set<string>();
    for (const d of plan.desks) {
      expect(d.day >= from && d.day <= to).toBe(true);
      expect([0, 6]).not.toContain(new Date(`${d.day}T00:00:00Z`).getUTCDay());
      expect(d.volunteers).toHaveLength(DESK_NEED.volunteers);
      expect(d.civilServants).toHaveLength(DESK_NEED.civilServants);
      const v = data.villages.find((x) => x.id === d.villageId)!;
      expect(d.why).toEqual({
        householdsNotReached: v.householdsNotReached,
        daysSinceLastDesk: v.daysSinceLastDesk,
        distanceKm: v.distanceKm,
      });
      for (const p of [...d.volunteers, ...d.civilServants]) {
        expect(seen.has(`${d.day}:${p.id}`)).toBe(false);
        seen.add(`${d.day}:${p.id}`);
      }
    }
  });

  it("shows a proposed desk's warnings against the stored plan before accepting", async () => {
    const current = await load(secretary);
    const plan = proposePlan(current, solver);
    const clear = await proposalConflicts(db, current, plan.desks);
    // A row with no village warning yet: the desk put 2 days before it is then the nearest one.
    const row = clear.findIndex((list) => !list.some((c) => c.kind === "villageRecent"));
    expect(row).toBeGreaterThanOrEqual(0);
    const first = plan.desks[row]!;
    const near = addDays(first.day, -2);
    await createDesk(
      db,
      secretary,
      {
        villageId: String(first.villageId),
        day: near,
        startTime: "07:30",
        endTime: "11:30",
        place: "Nhà văn hóa (kiểm thử)",
        volunteerIds: [],
        civilServantIds: [],
        acceptWarnings: "on",
      },
      options,
    );
    const warned = await proposalConflicts(db, current, plan.desks);
    expect(warned[row]).toContainEqual(expect.objectContaining({ kind: "villageRecent", day: near, days: 2 }));
    expect(warned.flat().filter((c) => c.severity === "hard")).toEqual([]);
  });

  it("answers not found outside the viewer's scope or role", async () => {
    for (const viewer of [otherSecretary, director, officer])
      expect((await failure(load(viewer))).key).toBe("errors.notFound");
    expect((await load(admin)).commune.id).toBe(haiVan);
  });
});

describe("accepting the proposal", () => {
  it("writes exactly the chosen desks, with their staff and one audit row each", async () => {
    const plan = await fullPlan();
    expect(plan.desks.length).toBeGreaterThanOrEqual(3);
    const chosen = [0, 2];
    const before = await footprint();
    const result = await acceptPlan(
      db,
      secretary,
      { month, acceptWarnings: "on", desks: chosen.map((i) => formRow(i, plan.desks[i]!)) },
      options,
    );
    expect(result.ids).toHaveLength(2);
    const after = await footprint();
    expect(after.desks).toBe(Number(before.desks) + 2);
    expect(after.audits).toBe(Number(before.audits) + 2);
    const written = await queryRows<{ village_id: number; day: string; staff: number[] }>(
      db,
      sql`select d.village_id, (d.starts_at at time zone 'Asia/Ho_Chi_Minh')::date::text as day,
            array(select member_id from mobile_desk_staff s where s.desk_id = d.id order by member_id) as staff
          from mobile_desks d where d.id = any(${`{${result.ids.join(",")}}`}::int[]) order by d.id`,
    );
    expect(written.map((w) => ({ village: Number(w.village_id), day: w.day, staff: w.staff.map(Number) }))).toEqual(
      chosen.map((i) => {
        const d = plan.desks[i]!;
        return {
          village: d.villageId,
          day: d.day,
          staff: [...d.volunteers, ...d.civilServants].map((p) => p.id).sort((a, b) => a - b),
        };
      }),
    );
    const audits = await queryRows<{ changes: unknown }>(
      db,
      sql`select changes from audit_log where entity = 'mobile_desk' and action = 'create'
          and entity_id = any(${`{${result.ids.join(",")}}`}::text[])`,
    );
    expect(audits).toHaveLength(2);
    expect(JSON.stringify(audits[0]!.changes)).toContain(month);
  });

  it("saves the people the secretary chose in place of the proposed ones", async () => {
    const data = await load(secretary, {
      targets: new Map((await load(secretary)).villages.map((v) => [v.id, MAX_TARGET])),
    });
    const plan = proposePlan(data, solver);
    const desk = plan.desks[0]!;
    // A volunteer the proposal leaves free that day, who is not away either.
    const taken = new Set(plan.desks.filter((d) => d.day === desk.day).flatMap((d) => d.volunteers.map((p) => p.id)));
    const other = data.input.people.find(
      (p) => p.role === "volunteer" && !taken.has(p.id) && !p.unavailable.includes(desk.day),
    )!;
    expect(other).toBeTruthy();
    const result = await acceptPlan(
      db,
      secretary,
      { month, acceptWarnings: "on", desks: [formRow(0, desk, { volunteerIds: [String(other.id)] })] },
      options,
    );
    const [written] = await queryRows<{ staff: number[] }>(
      db,
      sql`select array(select member_id from mobile_desk_staff s where s.desk_id = ${result.ids[0]!} order by member_id) as staff`,
    );
    expect(written!.staff.map(Number)).toEqual(
      [other.id, ...desk.civilServants.map((p) => p.id)].sort((a, b) => a - b),
    );
  });

  it("writes nothing when one row double-books a person, and says which row", async () => {
    const plan = await fullPlan();
    const [a, b] = [plan.desks[0]!, plan.desks[1]!];
    const before = await footprint();
    const result = await failure(
      acceptPlan(
        db,
        secretary,
        {
          month,
          acceptWarnings: "on",
          desks: [
            formRow(0, a),
            // The second desk, moved onto the first one's day with its volunteers.
            formRow(1, b, { day: a.day, volunteerIds: a.volunteers.map((p) => String(p.id)), civilServantIds: [] }),
          ],
        },
        options,
      ),
    );
    expect(result.key).toBe("desks.plan.errors.hardConflict");
    expect(result.fields).toEqual({ "desk-1": ["desks.errors.doubleBooked"] });
    expect(await footprint()).toEqual(before);
  });

  it("refuses another commune's village and a day outside the month, writing nothing", async () => {
    const plan = await fullPlan();
    const before = await footprint();
    const foreign = await failure(
      acceptPlan(
        db,
        secretary,
        {
          month,
          acceptWarnings: "on",
          desks: [formRow(0, plan.desks[0]!), formRow(1, plan.desks[1]!, { villageId: String(hoaXuanVillage) })],
        },
        options,
      ),
    );
    expect(foreign.fields).toEqual({ "desk-1": ["desks.errors.villageUnknown"] });
    const outside = await failure(
      acceptPlan(
        db,
        secretary,
        {
          month,
          acceptWarnings: "on",
          desks: [formRow(3, plan.desks[0]!, { day: shiftMonth(month, 1, today) + "-05" })],
        },
        options,
      ),
    );
    expect(outside.fields).toEqual({ "desk-3": ["desks.plan.errors.outsideMonth"] });
    const none = await failure(acceptPlan(db, secretary, { month, desks: [] }, options));
    expect(none.fields).toEqual({ desks: ["desks.plan.errors.noneChosen"] });
    expect(await footprint()).toEqual(before);
  });

  it("is the secretary's and the admin's only", async () => {
    const plan = await fullPlan();
    const input = { month, acceptWarnings: "on", desks: [formRow(0, plan.desks[0]!)] };
    for (const viewer of [director, officer])
      expect((await failure(acceptPlan(db, viewer, input, options))).key).toBe("errors.forbidden");
    expect((await failure(acceptPlan(db, otherSecretary, input, options))).fields).toEqual({
      "desk-0": ["desks.errors.villageUnknown"],
    });
  });
});
