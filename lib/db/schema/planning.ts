import { sql } from "drizzle-orm";
import {
  check,
  date,
  doublePrecision,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
} from "drizzle-orm/pg-core";
import { users } from "./accounts";
import { deskStaffRole, deskStatus, indicator, shift } from "./enums";
import { members, teams } from "./people";
import { communes, formerCommunes, serviceCenters, villages } from "./units";

// A mobile desk at a remote village's communal house: volunteers and civil servants, 2–3 times a
// month per remote village. Several people edit the plan, hence `version` (optimistic locking).
export const mobileDesks = pgTable(
  "mobile_desks",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    communeId: integer()
      .notNull()
      .references(() => communes.id, { onDelete: "restrict" }),
    villageId: integer().notNull(),
    startsAt: timestamp({ withTimezone: true }).notNull(),
    endsAt: timestamp({ withTimezone: true }).notNull(),
    place: text().notNull(),
    status: deskStatus().notNull().default("planned"),
    note: text(),
    cancelReason: text(),
    version: integer().notNull().default(1),
    createdBy: integer().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("mobile_desks_commune_start_idx").on(t.communeId, t.startsAt),
    index("mobile_desks_village_start_idx").on(t.villageId, t.startsAt),
    unique("mobile_desks_id_commune_uq").on(t.id, t.communeId),
    foreignKey({
      name: "mobile_desks_village_fk",
      columns: [t.villageId, t.communeId],
      foreignColumns: [villages.id, villages.communeId],
    }),
    check("mobile_desks_ends_after_start", sql`${t.endsAt} > ${t.startsAt}`),
    check("mobile_desks_short", sql`${t.endsAt} - ${t.startsAt} <= interval '16 hours'`),
    check("mobile_desks_date_sane", sql`${t.startsAt} between '2025-01-01' and '2100-01-01'`),
  ],
);

export const mobileDeskStaff = pgTable(
  "mobile_desk_staff",
  {
    deskId: integer().notNull(),
    memberId: integer().notNull(),
    communeId: integer().notNull(),
    role: deskStaffRole().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.deskId, t.memberId] }),
    index("mobile_desk_staff_member_idx").on(t.memberId),
    foreignKey({
      name: "mobile_desk_staff_desk_fk",
      columns: [t.deskId, t.communeId],
      foreignColumns: [mobileDesks.id, mobileDesks.communeId],
    }).onDelete("cascade"),
    foreignKey({
      name: "mobile_desk_staff_member_fk",
      columns: [t.memberId, t.communeId],
      foreignColumns: [members.id, members.communeId],
    }),
  ],
);

// Who is on duty at the public-administration service center, by day and shift.
export const dutyRosterEntries = pgTable(
  "duty_roster_entries",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    communeId: integer()
      .notNull()
      .references(() => communes.id, { onDelete: "restrict" }),
    serviceCenterId: integer().notNull(),
    day: date({ mode: "string" }).notNull(),
    shift: shift().notNull(),
    memberId: integer().notNull(),
    teamId: integer(),
    // What the member does there: queue numbers, declarations, app installs…
    task: text(),
    version: integer().notNull().default(1),
    createdBy: integer().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique("duty_roster_member_shift_uq").on(t.serviceCenterId, t.day, t.shift, t.memberId),
    index("duty_roster_commune_day_idx").on(t.communeId, t.day),
    foreignKey({
      name: "duty_roster_center_fk",
      columns: [t.serviceCenterId, t.communeId],
      foreignColumns: [serviceCenters.id, serviceCenters.communeId],
    }),
    foreignKey({
      name: "duty_roster_member_fk",
      columns: [t.memberId, t.communeId],
      foreignColumns: [members.id, members.communeId],
    }),
    foreignKey({
      name: "duty_roster_team_fk",
      columns: [t.teamId, t.communeId],
      foreignColumns: [teams.id, teams.communeId],
    }),
    check("duty_roster_date_sane", sql`${t.day} between '2025-01-01' and '2100-01-01'`),
  ],
);

// A member's leave (sick, exams, family): the roster generator keeps them off duty from–to, both
// days included. Recorded by the center director; several may edit it, hence `version`.
export const memberLeave = pgTable(
  "member_leave",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    communeId: integer()
      .notNull()
      .references(() => communes.id, { onDelete: "restrict" }),
    memberId: integer().notNull(),
    fromDay: date({ mode: "string" }).notNull(),
    toDay: date({ mode: "string" }).notNull(),
    reason: text(),
    version: integer().notNull().default(1),
    createdBy: integer().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("member_leave_commune_day_idx").on(t.communeId, t.fromDay),
    index("member_leave_member_idx").on(t.memberId, t.fromDay),
    foreignKey({
      name: "member_leave_member_fk",
      columns: [t.memberId, t.communeId],
      foreignColumns: [members.id, members.communeId],
    }).onDelete("cascade"),
    check("member_leave_to_after_from", sql`${t.toDay} >= ${t.fromDay}`),
    check("member_leave_short", sql`${t.toDay} - ${t.fromDay} <= 366`),
    check("member_leave_date_sane", sql`${t.fromDay} between '2025-01-01' and '2100-01-01'`),
  ],
);

// Targets per commune, or per former commune within it (Hải Vân: 1,350 households of former Hòa Bắc).
export const targets = pgTable(
  "targets",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    communeId: integer()
      .notNull()
      .references(() => communes.id, { onDelete: "restrict" }),
    formerCommuneId: integer(),
    indicator: indicator().notNull(),
    targetValue: doublePrecision().notNull(),
    startsOn: date({ mode: "string" }).notNull(),
    dueOn: date({ mode: "string" }).notNull(),
    note: text(),
    setBy: integer().references(() => users.id, { onDelete: "set null" }),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("targets_commune_idx").on(t.communeId, t.dueOn),
    foreignKey({
      name: "targets_former_commune_fk",
      columns: [t.formerCommuneId, t.communeId],
      foreignColumns: [formerCommunes.id, formerCommunes.communeId],
    }),
    check("targets_value_positive", sql`${t.targetValue} > 0 and ${t.targetValue} <= 10000000`),
    check("targets_due_after_start", sql`${t.dueOn} >= ${t.startsOn}`),
    check("targets_date_sane", sql`${t.startsOn} between '2025-01-01' and '2100-01-01'`),
  ],
);

// A commune secretary's proposal to swap two duty entries of the same center (members ask the
// secretary, the director owns the roster): pending until the director accepts it — both
// entries change in one transaction, checked against the versions seen when it was proposed —
// or declines it with a note. The proposer may withdraw it while it is pending.
export const rosterSwapRequests = pgTable(
  "roster_swap_requests",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    communeId: integer()
      .notNull()
      .references(() => communes.id, { onDelete: "restrict" }),
    serviceCenterId: integer().notNull(),
    firstEntryId: integer()
      .notNull()
      .references(() => dutyRosterEntries.id, { onDelete: "cascade" }),
    firstVersion: integer().notNull(),
    secondEntryId: integer()
      .notNull()
      .references(() => dutyRosterEntries.id, { onDelete: "cascade" }),
    secondVersion: integer().notNull(),
    reason: text().notNull(),
    // "pending" | "accepted" | "declined" | "withdrawn"
    status: text().notNull().default("pending"),
    decisionNote: text(),
    proposedBy: integer().references(() => users.id, { onDelete: "set null" }),
    decidedBy: integer().references(() => users.id, { onDelete: "set null" }),
    decidedAt: timestamp({ withTimezone: true }),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("roster_swap_requests_commune_status_idx").on(t.communeId, t.status, t.createdAt),
    foreignKey({
      name: "roster_swap_requests_center_fk",
      columns: [t.serviceCenterId, t.communeId],
      foreignColumns: [serviceCenters.id, serviceCenters.communeId],
    }),
    check("roster_swap_requests_status", sql`${t.status} in ('pending', 'accepted', 'declined', 'withdrawn')`),
    check("roster_swap_requests_distinct", sql`${t.firstEntryId} <> ${t.secondEntryId}`),
    check("roster_swap_requests_reason_len", sql`char_length(${t.reason}) between 1 and 500`),
    check("roster_swap_requests_decided", sql`(${t.status} = 'pending') = (${t.decidedAt} is null)`),
  ],
);
