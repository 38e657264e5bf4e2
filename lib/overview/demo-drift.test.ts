import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "@/lib/db/rows";
import { demoCalendar, demoSeedDay } from "@/lib/db/seed";
import { createDemoDatabase, type TestDatabase } from "@/lib/db/testing";
import { resolvePeriod } from "@/lib/filters/period";
import { channels, type Channel } from "@/lib/records/schemas";
import { viewerFor } from "@/lib/testing/viewers";
import { counterFigures, householdFigures, trendSeries, villageBreakdown } from "./commune-queries";
import { provinceCommuneRows, resolveProvince } from "./province-queries";
import { defaultBehindRule } from "./ranking";
import { resolveOverviewArea } from "./scope";

// The demo's last day of history (vitest.config.ts pins the seed day).
const DEMO_TODAY = demoCalendar(demoSeedDay()).historyEnd;

// The demo seed, as the e2e server and the screenshots show it: the two overviews' figures for the
// Hải Vân secretary and the Đà Nẵng officer must equal sums over raw support_records.

let t: TestDatabase;
const { period } = resolvePeriod({ period: "quarter" }, DEMO_TODAY);

beforeAll(async () => {
  t = await createDemoDatabase();
}, 300_000);
afterAll(() => t?.close());

/** Sums of the commune's raw records in the period (of one channel when given); reach never by channel. */
async function rawFor(communeId: number, channel: Channel | null = null) {
  const [row] = await queryRows<Record<string, number>>(
    t.db,
    sql`select coalesce(sum(people_served),0)::int as "peopleServed", coalesce(sum(signatures_installed),0)::int as "signaturesInstalled",
               coalesce(sum(sims_given),0)::int as "simsGiven", coalesce(sum(eid_activated),0)::int as "eidActivated",
               coalesce(sum(dossiers_submitted),0)::int as "dossiersSubmitted", coalesce(sum(households_served),0)::int as "householdsServed",
               (select count(*)::int from households h where h.commune_id = ${communeId}
                  and (select min(r2.served_on) from support_records r2 where r2.household_id = h.id) <= ${period.to}) as "reached"
        from support_records r where r.commune_id = ${communeId} and r.served_on between ${period.from} and ${period.to}
          ${channel === null ? sql`` : sql`and r.channel = ${channel}`}`,
  );
  return row!;
}

describe("demo seed: overviews against raw records", () => {
  it("the Hải Vân secretary's cards", async () => {
    const viewer = await viewerFor(t.db, "bithu.haivan");
    const area = (await resolveOverviewArea(viewer, {}, t.db))!;
    const [figures, hh, raw] = await Promise.all([
      counterFigures(viewer, area.filter, period, t.db),
      householdFigures(viewer, area.filter, period, t.db),
      rawFor(area.filter.communeId!),
    ]);
    const { reached, ...counters } = raw;
    expect(figures.current).toEqual(counters);
    expect(hh.reached).toBe(reached);
    expect(figures.current.peopleServed).toBeGreaterThan(0);
  });

  it("the Hải Vân secretary's view of each channel: what the channel narrows, and reach, which it cannot", async () => {
    const viewer = await viewerFor(t.db, "bithu.haivan");
    const all = await rawFor(viewer.communeId!);
    const sums = { peopleServed: 0, householdsServed: 0 };
    for (const channel of channels) {
      const area = (await resolveOverviewArea(viewer, { channel }, t.db))!;
      expect(area.filter.channel).toBe(channel);
      const [figures, hh, villages, trend, raw] = await Promise.all([
        counterFigures(viewer, area.filter, period, t.db),
        householdFigures(viewer, area.filter, period, t.db),
        villageBreakdown(viewer, area.filter, period, t.db),
        trendSeries(viewer, area.filter, period, t.db),
        rawFor(area.filter.communeId!, channel),
      ]);
      const { reached, ...counters } = raw;
      expect(figures.current, channel).toEqual(counters);
      expect(
        villages.reduce((s, v) => s + v.peopleServed, 0),
        channel,
      ).toBe(counters.peopleServed);
      expect(
        villages.reduce((s, v) => s + v.householdsServed, 0),
        channel,
      ).toBe(counters.householdsServed);
      expect(
        trend.points.reduce((s, p) => s + p.signaturesInstalled, 0),
        channel,
      ).toBe(counters.signaturesInstalled);
      // Reach is counted from each household's first support, whatever its channel: the card says so.
      expect(hh.reached, channel).toBe(reached);
      expect(reached).toBe(all.reached);
      sums.peopleServed += figures.current.peopleServed;
      sums.householdsServed += figures.current.householdsServed;
    }
    // The channels split the whole: nothing counted twice, nothing lost.
    expect(sums).toEqual({ peopleServed: all.peopleServed, householdsServed: all.householdsServed });
    expect(all.peopleServed).toBeGreaterThan(0);
  });

  it("the Đà Nẵng officer's commune rows", async () => {
    const viewer = await viewerFor(t.db, "tinhdoan.danang");
    const { province } = (await resolveProvince(viewer, null, t.db))!;
    const { rows } = await provinceCommuneRows(viewer, province.id, period, DEMO_TODAY, defaultBehindRule, t.db);
    expect(rows.length).toBeGreaterThan(1);
    for (const r of rows) {
      const raw = await rawFor(r.communeId);
      expect({
        people: r.peopleServed,
        signatures: r.signaturesInstalled,
        sims: r.simsGiven,
        reached: r.reached,
      }).toEqual({
        people: raw.peopleServed,
        signatures: raw.signaturesInstalled,
        sims: raw.simsGiven,
        reached: raw.reached,
      });
    }
  });
});
