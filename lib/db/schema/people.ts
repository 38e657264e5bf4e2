import { sql } from "drizzle-orm";
import {
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
  unique,
} from "drizzle-orm/pg-core";
import { memberKind, teamKind } from "./enums";
import { communes, villages } from "./units";

// Volunteers and the civil servants who go out with mobile desks. Only what the work needs:
// no phone or citizen-ID numbers.
export const members = pgTable(
  "members",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    communeId: integer()
      .notNull()
      .references(() => communes.id, { onDelete: "restrict" }),
    fullName: text().notNull(),
    kind: memberKind().notNull(),
    // The village the member lives in or is attached to, if any; the balancer keeps them near it.
    villageId: integer(),
    // Free text such as "Đại học Đà Nẵng" or "Đồn Biên phòng"; optional.
    affiliation: text(),
    joinedOn: date({ mode: "string" }),
    active: boolean().notNull().default(true),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("members_commune_idx").on(t.communeId, t.active),
    unique("members_id_commune_uq").on(t.id, t.communeId),
    foreignKey({
      name: "members_village_fk",
      columns: [t.villageId, t.communeId],
      foreignColumns: [villages.id, villages.communeId],
    }),
  ],
);

export const teams = pgTable(
  "teams",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    communeId: integer()
      .notNull()
      .references(() => communes.id, { onDelete: "restrict" }),
    name: text().notNull(),
    kind: teamKind().notNull(),
    villageId: integer(),
    // Center-duty teams rotate through the week: 1 = Monday … 7 = Sunday.
    dutyWeekday: integer(),
    active: boolean().notNull().default(true),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("teams_commune_idx").on(t.communeId),
    unique("teams_name_uq").on(t.communeId, t.name),
    unique("teams_id_commune_uq").on(t.id, t.communeId),
    foreignKey({
      name: "teams_village_fk",
      columns: [t.villageId, t.communeId],
      foreignColumns: [villages.id, villages.communeId],
    }),
    check("teams_duty_weekday_range", sql`${t.dutyWeekday} is null or ${t.dutyWeekday} between 1 and 7`),
  ],
);

export const teamMembers = pgTable(
  "team_members",
  {
    teamId: integer().notNull(),
    memberId: integer().notNull(),
    communeId: integer().notNull(),
    isLeader: boolean().notNull().default(false),
  },
  (t) => [
    primaryKey({ columns: [t.teamId, t.memberId] }),
    index("team_members_member_idx").on(t.memberId),
    // Team and member must be of the same commune.
    foreignKey({
      name: "team_members_team_fk",
      columns: [t.teamId, t.communeId],
      foreignColumns: [teams.id, teams.communeId],
    }).onDelete("cascade"),
    foreignKey({
      name: "team_members_member_fk",
      columns: [t.memberId, t.communeId],
      foreignColumns: [members.id, members.communeId],
    }).onDelete("cascade"),
  ],
);

export const trainings = pgTable(
  "trainings",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    communeId: integer()
      .notNull()
      .references(() => communes.id, { onDelete: "restrict" }),
    heldOn: date({ mode: "string" }).notNull(),
    title: text().notNull(),
    // Topic codes from lib/reference (VNeID, digital signature, e-tax…).
    topics: text().array().notNull(),
    place: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("trainings_commune_idx").on(t.communeId, t.heldOn),
    unique("trainings_id_commune_uq").on(t.id, t.communeId),
    check("trainings_date_sane", sql`${t.heldOn} between '2020-01-01' and '2100-01-01'`),
    check("trainings_has_topics", sql`cardinality(${t.topics}) > 0`),
  ],
);

export const trainingAttendance = pgTable(
  "training_attendance",
  {
    trainingId: integer().notNull(),
    memberId: integer().notNull(),
    communeId: integer().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.trainingId, t.memberId] }),
    index("training_attendance_member_idx").on(t.memberId),
    foreignKey({
      name: "training_attendance_training_fk",
      columns: [t.trainingId, t.communeId],
      foreignColumns: [trainings.id, trainings.communeId],
    }).onDelete("cascade"),
    foreignKey({
      name: "training_attendance_member_fk",
      columns: [t.memberId, t.communeId],
      foreignColumns: [members.id, members.communeId],
    }).onDelete("cascade"),
  ],
);

// Households are people: a code, the head's name, the village and a few flags. Nothing more.
export const households = pgTable(
  "households",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    communeId: integer()
      .notNull()
      .references(() => communes.id, { onDelete: "restrict" }),
    villageId: integer().notNull(),
    code: text().notNull(),
    headName: text().notNull(),
    elderly: boolean().notNull().default(false),
    poor: boolean().notNull().default(false),
    ethnicMinority: boolean().notNull().default(false),
    hasSmartphone: boolean().notNull().default(false),
    hasProficientMember: boolean().notNull().default(false),
    // The "1" of "1+20" who looks after this household.
    assignedMemberId: integer(),
    // Set by the first support record that names the household; drives coverage.
    firstReachedOn: date({ mode: "string" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique("households_code_uq").on(t.communeId, t.code),
    unique("households_id_commune_uq").on(t.id, t.communeId),
    index("households_village_idx").on(t.villageId),
    index("households_assigned_idx").on(t.assignedMemberId),
    // Proficient households per commune (and village) by an index-only scan: the overviews count
    // them on every view, and a province holds a million households.
    index("households_proficient_idx")
      .on(t.communeId, t.villageId)
      .where(sql`${t.hasProficientMember}`),
    foreignKey({
      name: "households_village_fk",
      columns: [t.villageId, t.communeId],
      foreignColumns: [villages.id, villages.communeId],
    }),
    foreignKey({
      name: "households_assigned_member_fk",
      columns: [t.assignedMemberId, t.communeId],
      foreignColumns: [members.id, members.communeId],
    }),
    check("households_code_format", sql`length(${t.code}) between 1 and 40`),
  ],
);

// Registered households, those with a proficient member and those with a volunteer, per village:
// the overviews and the map read these counters instead of counting a province's million
// households on every view. Recounted from `households` for the villages a write touched, in the
// same transaction (lib/db/household-counts.ts), so they are always exact.
export const villageHouseholdCounts = pgTable(
  "village_household_counts",
  {
    villageId: integer().primaryKey(),
    communeId: integer()
      .notNull()
      .references(() => communes.id, { onDelete: "cascade" }),
    households: integer().notNull().default(0),
    proficient: integer().notNull().default(0),
    // Households with a volunteer, and how many different volunteers look after them.
    assigned: integer().notNull().default(0),
    volunteers: integer().notNull().default(0),
  },
  (t) => [
    index("village_household_counts_commune_idx").on(t.communeId),
    foreignKey({
      name: "village_household_counts_village_fk",
      columns: [t.villageId, t.communeId],
      foreignColumns: [villages.id, villages.communeId],
    }).onDelete("cascade"),
    check(
      "village_household_counts_sane",
      sql`${t.proficient} between 0 and ${t.households} and ${t.assigned} between 0 and ${t.households} and ${t.volunteers} between 0 and ${t.assigned}`,
    ),
  ],
);

// Households each volunteer looks after (the "20" of "1+20"), recounted like the village counts.
export const memberHouseholdCounts = pgTable(
  "member_household_counts",
  {
    memberId: integer().primaryKey(),
    communeId: integer()
      .notNull()
      .references(() => communes.id, { onDelete: "cascade" }),
    households: integer().notNull().default(0),
  },
  (t) => [
    index("member_household_counts_commune_idx").on(t.communeId),
    foreignKey({
      name: "member_household_counts_member_fk",
      columns: [t.memberId, t.communeId],
      foreignColumns: [members.id, members.communeId],
    }).onDelete("cascade"),
    check("member_household_counts_nonneg", sql`${t.households} >= 0`),
  ],
);
