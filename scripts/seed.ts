// npm run seed                    migrate, then seed the demo into an empty embedded database
// npm run seed -- --demo          … also on DATABASE_URL or with NODE_ENV=production (CI, e2e, a
//                                  throwaway demo server); never into a database holding accounts
// npm run seed -- --scale 1       … and add a synthetic benchmark set (1 = 100 communes, ~5M records)
// npm run seed -- --scale 1 --records 500000   … the same geography with another number of records
//                                  (the benchmark's 10× check: 500,000 against the default 5,000,000)
// npm run seed -- --reset         drop everything first (public and drizzle schemas)
// npm run seed -- --no-demo       skip the demo (a benchmark-only database)
// Uses DATABASE_URL (PostgreSQL) or PGLITE_DIR (embedded, ./.data/pglite by default).
import { parseArgs } from "node:util";
import { sql } from "drizzle-orm";
import { connect } from "../lib/db/client";
import { migrate } from "../lib/db/migrate";
import { DEMO_PASSWORD, demoAccounts, seedDemo, seedScale } from "../lib/db/seed";
import { databaseState, decideDemoSeed, demoSeedSkipMessages } from "../lib/db/seed/decision";
import { env } from "../lib/env";

const { values } = parseArgs({
  options: {
    reset: { type: "boolean", default: false },
    scale: { type: "string" },
    records: { type: "string" },
    demo: { type: "boolean", default: false },
    "no-demo": { type: "boolean", default: false },
  },
});
const scale = values.scale === undefined ? null : Number(values.scale);
if (scale !== null && !(scale > 0)) {
  console.error(`--scale must be a positive number (got ${values.scale})`);
  process.exit(2);
}

const records = values.records === undefined ? undefined : Number(values.records);
if (records !== undefined && !(Number.isSafeInteger(records) && records > 0 && scale !== null)) {
  console.error(`--records needs --scale and a positive whole number (got ${values.records})`);
  process.exit(2);
}

const log = (line: string) => console.log(line);
const timed = async <T>(label: string, body: () => Promise<T>): Promise<T> => {
  const started = performance.now();
  const result = await body();
  log(`${label}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return result;
};

// One session: the migrator's advisory lock must be taken and released on the same connection.
const conn = connect({ databaseUrl: env.DATABASE_URL, pgliteDir: env.PGLITE_DIR, max: 1 });
log(`Database: ${conn.engine === "postgres" ? "PostgreSQL (DATABASE_URL)" : `PGlite in ${env.PGLITE_DIR}`}`);
const started = performance.now();
try {
  if (values.reset) {
    await timed("Reset", async () => {
      await conn.db.execute(sql`drop schema if exists public cascade`);
      await conn.db.execute(sql`drop schema if exists drizzle cascade`);
      await conn.db.execute(sql`create schema public`);
    });
  }
  await timed("Migrations", () => migrate(conn));
  const decision = decideDemoSeed(
    { demo: values.demo, noDemo: values["no-demo"] },
    { databaseUrl: env.DATABASE_URL, nodeEnv: env.NODE_ENV },
    await databaseState(conn.db),
  );
  if (!decision.seed) {
    log(demoSeedSkipMessages[decision.reason]);
  } else {
    await timed("Demo seed", () => seedDemo(conn.db, { log }));
    log(`Demo accounts (password ${DEMO_PASSWORD}): ${demoAccounts.map((a) => a.username).join(", ")}`);
  }
  if (scale !== null) await timed(`Synthetic set ×${scale}`, () => seedScale(conn.db, { scale, records, log }));
  log(`Done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await conn.close();
}
