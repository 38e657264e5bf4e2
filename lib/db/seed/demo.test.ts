import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { queryRows } from "@/lib/db/rows";
import { createDemoDatabase, type TestDatabase } from "@/lib/db/testing";
import { rollupDrift } from "@/lib/testing/rollup-check";
import { demoAccounts, DEMO_PASSWORD } from "./demo-accounts";
import { DEMO_FIGURES } from "./demo-campaigns";
import { demoCalendar, demoSeedDay, isSeeded } from "./index";

// The day the run's demo was seeded as (vitest.config.ts pins DEMO_SEED_DATE).
const calendar = demoCalendar(demoSeedDay());
const chiaKhoaSo = calendar.storyDay(DEMO_FIGURES.phuLoiChiaKhoaSo);

// The demo seed against a real database: the field reports' figures come out as reported, every
// village has its households, and the rollups equal what the raw records add up to. The database
// is a copy of the demo that lib/testing/global-setup.ts seeds once per run with seedDemo.

let test: TestDatabase;
const rows = <T extends Record<string, unknown>>(query: string) => queryRows<T>(test.db, sql.raw(query));
const one = async (query: string) => Number(Object.values((await rows(query))[0] ?? {})[0] ?? 0);
const commune = (code: string) => `(select id from communes where code = '${code}')`;

beforeAll(async () => {
  test = await createDemoDatabase();
});
afterAll(async () => {
  await test?.close();
});

describe("demo seed: units", () => {
  it("has the three provinces and the field reports' communes", async () => {
    expect(await one(`select count(*) from provinces`)).toBe(3);
    const names = (await rows<{ name: string }>(`select name from communes`)).map((r) => r.name);
    for (const n of [
      "Hải Vân",
      "Hòa Xuân",
      "A Vương",
      "Tây Giang",
      "La Dêê",
      "Cái Răng",
      "Phú Lợi",
      "Thới Hưng",
      "Ninh Kiều",
      "Hoàng Su Phì",
      "Bạch Xa",
      "Hà Giang 2",
    ]) {
      expect(names.some((x) => x.endsWith(` ${n}`))).toBe(true);
    }
    expect(await isSeeded(test.db)).toBe(true);
  });

  it("gives every village exactly its householdsTotal households", async () => {
    expect(
      await one(
        `select count(*) from villages v where v.households_total <> (select count(*) from households h where h.village_id = v.id)`,
      ),
    ).toBe(0);
    expect(await one(`select count(*) from villages where households_total = 0`)).toBe(0);
  });

  it("puts Tà Lang and Giàn Bí under former Hòa Bắc, with at least 1,350 households there", async () => {
    const hoaBac = await rows<{ name: string; remote: boolean; priority_group: string }>(
      `select v.name, v.remote, v.priority_group from villages v join former_communes f on f.id = v.former_commune_id where f.name = 'Hòa Bắc'`,
    );
    expect(
      hoaBac
        .filter((v) => ["Tà Lang", "Giàn Bí"].includes(v.name))
        .every((v) => v.remote && v.priority_group === "Cơ Tu"),
    ).toBe(true);
    expect(
      await one(
        `select sum(households_total) from villages v join former_communes f on f.id = v.former_commune_id where f.name = 'Hòa Bắc'`,
      ),
    ).toBeGreaterThanOrEqual(1350);
  });

  it("places Tây Giang's far villages 40–50 km from the commune center", async () => {
    expect(
      await one(
        `select count(*) from villages where commune_id = ${commune("TAY-GIANG")} and distance_km between 40 and 50`,
      ),
    ).toBeGreaterThanOrEqual(4);
  });

  it("has one service center per commune with villages; Phú Lợi's takes about 85 dossiers a day", async () => {
    expect(
      await one(`select count(*) from communes c where exists (select 1 from villages v where v.commune_id = c.id)
      and (select count(*) from service_centers s where s.commune_id = c.id) <> 1`),
    ).toBe(0);
    expect(
      await one(`select daily_dossiers_typical from service_centers where commune_id = ${commune("PHU-LOI")}`),
    ).toBe(85);
  });
});

describe("demo seed: people", () => {
  it("has the reported member counts", async () => {
    expect(await one(`select count(*) from members where commune_id = ${commune("HAI-VAN")}`)).toBe(
      DEMO_FIGURES.haiVanMembers,
    );
    expect(await one(`select count(*) from members where commune_id = ${commune("HOA-XUAN")}`)).toBe(
      DEMO_FIGURES.hoaXuanMembers,
    );
    const digital = await one(`select count(*) from team_members tm join teams t on t.id = tm.team_id
      where t.commune_id = ${commune("CAI-RANG")} and t.kind = 'digital_community'`);
    expect(digital).toBe(DEMO_FIGURES.caiRangDigitalTeam);
  });

  it("gives Tây Giang 38 core members in village teams and five weekday center teams of about ten", async () => {
    const center = await rows<{ duty_weekday: number; n: number }>(`select t.duty_weekday, count(tm.member_id)::int as n
      from teams t join team_members tm on tm.team_id = t.id
      where t.commune_id = ${commune("TAY-GIANG")} and t.kind = 'center_duty' group by t.id, t.duty_weekday order by t.duty_weekday`);
    expect(center.map((t) => t.duty_weekday)).toEqual([1, 2, 3, 4, 5]);
    for (const t of center) expect(t.n).toBeGreaterThanOrEqual(9);
    for (const t of center) expect(t.n).toBeLessThanOrEqual(11);
    expect(
      await one(`select count(distinct tm.member_id) from team_members tm join teams t on t.id = tm.team_id join members m on m.id = tm.member_id
      where t.commune_id = ${commune("TAY-GIANG")} and t.kind = 'mobile_desk' and m.kind <> 'civil_servant'`),
    ).toBe(DEMO_FIGURES.tayGiangCoreMembers);
  });

  it("assigns about 20 households to each volunteer, leaving some unassigned", async () => {
    const loads = await rows<{ n: number }>(
      `select count(*)::int as n from households where assigned_member_id is not null group by assigned_member_id`,
    );
    expect(Math.max(...loads.map((l) => l.n))).toBeLessThanOrEqual(22);
    expect(await one(`select count(*) from households where assigned_member_id is null`)).toBeGreaterThan(0);
  });

  it("records the Chìa khóa số training in Phú Lợi on 10 October", async () => {
    const [training] = await rows<{ topics: string[] | string }>(
      `select topics from trainings where commune_id = ${commune("PHU-LOI")} and held_on = '${chiaKhoaSo}'`,
    );
    expect(String(training?.topics)).toContain("smart_kiosk");
    expect(
      await one(
        `select count(*) from training_attendance a join trainings t on t.id = a.training_id where t.held_on = '${chiaKhoaSo}'`,
      ),
    ).toBeGreaterThan(10);
  });

  it("creates the demo accounts with the shared password", async () => {
    const users = await rows<{ username: string; role: string; password_hash: string }>(
      `select username, role, password_hash from users`,
    );
    expect(users.map((u) => u.username).sort()).toEqual(demoAccounts.map((a) => a.username).sort());
    const admin = users.find((u) => u.username === "admin")!;
    expect(await verifyPassword(DEMO_PASSWORD, admin.password_hash)).toBe(true);
  });
});

describe("demo seed: the reported figures", () => {
  it("reproduces Hải Vân's first days: 86 people, 3 digital signatures, nearly 30 SIMs", async () => {
    const [launch] = await rows<{ people: number; signatures: number; sims: number }>(`
      select sum(people_served)::int as people, sum(signatures_installed)::int as signatures, sum(sims_given)::int as sims
      from support_records where commune_id = ${commune("HAI-VAN")}
        and served_on < (select min(served_on) from support_records where commune_id = ${commune("HAI-VAN")}) + ${DEMO_FIGURES.haiVanLaunch.days}`);
    expect(launch).toEqual({ people: 86, signatures: 3, sims: 29 });
  });

  it("counts 14 smartphones donated in Ninh Kiều and over 1,600 payment apps in Thới Hưng", async () => {
    expect(
      await one(`select sum(smartphones_donated) from support_records where commune_id = ${commune("NINH-KIEU")}`),
    ).toBe(14);
    expect(
      await one(`select sum(payment_apps_installed) from support_records where commune_id = ${commune("THOI-HUNG")}`),
    ).toBeGreaterThan(1600);
  });

  it("has Phú Lợi's center taking 70–100 dossiers on working days", async () => {
    const days = await rows<{ n: number }>(`select sum(dossiers_submitted)::int as n from support_records
      where commune_id = ${commune("PHU-LOI")} and channel = 'center' and extract(isodow from served_on) <= 5 group by served_on`);
    expect(days.length).toBeGreaterThan(80);
    for (const d of days) expect(d.n >= 70 && d.n <= 100).toBe(true);
  });

  it("names the household and its volunteer on every door-to-door record", async () => {
    expect(
      await one(`select count(*) from support_records r left join households h on h.id = r.household_id
      where r.channel = 'door_to_door' and (h.id is null or r.member_id is distinct from h.assigned_member_id)`),
    ).toBe(0);
  });

  it("holds mobile desks at Tà Lang up to yesterday, and plans them for the month ahead", async () => {
    expect(
      await one(`select count(*) from mobile_desks d join villages v on v.id = d.village_id
      where v.name = 'Tà Lang' and d.status = 'held' and d.place = 'Nhà văn hóa tổ dân phố Tà Lang'`),
    ).toBeGreaterThan(0);
    expect(
      await one(
        `select count(*) from mobile_desks where status = 'planned' and starts_at::date <= '${calendar.historyEnd}'`,
      ),
    ).toBe(0);
    expect(
      await one(
        `select count(*) from mobile_desks where status <> 'planned' and starts_at::date > '${calendar.historyEnd}'`,
      ),
    ).toBe(0);
    // 2–3 a month per remote village: every remote village of a demo commune has one planned in the next month.
    expect(
      await one(`select count(*) from villages v where v.remote and v.commune_id in (select commune_id from mobile_desks)
      and not exists (select 1 from mobile_desks d where d.village_id = v.id and d.status = 'planned'
        and d.starts_at::date between '${calendar.seedDay}'::date and '${calendar.seedDay}'::date + 30)`),
    ).toBe(0);
    expect(
      await one(`select count(*) from villages v where v.remote and v.commune_id in (select commune_id from mobile_desks)
      and (select count(*) from mobile_desks d where d.village_id = v.id and d.starts_at::date between '${calendar.historyEnd}'::date - 30 and '${calendar.historyEnd}') < 2`),
    ).toBe(0);
    expect(
      await one(`select count(*) from duty_roster_entries where day > '${calendar.seedDay}'::date + 13`),
    ).toBeGreaterThan(0);
    expect(await one(`select count(*) from support_records where served_on > '${calendar.historyEnd}'`)).toBe(0);
    expect(
      await one(`select count(*) from support_records where served_on = '${calendar.historyEnd}'`),
    ).toBeGreaterThan(0);
    expect(
      await one(
        `select count(*) from support_records r join mobile_desks d on d.id = r.mobile_desk_id where d.status <> 'held'`,
      ),
    ).toBe(0);
  });

  it("puts 8 members at the Hoàng Su Phì center on the morning of 7 July", async () => {
    expect(
      await one(`select count(*) from duty_roster_entries where commune_id = ${commune("HOANG-SU-PHI")}
      and day = '${calendar.storyDay(DEMO_FIGURES.hoangSuPhiLaunch.day)}' and shift = 'morning'`),
    ).toBe(8);
    expect(await one(`select count(*) from duty_roster_entries where extract(isodow from day) >= 6`)).toBeGreaterThan(
      0,
    );
  });

  it("sets Hải Vân's target of 1,350 households of former Hòa Bắc by the end of the story's year", async () => {
    const [target] = await rows<{
      target_value: number;
      due_on: string;
    }>(`select t.target_value, t.due_on::text as due_on from targets t
      join former_communes f on f.id = t.former_commune_id where f.name = 'Hòa Bắc' and t.indicator = 'households_reached'`);
    expect(target).toEqual({ target_value: 1350, due_on: calendar.targetsDue });
  });
});

describe("demo seed: rollups", () => {
  it("equal the aggregates recomputed from raw support records", async () => {
    expect(await rollupDrift(test.db)).toEqual([]);
  });

  it("sum per commune to the records' totals, and reach counts households with any record", async () => {
    const mismatched = await one(`select count(*) from (
      select commune_id, sum(people_served) p, sum(signatures_installed) s from support_records group by commune_id
      except select commune_id, sum(people_served), sum(signatures_installed) from village_daily_stats group by commune_id) d`);
    expect(mismatched).toBe(0);
    expect(await one(`select sum(households_first_reached) from village_daily_reach`)).toBe(
      await one(`select count(distinct household_id) from support_records`),
    );
  });
});
