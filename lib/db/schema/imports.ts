import { sql } from "drizzle-orm";
import { check, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { communes } from "./units";

// One import per commune at a time (lib/import/commune-lock.ts): a lease row, held by one
// import's random token until it is released or its expiry passes without a heartbeat.
export const importLocks = pgTable(
  "import_locks",
  {
    communeId: integer()
      .primaryKey()
      .references(() => communes.id, { onDelete: "cascade" }),
    token: text().notNull(),
    kind: text().notNull(),
    lockedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [check("import_locks_expires_after_lock", sql`${t.expiresAt} > ${t.lockedAt}`)],
);
