import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyToRollup, recordsWithIds, refreshFirstReach, householdsWithIds } from "@/lib/db/rollups";
import { queryRows } from "@/lib/db/rows";
import { supportRecords } from "@/lib/db/schema";
import { createTestDatabase, type TestDatabase } from "@/lib/db/testing";
import { previousPeriod, resolvePeriod } from "@/lib/filters/period";
import { viewerFor } from "@/lib/testing/viewers";
import {
  channelBreakdown,
  counterFigures,
  householdFigures,
  procedureBreakdown,
  trendSeries,
  villageBreakdown,
} from "./commune-queries";
import { mobileDesksThisMonth, targetProgress, volunteerLoad } from "./field-queries";
import { provinceCommuneRows, resolveProvince } from "./province-queries";
import { defaultBehindRule } from "./ranking";
import { resolveOverviewArea } from "./scope";
import { fixtureToday, seedOverviewFixture } from "./test-fixture";

// Rollup drift check: every figure the overviews show is compared with the same figure computed
// here straight from support_records (which the dashboards never read).

let t: TestDatabase;
let world: Awaited<ReturnType<typeof seedOverviewFixture>>;
const { period } = resolvePeriod({ period: "quarter" }, fixtureToday);

beforeAll(async () => {
  t = await createTestDatabase();
  world = await seedOverviewFixture(t.db);
});
afterAll(() => t?.close());

/** Sums of the raw records for communes, between two dates, optionally one channel. */
async function raw(communeIds: number[], from: string, to: string, extra = sql`true`) {
  const [row] = await queryRows<Record<string, number>>(
    t.db,
    sql`select coalesce(sum(people_served),0)::int as "peopleServed", coalesce(sum(households_served),0)::int as "householdsServed",
               coalesce(sum(eid_activated),0)::int as "eidActivated", coalesce(sum(signatures_installed),0)::int as "signaturesInstalled",
               coalesce(sum(sims_given),0)::int as "simsGiven", coalesce(sum(dossiers_submitted),0)::int as "dossiersSubmitted"
        from support_records r where r.commune_id = any(${`{${communeIds.join(",")}}`}::int[]) and r.served_on between ${from} and ${to} and ${extra}`,
  );
  return row!;
}

/** Households whose first record (by the household's own village) falls on or before a day. */
async function rawReached(villageWhere: ReturnType<typeof sql>, to: string) {
  const [row] = await queryRows<{ n: number }>(
    t.db,
    sql`select count(*)::int as n from households h join villages v on v.id = h.village_id
        where ${villageWhere} and (select min(served_on) from support_records r where r.household_id = h.id) <= ${to}`,
  );
  return row!.n;
}

describe("commune overview, as the Hải Vân secretary", () => {
  it("shows the period's counters and the previous period's, equal to the raw records", async () => {
    const viewer = await viewerFor(t.db, "bithu.haivan");
    const area = (await resolveOverviewArea(viewer, {}, t.db))!;
    expect(area.filter.communeId).toBe(world.haiVan.id);
    const figures = await counterFigures(viewer, area.filter, period, t.db);
    const prev = previousPeriod(period);
    expect(figures.current).toEqual(await raw([world.haiVan.id], period.from, period.to));
    expect(figures.previous).toEqual(await raw([world.haiVan.id], prev.from, prev.to));
    expect(figures.current.peopleServed).toBeGreaterThan(0);
  });

  it("narrows to a channel and to the former commune exactly as the raw records do", async () => {
    const viewer = await viewerFor(t.db, "bithu.haivan");
    const area = (await resolveOverviewArea(
      viewer,
      { channel: "mobile_desk", former: String(world.hoaBac.id) },
      t.db,
    ))!;
    const figures = await counterFigures(viewer, area.filter, period, t.db);
    const expected = await raw(
      [world.haiVan.id],
      period.from,
      period.to,
      sql`r.channel = 'mobile_desk' and r.village_id in (select id from villages where former_commune_id = ${world.hoaBac.id})`,
    );
    expect(figures.current).toEqual(expected);
  });

  it("counts coverage from first reach, and the trend, villages, procedures and channels add up", async () => {
    const viewer = await viewerFor(t.db, "bithu.haivan");
    const area = (await resolveOverviewArea(viewer, {}, t.db))!;
    const hh = await householdFigures(viewer, area.filter, period, t.db);
    expect(hh.reached).toBe(await rawReached(sql`v.commune_id = ${world.haiVan.id}`, period.to));
    expect(hh.householdsTotal).toBe(120 + 90 + 200 + 260);
    const expected = await raw([world.haiVan.id], period.from, period.to);

    const trend = await trendSeries(viewer, area.filter, period, t.db);
    expect(trend.unit).toBe("week");
    expect(trend.points.reduce((s, p) => s + p.signaturesInstalled, 0)).toBe(expected.signaturesInstalled);
    expect(trend.points.reduce((s, p) => s + p.householdsServed, 0)).toBe(expected.householdsServed);

    const byVillage = await villageBreakdown(viewer, area.filter, period, t.db);
    expect(byVillage).toHaveLength(4);
    expect(byVillage.reduce((s, v) => s + v.peopleServed, 0)).toBe(expected.peopleServed);
    expect(
      byVillage
        .filter((v) => v.remote)
        .map((v) => v.name)
        .sort(),
    ).toEqual(["Giàn Bí", "Tà Lang"]);

    const byChannel = await channelBreakdown(viewer, area.filter, period, t.db);
    expect(byChannel.reduce((s, c) => s + c.peopleServed, 0)).toBe(expected.peopleServed);

    const [procedures] = await queryRows<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from support_record_procedures p join support_records r on r.id = p.record_id
          where r.commune_id = ${world.haiVan.id} and r.served_on between ${period.from} and ${period.to}`,
    );
    expect((await procedureBreakdown(viewer, area.filter, period, t.db)).reduce((s, p) => s + p.records, 0)).toBe(
      procedures!.n,
    );
  });

  it("measures volunteers' load, this month's mobile desks and target progress", async () => {
    const viewer = await viewerFor(t.db, "bithu.haivan");
    const area = (await resolveOverviewArea(viewer, {}, t.db))!;
    const load = await volunteerLoad(viewer, area.filter, t.db);
    const [assigned] = await queryRows<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from households h join members m on m.id = h.assigned_member_id where m.active and h.commune_id = ${world.haiVan.id}`,
    );
    expect(load.volunteers).toBe(5);
    expect(load.householdsAssigned).toBe(assigned!.n);
    expect(load.bands.reduce((s, b) => s + b.volunteers, 0)).toBe(5);

    const desks = await mobileDesksThisMonth(viewer, area.filter, fixtureToday, t.db);
    expect(desks.villages.map((v) => [v.name, v.held, v.planned])).toEqual([
      ["Giàn Bí", 0, 0],
      ["Tà Lang", 1, 1],
    ]);

    const former = (await resolveOverviewArea(viewer, { former: String(world.hoaBac.id) }, t.db))!;
    const [reach] = await targetProgress(viewer, former.filter, fixtureToday, t.db);
    expect(reach).toMatchObject({ indicator: "households_reached", value: 1350 });
    expect(reach!.achieved).toBe(await rawReached(sql`v.former_commune_id = ${world.hoaBac.id}`, fixtureToday));
  });

  it("refuses another commune, a village of another commune and a made-up id", async () => {
    const viewer = await viewerFor(t.db, "bithu.haivan");
    const otherVillage = world.villages.find((v) => v.communeId === world.hoaXuan.id)!;
    expect(await resolveOverviewArea(viewer, { commune: String(world.hoaXuan.id) }, t.db)).toBeNull();
    expect(await resolveOverviewArea(viewer, { village: String(otherVillage.id) }, t.db)).toBeNull();
    expect(await resolveOverviewArea(viewer, { village: "abc" }, t.db)).toBeNull();
  });

  it("shows a record added through the rollup path at once", async () => {
    const viewer = await viewerFor(t.db, "bithu.haivan");
    const area = (await resolveOverviewArea(viewer, {}, t.db))!;
    const before = await counterFigures(viewer, area.filter, period, t.db);
    const village = world.villages[0]!;
    await t.db.transaction(async (tx) => {
      const [row] = await tx
        .insert(supportRecords)
        .values({
          communeId: village.communeId,
          villageId: village.id,
          servedOn: fixtureToday,
          channel: "door_to_door",
          peopleServed: 7,
          householdsServed: 2,
          signaturesInstalled: 3,
        })
        .returning({ id: supportRecords.id });
      await applyToRollup(tx, recordsWithIds([row!.id]), 1);
      await refreshFirstReach(tx, householdsWithIds([]));
    });
    const after = await counterFigures(viewer, area.filter, period, t.db);
    expect(after.current.peopleServed - before.current.peopleServed).toBe(7);
    expect(after.current.signaturesInstalled - before.current.signaturesInstalled).toBe(3);
  });
});

describe("provincial overview", () => {
  it("gives the Đà Nẵng officer one row per commune matching the raw records", async () => {
    const viewer = await viewerFor(t.db, "tinhdoan.danang");
    const chosen = (await resolveProvince(viewer, null, t.db))!;
    expect(chosen.province.id).toBe(world.daNang.id);
    const { rows, medianCoverage } = await provinceCommuneRows(
      viewer,
      world.daNang.id,
      period,
      fixtureToday,
      defaultBehindRule,
      t.db,
    );
    expect(rows.map((r) => r.name)).toEqual(["Hải Vân", "Hòa Xuân"]);
    for (const r of rows) {
      const expected = await raw([r.communeId], period.from, period.to);
      expect([r.peopleServed, r.signaturesInstalled, r.simsGiven]).toEqual([
        expected.peopleServed,
        expected.signaturesInstalled,
        expected.simsGiven,
      ]);
      expect(r.reached).toBe(await rawReached(sql`v.commune_id = ${r.communeId}`, period.to));
      expect(r.activeVolunteers).toBe(5);
    }
    const haiVan = rows.find((r) => r.communeId === world.haiVan.id)!;
    expect(haiVan.desksHeld).toBe(1);
    expect(haiVan.reachTarget).toBe(600);
    expect(medianCoverage).toBeCloseTo((rows[0]!.coverage + rows[1]!.coverage) / 2);
  });

  it("lets the officer drill into a commune of the province, and nowhere else", async () => {
    const viewer = await viewerFor(t.db, "tinhdoan.danang");
    expect((await resolveOverviewArea(viewer, { commune: String(world.hoaXuan.id) }, t.db))?.commune?.name).toBe(
      "Hòa Xuân",
    );
    expect(await resolveOverviewArea(viewer, { commune: String(world.caiRang.id) }, t.db)).toBeNull();
    expect(await resolveProvince(viewer, world.canTho.id, t.db)).toBeNull();
    const { rows } = await provinceCommuneRows(viewer, world.canTho.id, period, fixtureToday, defaultBehindRule, t.db);
    expect(rows).toEqual([]);
  });

  it("lets the admin pick any province, and refuses commune roles", async () => {
    const admin = await viewerFor(t.db, "admin");
    expect((await resolveProvince(admin, world.canTho.id, t.db))?.province.name).toBe("Cần Thơ");
    expect(await resolveProvince(await viewerFor(t.db, "bithu.haivan"), null, t.db)).toBeNull();
  });
});
