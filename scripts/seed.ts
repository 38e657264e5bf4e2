// npm run seed                    migrate, then seed the demo if the database is empty
// npm run seed -- --scale 1       … and add a synthetic benchmark set (1 = 100 communes, ~5M records)
// npm run seed -- --scale 1 --records 500000   … the same geography with another number of records
//                                  (the benchmark's 10× check: 500,000 against the default 5,000,000)
// npm run seed -- --reset         drop everything first (public and drizzle schemas)
// npm run seed -- --no-demo       skip the demo (a benchmark-only database)
// Uses DATABASE_URL (PostgreSQL) or PGLITE_DIR (embedded, ./.data/pglite by default).
import { parseArgs } from "node:util";
import { sql } from "drizzle-orm";
import { env } from "../lib/env";
import { connect } from "../lib/db/client";
import { migrate } from "../lib/db/migrate";
import { DEMO_PASSWORD, demoAccounts, isSeeded, seedDemo, seedScale } from "../lib/db/seed";

const { values } = parseArgs({
  options: {
    reset: { type: "boolean", default: false },
    scale: { type: "string" },
    records: { type: "string" },
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
  if (values["no-demo"]) {
    log("Demo: skipped (--no-demo)");
  } else if (await isSeeded(conn.db)) {
    log("Demo: the database already has data; not seeding it again (use --reset to start over)");
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
