import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  foreignKey,
  index,
  jsonb,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { role } from "./enums";
import { communes, provinces } from "./units";

export const users = pgTable(
  "users",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    username: text().notNull(),
    displayName: text().notNull(),
    passwordHash: text().notNull(),
    role: role().notNull(),
    provinceId: integer().references(() => provinces.id, { onDelete: "restrict" }),
    communeId: integer().references(() => communes.id, { onDelete: "restrict" }),
    active: boolean().notNull().default(true),
    mustChangePassword: boolean().notNull().default(false),
    // Bumped on password change, reset or deactivation: every session issued before is void.
    sessionVersion: integer().notNull().default(1),
    totpSecret: text(),
    totpEnabled: boolean().notNull().default(false),
    // The session that turned TOTP on: it stays signed in, while the account's other sessions
    // that were opened with the password alone end (getViewer refuses them).
    totpEnrolledSid: text(),
    locale: text(),
    lastLoginAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("users_username_uq").on(sql`lower(${t.username})`),
    index("users_commune_idx").on(t.communeId),
    index("users_province_idx").on(t.provinceId),
    // The scope follows the role: admins have none, provincial officers a province,
    // commune roles a commune (and its province, so province-scoped reads stay one filter).
    check(
      "users_scope_matches_role",
      sql`(${t.role} = 'admin' and ${t.provinceId} is null and ${t.communeId} is null)
        or (${t.role} = 'provincial_officer' and ${t.provinceId} is not null and ${t.communeId} is null)
        or (${t.role} in ('commune_secretary', 'center_director') and ${t.provinceId} is not null and ${t.communeId} is not null)`,
    ),
    foreignKey({
      name: "users_commune_in_province_fk",
      columns: [t.communeId, t.provinceId],
      foreignColumns: [communes.id, communes.provinceId],
    }),
    check("users_username_format", sql`${t.username} ~ '^[a-z0-9._-]{3,64}$'`),
  ],
);

export const recoveryCodes = pgTable(
  "recovery_codes",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    codeHash: text().notNull(),
    usedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index("recovery_codes_user_idx").on(t.userId)],
);

// Failed sign-ins, per account and per address. Kept in Postgres so the throttle holds across
// several app instances behind a load balancer.
export const loginAttempts = pgTable(
  "login_attempts",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    key: text().notNull(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    succeeded: boolean().notNull(),
  },
  (t) => [index("login_attempts_key_at_idx").on(t.key, t.at)],
);

// Sign-in throttle: one counter row per key (an account, a client address, an account's in-app
// code or current-password checks). An attempt is reserved with one INSERT … ON CONFLICT DO
// UPDATE … WHERE blocked_until has passed … RETURNING, so "may this attempt be evaluated" and
// counting it are one atomic step, on PGlite and across app instances on PostgreSQL alike.
export const authThrottle = pgTable(
  "auth_throttle",
  {
    key: text().primaryKey(),
    // Attempts reserved since the streak began, minus those that turned out not to be failures.
    failures: integer().notNull().default(0),
    blockedUntil: timestamp({ withTimezone: true }),
    lastAttemptAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [
    index("auth_throttle_last_attempt_idx").on(t.lastAttemptAt),
    check("auth_throttle_failures_nonnegative", sql`${t.failures} >= 0`),
  ],
);

// Per-role security policy set by the admin (e.g. a second factor required for admins).
export const rolePolicies = pgTable("role_policies", {
  role: role().primaryKey(),
  requireTotp: boolean().notNull().default(false),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

// Sessions ended by "sign out" before their token expired. The session cookie is a signed token
// that Auth.js's proxy keeps re-issuing; a request already in flight at sign-out can bring the
// cookie back, so getViewer() refuses any token whose session id is listed here.
export const revokedSessions = pgTable(
  "revoked_sessions",
  {
    sid: text().primaryKey(),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    revokedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    // After this the token has expired anyway and the row can go.
    expiresAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [index("revoked_sessions_expires_idx").on(t.expiresAt)],
);

export const auditLog = pgTable(
  "audit_log",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    userId: integer().references(() => users.id, { onDelete: "set null" }),
    action: text().notNull(),
    entity: text().notNull(),
    entityId: text(),
    // The unit the write touched, so the log can be read within a viewer's scope.
    provinceId: integer().references(() => provinces.id, { onDelete: "set null" }),
    communeId: integer().references(() => communes.id, { onDelete: "set null" }),
    // { field: { before, after } } for the fields that changed.
    changes: jsonb(),
    // Security events (sign-in, sign-out, refusals, exports) say where they came from and how they
    // ended; plain data writes leave address and user agent empty and succeed.
    outcome: text().notNull().default("success"),
    address: text(),
    userAgent: text(),
  },
  (t) => [
    index("audit_log_at_idx").on(t.at),
    check("audit_log_outcome_known", sql`${t.outcome} in ('success', 'failure', 'refused')`),
    index("audit_log_commune_at_idx").on(t.communeId, t.at),
    index("audit_log_province_at_idx").on(t.provinceId, t.at),
    index("audit_log_user_at_idx").on(t.userId, t.at),
    index("audit_log_entity_idx").on(t.entity, t.entityId),
  ],
);
