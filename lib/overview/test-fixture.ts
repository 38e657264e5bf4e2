import type { Executor } from "@/lib/db/client";
import { rebuildRollups } from "@/lib/db/rollups";
import {
  communes,
  formerCommunes,
  households,
  members,
  mobileDesks,
  procedures,
  provinces,
  supportRecordProcedures,
  supportRecords,
  targets,
  users,
  villages,
} from "@/lib/db/schema";
import { addDays } from "@/lib/filters/period";
import { procedureCatalogue } from "@/lib/reference/procedures";

// A small, deterministic world for the overview's data-layer tests: two provinces, three
// communes (one with a former commune and remote villages), households, volunteers, mobile desks,
// targets, accounts for every role, and a few hundred support records spread over 120 days. The
// rollups are rebuilt from the records, as the demo seed does; tests then compare the dashboard's
// figures with sums taken straight from support_records.

export const fixtureToday = "2026-11-20";

function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export async function seedOverviewFixture(db: Executor) {
  const rand = prng(20261120);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  await db.insert(procedures).values(procedureCatalogue.map((p, i) => ({ ...p, sortOrder: i })));
  const [daNang, canTho] = await db
    .insert(provinces)
    .values([
      { code: "48", name: "Đà Nẵng", centerLat: 16.05, centerLng: 108.2 },
      { code: "92", name: "Cần Thơ", centerLat: 10.03, centerLng: 105.78 },
    ])
    .returning();
  const [haiVan, hoaXuan, caiRang] = await db
    .insert(communes)
    .values([
      { provinceId: daNang!.id, code: "20194", name: "Hải Vân", kind: "ward", centerLat: 16.13, centerLng: 108.1 },
      { provinceId: daNang!.id, code: "20305", name: "Hòa Xuân", kind: "ward", centerLat: 16.0, centerLng: 108.22 },
      { provinceId: canTho!.id, code: "31186", name: "Cái Răng", kind: "ward", centerLat: 10.0, centerLng: 105.79 },
    ])
    .returning();
  const [hoaBac] = await db
    .insert(formerCommunes)
    .values({ communeId: haiVan!.id, name: "Hòa Bắc", mergedOn: "2025-07-01" })
    .returning();
  const villageSpecs = [
    { c: haiVan!, name: "Tà Lang", remote: true, total: 120, former: hoaBac!.id },
    { c: haiVan!, name: "Giàn Bí", remote: true, total: 90, former: hoaBac!.id },
    { c: haiVan!, name: "Nam Yên", remote: false, total: 200, former: hoaBac!.id },
    { c: haiVan!, name: "Tổ dân phố Xuân Thiều", remote: false, total: 260, former: null },
    { c: hoaXuan!, name: "Tổ dân phố Cẩm Nam", remote: false, total: 240, former: null },
    { c: hoaXuan!, name: "Tổ dân phố Bàu Cầu", remote: false, total: 180, former: null },
    { c: caiRang!, name: "Khu vực Thạnh Mỹ", remote: false, total: 220, former: null },
  ];
  const villageRows = await db
    .insert(villages)
    .values(
      villageSpecs.map((v, i) => ({
        communeId: v.c.id,
        formerCommuneId: v.former,
        code: `V${i + 1}`,
        name: v.name,
        kind: "thon" as const,
        lat: v.c.centerLat,
        lng: v.c.centerLng,
        householdsTotal: v.total,
        remote: v.remote,
        distanceKm: v.remote ? 40 : 3,
      })),
    )
    .returning();
  const memberRows = await db
    .insert(members)
    .values(
      [haiVan!, hoaXuan!, caiRang!].flatMap((c) =>
        Array.from({ length: 6 }, (_, i) => ({
          communeId: c.id,
          fullName: `Tình nguyện viên ${c.name} ${i + 1}`,
          kind: "union_member" as const,
          active: i < 5,
        })),
      ),
    )
    .returning();
  // Households: a share of each village's total is registered, some assigned to a volunteer.
  const householdValues = villageRows.flatMap((v) =>
    Array.from({ length: Math.round(v.householdsTotal / 4) }, (_, i) => {
      const local = memberRows.filter((m) => m.communeId === v.communeId && m.active);
      return {
        communeId: v.communeId,
        villageId: v.id,
        code: `${v.code}-${i + 1}`,
        headName: `Chủ hộ ${v.code}-${i + 1}`,
        hasProficientMember: rand() < 0.4,
        assignedMemberId: rand() < 0.8 ? pick(local).id : null,
      };
    }),
  );
  const householdRows = await db
    .insert(households)
    .values(householdValues)
    .returning({ id: households.id, villageId: households.villageId, communeId: households.communeId });
  const channels = ["door_to_door", "mobile_desk", "center"] as const;
  const recordValues = Array.from({ length: 420 }, () => {
    const v = pick(villageRows);
    const hs = householdRows.filter((h) => h.villageId === v.id);
    const householdsServed = 1 + Math.floor(rand() * 3);
    return {
      communeId: v.communeId,
      villageId: v.id,
      householdId: rand() < 0.7 ? pick(hs).id : null,
      servedOn: addDays(fixtureToday, -Math.floor(rand() * 120)),
      channel: pick(channels),
      peopleServed: householdsServed + Math.floor(rand() * 4),
      householdsServed,
      eidActivated: Math.floor(rand() * 3),
      signaturesInstalled: rand() < 0.3 ? 1 : 0,
      simsGiven: Math.floor(rand() * 2),
      dossiersSubmitted: Math.floor(rand() * 3),
      paymentAppsInstalled: Math.floor(rand() * 2),
    };
  });
  const recordRows = await db.insert(supportRecords).values(recordValues).returning({ id: supportRecords.id });
  const codes = procedureCatalogue.map((p) => p.code);
  await db.insert(supportRecordProcedures).values(
    recordRows.flatMap((r) => {
      const first = pick(codes);
      const second = pick(codes);
      return first === second
        ? [{ recordId: r.id, procedureCode: first }]
        : [
            { recordId: r.id, procedureCode: first },
            { recordId: r.id, procedureCode: second },
          ];
    }),
  );
  const at = (day: string, hour: number) => new Date(`${day}T${String(hour).padStart(2, "0")}:00:00+07:00`);
  const [taLang, gianBi] = villageRows;
  await db.insert(mobileDesks).values([
    {
      communeId: haiVan!.id,
      villageId: taLang!.id,
      startsAt: at("2026-11-05", 8),
      endsAt: at("2026-11-05", 11),
      place: "Nhà văn hóa Tà Lang",
      status: "held",
    },
    {
      communeId: haiVan!.id,
      villageId: taLang!.id,
      startsAt: at("2026-11-25", 8),
      endsAt: at("2026-11-25", 11),
      place: "Nhà văn hóa Tà Lang",
      status: "planned",
    },
    {
      communeId: haiVan!.id,
      villageId: gianBi!.id,
      startsAt: at("2026-11-12", 8),
      endsAt: at("2026-11-12", 11),
      place: "Nhà rông Giàn Bí",
      status: "cancelled",
    },
  ]);
  await db.insert(targets).values([
    {
      communeId: haiVan!.id,
      formerCommuneId: hoaBac!.id,
      indicator: "households_reached",
      targetValue: 1350,
      startsOn: "2026-07-01",
      dueOn: "2026-12-31",
    },
    {
      communeId: haiVan!.id,
      indicator: "households_reached",
      targetValue: 600,
      startsOn: "2026-07-01",
      dueOn: "2026-12-31",
    },
    {
      communeId: haiVan!.id,
      indicator: "signatures_installed",
      targetValue: 150,
      startsOn: "2026-09-01",
      dueOn: "2026-12-31",
    },
  ]);
  const account = (
    username: string,
    role: (typeof users.$inferInsert)["role"],
    provinceId: number | null,
    communeId: number | null,
  ) => ({
    username,
    displayName: username,
    passwordHash: "x",
    role,
    provinceId,
    communeId,
  });
  await db
    .insert(users)
    .values([
      account("admin", "admin", null, null),
      account("tinhdoan.danang", "provincial_officer", daNang!.id, null),
      account("tinhdoan.cantho", "provincial_officer", canTho!.id, null),
      account("bithu.haivan", "commune_secretary", daNang!.id, haiVan!.id),
      account("giamdoc.haivan", "center_director", daNang!.id, haiVan!.id),
      account("bithu.hoaxuan", "commune_secretary", daNang!.id, hoaXuan!.id),
      account("bithu.cairang", "commune_secretary", canTho!.id, caiRang!.id),
    ]);
  await rebuildRollups(db);
  return {
    daNang: daNang!,
    canTho: canTho!,
    haiVan: haiVan!,
    hoaXuan: hoaXuan!,
    caiRang: caiRang!,
    hoaBac: hoaBac!,
    villages: villageRows,
  };
}
