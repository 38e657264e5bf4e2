import { sql } from "drizzle-orm";
import type { Executor } from "@/lib/db/client";
import { queryRows } from "@/lib/db/rows";

// When the demo (seven accounts with one published password, none forced to change it) may be
// written into a database. It used to be seeded whenever the provinces table was empty, which is
// exactly the state of a production database after `db:migrate` and `create-admin`: the demo's
// accounts went live beside the real administrator (and a real `admin` made the seed, and so the
// start, fail). Now the demo is seeded only when asked for, and never beside any account.

export interface DemoSeedRequest {
  /** `--demo`: seed the demo even on PostgreSQL or with NODE_ENV=production (CI, e2e, a shared demo). */
  demo: boolean;
  /** `--no-demo`: never seed it (a benchmark-only database). */
  noDemo: boolean;
}

export interface Deployment {
  databaseUrl?: string;
  nodeEnv: "development" | "production" | "test";
}

export interface DatabaseState {
  hasAccounts: boolean;
  hasUnits: boolean;
}

export type DemoSeedDecision =
  { seed: true } | { seed: false; reason: "not-asked" | "production" | "accounts-exist" | "has-data" };

/**
 * Only the zero-set-up demo (embedded PGlite, not NODE_ENV=production) seeds by default; any
 * other deployment needs `--demo`. A database holding any account or unit is never seeded.
 */
export function decideDemoSeed(
  request: DemoSeedRequest,
  deployment: Deployment,
  state: DatabaseState,
): DemoSeedDecision {
  if (request.noDemo) return { seed: false, reason: "not-asked" };
  if (state.hasAccounts) return { seed: false, reason: "accounts-exist" };
  if (state.hasUnits) return { seed: false, reason: "has-data" };
  if (request.demo) return { seed: true };
  if (deployment.databaseUrl || deployment.nodeEnv === "production") return { seed: false, reason: "production" };
  return { seed: true };
}

export async function databaseState(db: Executor): Promise<DatabaseState> {
  const [row] = await queryRows<{ has_accounts: boolean; has_units: boolean }>(
    db,
    sql`select exists (select 1 from users) as has_accounts, exists (select 1 from provinces) as has_units`,
  );
  return { hasAccounts: row?.has_accounts === true, hasUnits: row?.has_units === true };
}

export const demoSeedSkipMessages: Record<Exclude<DemoSeedDecision, { seed: true }>["reason"], string> = {
  "not-asked": "Demo: skipped (--no-demo)",
  production:
    "Demo: not seeded (DATABASE_URL or NODE_ENV=production: a production database gets no demo accounts; pass --demo for a throwaway demo database)",
  "accounts-exist": "Demo: not seeded (the database already has accounts)",
  "has-data": "Demo: the database already has data; not seeding it again (use --reset to start over)",
};
