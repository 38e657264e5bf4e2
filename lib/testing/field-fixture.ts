import { sql } from "drizzle-orm";
import type { Executor } from "@/lib/db/client";
import { recountHouseholdsWhere } from "@/lib/db/household-counts";
import { communes, households, members, provinces, users, villages } from "@/lib/db/schema";

/**
 * Two wards of Đà Nẵng with their secretaries, villages, a few members and households: enough
 * for the field commands' scope tests when the demo seed is not wanted (or not there yet).
 */
export async function seedFieldFixture(db: Executor) {
  const [province] = await db
    .insert(provinces)
    .values({ code: "48", name: "Đà Nẵng", centerLat: 16.05, centerLng: 108.2 })
    .returning();
  const [haiVan, hoaXuan] = await db
    .insert(communes)
    .values([
      { provinceId: province!.id, code: "HV", name: "Hải Vân", kind: "ward", centerLat: 16.13, centerLng: 108.1 },
      { provinceId: province!.id, code: "HX", name: "Hòa Xuân", kind: "ward", centerLat: 16.0, centerLng: 108.22 },
    ])
    .returning();
  await db.insert(users).values([
    {
      username: "bithu.haivan",
      displayName: "Bí thư Hải Vân",
      passwordHash: "-",
      role: "commune_secretary",
      provinceId: province!.id,
      communeId: haiVan!.id,
    },
    {
      username: "bithu.hoaxuan",
      displayName: "Bí thư Hòa Xuân",
      passwordHash: "-",
      role: "commune_secretary",
      provinceId: province!.id,
      communeId: hoaXuan!.id,
    },
    {
      username: "giamdoc.haivan",
      displayName: "Giám đốc TT",
      passwordHash: "-",
      role: "center_director",
      provinceId: province!.id,
      communeId: haiVan!.id,
    },
  ]);
  const [taLang, gianBi, hxVillage] = await db
    .insert(villages)
    .values([
      { communeId: haiVan!.id, code: "TL", name: "Tà Lang", kind: "thon", lat: 16.11, lng: 107.99 },
      { communeId: haiVan!.id, code: "GB", name: "Giàn Bí", kind: "thon", lat: 16.09, lng: 108.01 },
      { communeId: hoaXuan!.id, code: "HX1", name: "Tổ 1", kind: "to_dan_pho", lat: 16.0, lng: 108.22 },
    ])
    .returning();
  const [hvMember, hxMember] = await db
    .insert(members)
    .values([
      { communeId: haiVan!.id, fullName: "Nguyễn Văn An", kind: "union_member", villageId: taLang!.id },
      { communeId: hoaXuan!.id, fullName: "Trần Thị Bình", kind: "student", villageId: hxVillage!.id },
    ])
    .returning();
  const [hvHousehold, hxHousehold] = await db
    .insert(households)
    .values([
      { communeId: haiVan!.id, villageId: taLang!.id, code: "HV-001", headName: "Bríu Pố", ethnicMinority: true },
      { communeId: hoaXuan!.id, villageId: hxVillage!.id, code: "HX-001", headName: "Lê Văn Cường" },
    ])
    .returning();
  await recountHouseholdsWhere(db, () => sql`true`);
  return {
    province: province!,
    haiVan: haiVan!,
    hoaXuan: hoaXuan!,
    taLang: taLang!,
    gianBi: gianBi!,
    hxVillage: hxVillage!,
    hvMember: hvMember!,
    hxMember: hxMember!,
    hvHousehold: hvHousehold!,
    hxHousehold: hxHousehold!,
  };
}
