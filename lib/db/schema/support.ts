import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  date,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
} from "drizzle-orm/pg-core";
import { users } from "./accounts";
import { channel } from "./enums";
import { households, members } from "./people";
import { mobileDesks } from "./planning";
import { communes, villages } from "./units";

// Reference list of procedures handled (seeded from lib/reference/procedures.ts); the admin maintains it.
export const procedures = pgTable("procedures", {
  code: text().primaryKey(),
  nameVi: text().notNull(),
  nameEn: text().notNull(),
  // The household funnel's step this procedure completes, if any.
  funnelStep: integer(),
  sortOrder: integer().notNull().default(0),
  active: boolean().notNull().default(true),
});

// The counters every support contact records. Shared by the record and the rollup.
const counters = {
  peopleServed: integer().notNull().default(0),
  householdsServed: integer().notNull().default(0),
  eidActivated: integer().notNull().default(0),
  signaturesInstalled: integer().notNull().default(0),
  simsGiven: integer().notNull().default(0),
  dossiersSubmitted: integer().notNull().default(0),
  paymentAppsInstalled: integer().notNull().default(0),
  smartphonesDonated: integer().notNull().default(0),
};
export const counterColumns = [
  "people_served",
  "households_served",
  "eid_activated",
  "signatures_installed",
  "sims_given",
  "dossiers_submitted",
  "payment_apps_installed",
  "smartphones_donated",
] as const;

// One contact's counters must be non-negative and plausible for one day at one place.
const counterChecks = (table: string) =>
  counterColumns.map((c) => check(`${table}_${c}_sane`, sql.raw(`"${c}" between 0 and 5000`)));

export const supportRecords = pgTable(
  "support_records",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    communeId: integer()
      .notNull()
      .references(() => communes.id, { onDelete: "restrict" }),
    villageId: integer().notNull(),
    householdId: integer(),
    memberId: integer(),
    mobileDeskId: integer(),
    servedOn: date({ mode: "string" }).notNull(),
    channel: channel().notNull(),
    ...counters,
    note: text(),
    // Two people correcting the same paper form: an edit names the version it read.
    version: integer().notNull().default(1),
    createdBy: integer().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("support_records_commune_date_idx").on(t.communeId, t.servedOn),
    index("support_records_village_date_idx").on(t.villageId, t.servedOn),
    index("support_records_household_idx").on(t.householdId),
    index("support_records_member_idx").on(t.memberId),
    foreignKey({
      name: "support_records_village_fk",
      columns: [t.villageId, t.communeId],
      foreignColumns: [villages.id, villages.communeId],
    }),
    foreignKey({
      name: "support_records_household_fk",
      columns: [t.householdId, t.communeId],
      foreignColumns: [households.id, households.communeId],
    }),
    foreignKey({
      name: "support_records_member_fk",
      columns: [t.memberId, t.communeId],
      foreignColumns: [members.id, members.communeId],
    }),
    foreignKey({
      name: "support_records_desk_fk",
      columns: [t.mobileDeskId, t.communeId],
      foreignColumns: [mobileDesks.id, mobileDesks.communeId],
    }),
    // The program started in 2025; the upper bound stops typos like 2205.
    check("support_records_date_sane", sql`${t.servedOn} between '2025-01-01' and '2100-01-01'`),
    check("support_records_people_ge_households", sql`${t.peopleServed} >= ${t.householdsServed}`),
    ...counterChecks("support_records"),
  ],
);

export const supportRecordProcedures = pgTable(
  "support_record_procedures",
  {
    recordId: bigint({ mode: "number" })
      .notNull()
      .references(() => supportRecords.id, { onDelete: "cascade" }),
    procedureCode: text()
      .notNull()
      .references(() => procedures.code, { onDelete: "restrict" }),
  },
  (t) => [
    primaryKey({ columns: [t.recordId, t.procedureCode] }),
    index("support_record_procedures_code_idx").on(t.procedureCode),
  ],
);

// The rollup dashboards read: village × day × channel, kept current in the same transaction as
// the support records it counts (lib/db/rollups.ts), so a dashboard's cost grows with
// villages × days, not with records.
export const villageDailyStats = pgTable(
  "village_daily_stats",
  {
    villageId: integer()
      .notNull()
      .references(() => villages.id, { onDelete: "cascade" }),
    communeId: integer()
      .notNull()
      .references(() => communes.id, { onDelete: "cascade" }),
    day: date({ mode: "string" }).notNull(),
    channel: channel().notNull(),
    records: integer().notNull().default(0),
    ...counters,
  },
  (t) => [
    primaryKey({ columns: [t.villageId, t.day, t.channel] }),
    index("village_daily_stats_commune_day_idx").on(t.communeId, t.day),
    index("village_daily_stats_day_idx").on(t.day),
    check("village_daily_stats_records_nonneg", sql`${t.records} >= 0`),
  ],
);

// Procedures handled per village and day, for the breakdown by procedure.
export const villageProcedureDailyStats = pgTable(
  "village_procedure_daily_stats",
  {
    villageId: integer()
      .notNull()
      .references(() => villages.id, { onDelete: "cascade" }),
    communeId: integer()
      .notNull()
      .references(() => communes.id, { onDelete: "cascade" }),
    day: date({ mode: "string" }).notNull(),
    procedureCode: text()
      .notNull()
      .references(() => procedures.code, { onDelete: "cascade" }),
    records: integer().notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.villageId, t.day, t.procedureCode] }),
    index("village_procedure_daily_stats_commune_day_idx").on(t.communeId, t.day),
    check("village_procedure_daily_stats_nonneg", sql`${t.records} >= 0`),
  ],
);

// The same per commune and day: the overview of a whole province (no village chosen) sums ~100
// communes × days here instead of ~3,000 villages × days. Kept exact beside the village one.
export const communeProcedureDailyStats = pgTable(
  "commune_procedure_daily_stats",
  {
    communeId: integer()
      .notNull()
      .references(() => communes.id, { onDelete: "cascade" }),
    day: date({ mode: "string" }).notNull(),
    procedureCode: text()
      .notNull()
      .references(() => procedures.code, { onDelete: "cascade" }),
    records: integer().notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.communeId, t.day, t.procedureCode] }),
    check("commune_procedure_daily_stats_nonneg", sql`${t.records} >= 0`),
  ],
);

// Households whose first support contact fell on this day, by the household's own village.
// Summed up to a date they give coverage (households reached / households total).
export const villageDailyReach = pgTable(
  "village_daily_reach",
  {
    villageId: integer()
      .notNull()
      .references(() => villages.id, { onDelete: "cascade" }),
    communeId: integer()
      .notNull()
      .references(() => communes.id, { onDelete: "cascade" }),
    day: date({ mode: "string" }).notNull(),
    householdsFirstReached: integer().notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.villageId, t.day] }),
    index("village_daily_reach_commune_day_idx").on(t.communeId, t.day),
    check("village_daily_reach_nonneg", sql`${t.householdsFirstReached} >= 0`),
  ],
);

// The same counters per commune and day (and channel): the provincial overview sums ~100
// communes × days here instead of ~3,000 villages × days. Kept exact in the same transaction as
// the village rollup (lib/db/rollups.ts).
export const communeDailyStats = pgTable(
  "commune_daily_stats",
  {
    communeId: integer()
      .notNull()
      .references(() => communes.id, { onDelete: "cascade" }),
    day: date({ mode: "string" }).notNull(),
    channel: channel().notNull(),
    records: integer().notNull().default(0),
    ...counters,
  },
  (t) => [
    primaryKey({ columns: [t.communeId, t.day, t.channel] }),
    check("commune_daily_stats_records_nonneg", sql`${t.records} >= 0`),
  ],
);

// Households first reached per commune and day (village_daily_reach summed over the commune).
export const communeDailyReach = pgTable(
  "commune_daily_reach",
  {
    communeId: integer()
      .notNull()
      .references(() => communes.id, { onDelete: "cascade" }),
    day: date({ mode: "string" }).notNull(),
    householdsFirstReached: integer().notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.communeId, t.day] }),
    check("commune_daily_reach_nonneg", sql`${t.householdsFirstReached} >= 0`),
  ],
);
