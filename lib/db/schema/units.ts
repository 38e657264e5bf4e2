import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  doublePrecision,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  unique,
} from "drizzle-orm/pg-core";
import { communeKind, terrain, villageEvent, villageKind } from "./enums";

// Vietnam's bounding box, Hoàng Sa and Trường Sa included. Coordinates outside it are typos.
const insideVietnam = (lat: string, lng: string) =>
  sql.raw(`(${lat} between 8.0 and 23.5 and ${lng} between 102.0 and 117.9)`);

export const provinces = pgTable(
  "provinces",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    code: text().notNull().unique(),
    name: text().notNull(),
    centerLat: doublePrecision().notNull(),
    centerLng: doublePrecision().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  () => [check("provinces_center_in_vietnam", insideVietnam("center_lat", "center_lng"))],
);

export const communes = pgTable(
  "communes",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    provinceId: integer()
      .notNull()
      .references(() => provinces.id, { onDelete: "restrict" }),
    code: text().notNull().unique(),
    name: text().notNull(),
    kind: communeKind().notNull(),
    centerLat: doublePrecision().notNull(),
    centerLng: doublePrecision().notNull(),
    // Seeded coordinates are good to a few km, not survey data.
    coordsApproximate: boolean().notNull().default(true),
    boundary: jsonb(),
    active: boolean().notNull().default(true),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("communes_province_idx").on(t.provinceId),
    // Lets child tables pin (commune, province) together with one composite key.
    unique("communes_id_province_uq").on(t.id, t.provinceId),
    check("communes_center_in_vietnam", insideVietnam("center_lat", "center_lng")),
  ],
);

// Communes merged away in 2025 keep living in reports: villages are still reported under them.
export const formerCommunes = pgTable(
  "former_communes",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    communeId: integer()
      .notNull()
      .references(() => communes.id, { onDelete: "restrict" }),
    name: text().notNull(),
    mergedOn: date({ mode: "string" }),
  },
  (t) => [
    index("former_communes_commune_idx").on(t.communeId),
    unique("former_communes_name_uq").on(t.communeId, t.name),
    unique("former_communes_id_commune_uq").on(t.id, t.communeId),
  ],
);

export const villages = pgTable(
  "villages",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    communeId: integer()
      .notNull()
      .references(() => communes.id, { onDelete: "restrict" }),
    formerCommuneId: integer(),
    code: text().notNull(),
    name: text().notNull(),
    kind: villageKind().notNull(),
    lat: doublePrecision().notNull(),
    lng: doublePrecision().notNull(),
    coordsApproximate: boolean().notNull().default(true),
    householdsTotal: integer().notNull().default(0),
    distanceKm: doublePrecision().notNull().default(0),
    terrain: terrain().notNull().default("plain"),
    remote: boolean().notNull().default(false),
    // e.g. "Cơ Tu": the ethnic group whose households get priority.
    priorityGroup: text(),
    hasInternet: boolean().notNull().default(true),
    // Mobile desks a month the secretary wants here (remote villages); null: the planner's default.
    deskTargetPerMonth: integer(),
    active: boolean().notNull().default(true),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("villages_commune_idx").on(t.communeId),
    index("villages_former_commune_idx").on(t.formerCommuneId),
    unique("villages_code_uq").on(t.communeId, t.code),
    unique("villages_id_commune_uq").on(t.id, t.communeId),
    // A village's former commune must belong to the same commune.
    foreignKey({
      name: "villages_former_commune_fk",
      columns: [t.formerCommuneId, t.communeId],
      foreignColumns: [formerCommunes.id, formerCommunes.communeId],
    }),
    check("villages_in_vietnam", insideVietnam("lat", "lng")),
    check("villages_households_total_sane", sql`${t.householdsTotal} between 0 and 100000`),
    check("villages_distance_sane", sql`${t.distanceKm} between 0 and 500`),
    check("villages_desk_target_sane", sql`${t.deskTargetPerMonth} between 0 and 8`),
  ],
);

// Renames and merges, with the date they took effect; the village row holds the current state.
export const villageHistory = pgTable(
  "village_history",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    villageId: integer()
      .notNull()
      .references(() => villages.id, { onDelete: "cascade" }),
    event: villageEvent().notNull(),
    previousName: text(),
    previousCommuneId: integer().references(() => communes.id),
    mergedIntoVillageId: integer().references(() => villages.id),
    effectiveOn: date({ mode: "string" }).notNull(),
    note: text(),
  },
  (t) => [
    index("village_history_village_idx").on(t.villageId),
    check("village_history_date_sane", sql`${t.effectiveOn} between '1945-01-01' and '2100-01-01'`),
  ],
);

export const serviceCenters = pgTable(
  "service_centers",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    communeId: integer()
      .notNull()
      .references(() => communes.id, { onDelete: "restrict" }),
    name: text().notNull(),
    address: text(),
    lat: doublePrecision().notNull(),
    lng: doublePrecision().notNull(),
    // Typical dossiers received a day (Phú Lợi: 70–100); used for staffing.
    dailyDossiersTypical: integer(),
    // Staffing the duty roster needs: members a weekday, and on Saturday / Sunday (0 = closed).
    // A day with fewer people on the roster is a gap. Holidays are closed unless openOnHolidays.
    dutyPerDay: integer().notNull().default(2),
    saturdayDuty: integer().notNull().default(0),
    sundayDuty: integer().notNull().default(0),
    openOnHolidays: boolean().notNull().default(false),
  },
  (t) => [
    index("service_centers_commune_idx").on(t.communeId),
    unique("service_centers_id_commune_uq").on(t.id, t.communeId),
    check("service_centers_in_vietnam", insideVietnam("lat", "lng")),
    check(
      "service_centers_duty_bounds",
      sql`${t.dutyPerDay} between 0 and 100 and ${t.saturdayDuty} between 0 and 100 and ${t.sundayDuty} between 0 and 100`,
    ),
  ],
);
