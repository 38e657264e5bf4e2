import { sql } from "drizzle-orm";
import {
  check,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  unique,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { users } from "./accounts";
import { communes, provinces } from "./units";

// An issued report: the figures frozen when it was issued (the snapshot is the whole report model
// the document is drawn from, plus the secretary's assessment), so reopening it months later shows
// what was sent up, whatever records change afterwards. Never edited: a correction is a new report
// that supersedes it (superseded_by points to the newer one).
export const issuedReports = pgTable(
  "issued_reports",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    kind: text().notNull(),
    provinceId: integer()
      .notNull()
      .references(() => provinces.id, { onDelete: "restrict" }),
    // Null for a province report.
    communeId: integer(),
    periodFrom: date({ mode: "string" }).notNull(),
    periodTo: date({ mode: "string" }).notNull(),
    // "month" | "quarter" | "year" | "custom": how the period was chosen, for its title.
    periodKind: text().notNull(),
    // The document's number within its unit and year ("Số: 03-BC/ĐTN").
    number: integer().notNull(),
    year: integer().notNull(),
    snapshot: jsonb().notNull(),
    issuedBy: integer().references(() => users.id, { onDelete: "set null" }),
    issuedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    supersededBy: integer(),
  },
  (t) => [
    index("issued_reports_unit_period_idx").on(t.provinceId, t.communeId, t.periodFrom),
    unique("issued_reports_number_uq").on(t.provinceId, t.communeId, t.kind, t.year, t.number),
    // The constraint above never fires for province reports (commune_id null; nulls are distinct).
    uniqueIndex("issued_reports_province_number_uq")
      .on(t.provinceId, t.kind, t.year, t.number)
      .where(sql`${t.communeId} is null`),
    foreignKey({
      name: "issued_reports_commune_in_province_fk",
      columns: [t.communeId, t.provinceId],
      foreignColumns: [communes.id, communes.provinceId],
    }),
    foreignKey({ name: "issued_reports_superseded_by_fk", columns: [t.supersededBy], foreignColumns: [t.id] }),
    check("issued_reports_kind", sql`${t.kind} in ('commune', 'province', 'center')`),
    check("issued_reports_unit_matches_kind", sql`(${t.kind} = 'province') = (${t.communeId} is null)`),
    check("issued_reports_period_order", sql`${t.periodTo} >= ${t.periodFrom}`),
    check("issued_reports_number_positive", sql`${t.number} > 0`),
  ],
);
