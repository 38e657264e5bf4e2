import { sql } from "drizzle-orm";
import type { Executor } from "@/lib/db/client";
import { rebuildRollups } from "@/lib/db/rollups";
import { seedAccounts } from "./accounts";
import { demoCalendar, demoSeedDay } from "./demo-calendar";
import { seedMobileDesks } from "./desks";
import { seedHouseholds } from "./households";
import { seedMembers } from "./members";
import { seedReference } from "./reference";
import { seedRoster } from "./roster";
import { seedSupportRecords } from "./support";
import { seedTargets } from "./targets";
import { seedUnits } from "./units";
import type { DemoContext } from "./demo-context";

// The demo: Đà Nẵng, Cần Thơ and Tuyên Quang as the communes' field reports describe them, about
// four and a half months of work ending the day before it is seeded (demo-calendar.ts).
// Deterministic: the same seed and seed day give the same data on every run and machine.

export const DEMO_SEED = 20261120;

export interface SeedOptions {
  seed?: number;
  /** The day the demo is seeded as (YYYY-MM-DD); default DEMO_SEED_DATE, else today in Vietnam. */
  seedDay?: string;
  log?: (line: string) => void;
}

// Freshly filled tables have no planner statistics yet; without them the rollup's joins pick
// nested loops and take several times longer.
async function rebuildRollupsAfterBulk(tx: Executor): Promise<void> {
  await tx.execute(sql`analyze households, support_records, support_record_procedures`);
  await rebuildRollups(tx);
}

/** Inserts the whole demo in one transaction. Expects an empty (migrated) database. */
export async function seedDemo(db: Executor, options: SeedOptions = {}): Promise<void> {
  const log = options.log ?? (() => {});
  const ctx: DemoContext = {
    seed: options.seed ?? DEMO_SEED,
    calendar: demoCalendar(options.seedDay ?? demoSeedDay()),
    communes: [],
    provinceIds: new Map(),
    userIds: new Map(),
    desksHeld: [],
    roster: [],
  };
  const steps: [string, (tx: Executor) => Promise<void>][] = [
    ["reference data", (tx) => seedReference(tx)],
    ["provinces, communes, villages, centers", (tx) => seedUnits(tx, ctx)],
    ["accounts", (tx) => seedAccounts(tx, ctx)],
    ["members, teams, trainings", (tx) => seedMembers(tx, ctx)],
    ["households", (tx) => seedHouseholds(tx, ctx)],
    ["mobile desks", (tx) => seedMobileDesks(tx, ctx)],
    ["duty roster", (tx) => seedRoster(tx, ctx)],
    ["support records", (tx) => seedSupportRecords(tx, ctx)],
    ["targets", (tx) => seedTargets(tx, ctx)],
    ["rollups", (tx) => rebuildRollupsAfterBulk(tx)],
  ];
  await db.transaction(async (tx) => {
    for (const [name, step] of steps) {
      const started = performance.now();
      await step(tx);
      log(`  ${name} (${Math.round(performance.now() - started)} ms)`);
    }
  });
}
