import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/roles";
import { queryRows } from "@/lib/db/rows";
import { demoCalendar, demoSeedDay, seedDemo } from "@/lib/db/seed";
import { createTestDatabase, type TestDatabase } from "@/lib/db/testing";
import { resolvePeriod, toVietnameseDate } from "@/lib/filters/period";
import { viewerFor } from "@/lib/testing/viewers";
import { communeForMap, communesForMap, provinceForMap, provincesForMap, villagesForMap } from "./queries";
import { villageActivity, villageById } from "./village-page";

// The demo's last day of history (vitest.config.ts pins the seed day).
const DEMO_TODAY = demoCalendar(demoSeedDay()).historyEnd;

let test: TestDatabase;
let ids: Record<string, number>;
let viewers: Record<"admin" | "haivan" | "hoaxuan" | "danang" | "cantho", Viewer>;
// The whole demo programme (it started in 2026), as a custom period of the shared model.
const period = resolvePeriod(
  { period: "custom", from: "01/01/2026", to: toVietnameseDate(DEMO_TODAY) },
  DEMO_TODAY,
).period;

beforeAll(async () => {
  test = await createTestDatabase();
  await seedDemo(test.db);
  const units = await queryRows<{ code: string; id: number }>(
    test.db,
    sql`select code, id from communes union all select 'P-' || code, id from provinces`,
  );
  ids = Object.fromEntries(units.map((u) => [u.code, u.id]));
  const [admin, haivan, hoaxuan, danang, cantho] = await Promise.all(
    ["admin", "bithu.haivan", "bithu.hoaxuan", "tinhdoan.danang", "tinhdoan.cantho"].map((u) => viewerFor(test.db, u)),
  );
  viewers = { admin: admin!, haivan: haivan!, hoaxuan: hoaxuan!, danang: danang!, cantho: cantho! };
}, 300_000);
afterAll(() => test?.close());

describe("commune map queries", () => {
  it("draws Hải Vân's villages with Tà Lang and Giàn Bí as Cơ Tu priority villages", async () => {
    const commune = await communeForMap(viewers.haivan, ids["HAI-VAN"]!);
    expect(commune?.name).toBe("Phường Hải Vân");
    expect(commune?.serviceCenters.length).toBeGreaterThan(0);
    const villages = await villagesForMap(viewers.haivan, ids["HAI-VAN"]!, period, DEMO_TODAY);
    const names = villages.map((v) => v.name);
    expect(names).toEqual(expect.arrayContaining(["Tà Lang", "Giàn Bí"]));
    for (const name of ["Tà Lang", "Giàn Bí"]) {
      const v = villages.find((x) => x.name === name)!;
      expect(v).toMatchObject({ priorityGroup: "Cơ Tu", remote: true });
    }
    // Figures agree with the rollup and the household table computed independently.
    const [check] = await queryRows<{ reached: number; total: number; proficient: number }>(
      test.db,
      sql`select (select coalesce(sum(households_first_reached), 0)::int from village_daily_reach where commune_id = ${ids["HAI-VAN"]!}) as reached,
                 (select coalesce(sum(households_total), 0)::int from villages where commune_id = ${ids["HAI-VAN"]!} and active) as total,
                 (select count(*)::int from households where commune_id = ${ids["HAI-VAN"]!} and has_proficient_member) as proficient`,
    );
    expect(villages.reduce((n, v) => n + v.reached, 0)).toBe(check!.reached);
    expect(villages.reduce((n, v) => n + v.householdsTotal, 0)).toBe(check!.total);
    expect(villages.reduce((n, v) => n + v.proficient, 0)).toBe(check!.proficient);
    expect(check!.reached).toBeGreaterThan(0);
  });

  it("refuses another commune's map and villages (null, no rows)", async () => {
    expect(await communeForMap(viewers.haivan, ids["HOA-XUAN"]!)).toBeNull();
    expect(await villagesForMap(viewers.haivan, ids["HOA-XUAN"]!, period, DEMO_TODAY)).toEqual([]);
    expect(await communeForMap(viewers.cantho, ids["HAI-VAN"]!)).toBeNull();
    expect(await communeForMap(viewers.danang, ids["HAI-VAN"]!)).not.toBeNull();
    expect(await communeForMap(viewers.admin, 999_999)).toBeNull();
  });

  it("counts only the period's people served", async () => {
    const all = await villagesForMap(viewers.haivan, ids["HAI-VAN"]!, period, DEMO_TODAY);
    const recent = await villagesForMap(
      viewers.haivan,
      ids["HAI-VAN"]!,
      resolvePeriod({ period: "month" }, DEMO_TODAY).period,
      DEMO_TODAY,
    );
    const sum = (rows: typeof all) => rows.reduce((n, v) => n + v.peopleServed, 0);
    expect(sum(recent)).toBeGreaterThan(0);
    expect(sum(recent)).toBeLessThan(sum(all));
  });
});

describe("province and national map queries", () => {
  it("gives a provincial officer their province's communes only", async () => {
    expect(await provinceForMap(viewers.danang, ids["P-CAN-THO"]!)).toBeNull();
    const communes = await communesForMap(viewers.danang, ids["P-DA-NANG"]!, period, DEMO_TODAY);
    expect(communes.map((c) => c.name)).toEqual(
      expect.arrayContaining(["Phường Hải Vân", "Phường Hòa Xuân", "Đặc khu Hoàng Sa"]),
    );
    expect(await communesForMap(viewers.danang, ids["P-CAN-THO"]!, period, DEMO_TODAY)).toEqual([]);
    const haiVan = communes.find((c) => c.name === "Phường Hải Vân")!;
    const villages = await villagesForMap(viewers.danang, haiVan.id, period, DEMO_TODAY);
    expect(haiVan.villages).toBe(villages.length);
    expect(haiVan.reached).toBe(villages.reduce((n, v) => n + v.reached, 0));
  });

  it("a commune secretary's province map holds their own commune only", async () => {
    const communes = await communesForMap(viewers.haivan, ids["P-DA-NANG"]!, period, DEMO_TODAY);
    expect(communes.map((c) => c.name)).toEqual(["Phường Hải Vân"]);
  });

  it("the national view sums every province for the admin, only its own for an officer", async () => {
    const all = await provincesForMap(viewers.admin, period, DEMO_TODAY);
    expect(all.length).toBeGreaterThanOrEqual(3);
    const own = await provincesForMap(viewers.cantho, period, DEMO_TODAY);
    expect(own.map((p) => p.id)).toEqual([ids["P-CAN-THO"]]);
  });
});

describe("village page queries", () => {
  it("reads a village in scope with its activity, and refuses one out of scope", async () => {
    const villages = await villagesForMap(viewers.haivan, ids["HAI-VAN"]!, period, DEMO_TODAY);
    const taLang = villages.find((v) => v.name === "Tà Lang")!;
    const village = await villageById(viewers.haivan, taLang.id);
    expect(village).toMatchObject({ name: "Tà Lang", priorityGroup: "Cơ Tu", formerCommune: "Hòa Bắc" });
    const activity = await villageActivity(viewers.haivan, village!, DEMO_TODAY);
    expect(activity.households.listed).toBeGreaterThan(0);
    expect(activity.trend.reduce((n, m) => n + m.first_reached, 0)).toBe(taLang.reached);
    expect(activity.records.length).toBeGreaterThan(0);
    expect(await villageById(viewers.hoaxuan, taLang.id)).toBeNull();
    expect(await villageById(viewers.cantho, taLang.id)).toBeNull();
  });
});
