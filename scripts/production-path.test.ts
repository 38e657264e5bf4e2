import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { connect } from "@/lib/db/client";
import { queryRows } from "@/lib/db/rows";

// The README's production path, run as an operator runs it (the real scripts, in child
// processes) on a scratch embedded database with NODE_ENV=production: migrate, create the
// administrator, then what `npm start` runs before serving. It must end with no demo account.

const root = path.resolve(import.meta.dirname, "..");
const tsx = path.join(root, "node_modules", ".bin", "tsx");
const scratch = mkdtempSync(path.join(os.tmpdir(), "outreach-production-path-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function run(script: string, args: string[], env: Record<string, string>, input?: string) {
  const base = { ...process.env };
  for (const name of ["DATABASE_URL", "AUTH_SECRET", "TOTP_ENCRYPTION_KEY"]) delete base[name];
  return spawnSync(tsx, [script, ...args], { cwd: root, env: { ...base, ...env }, input, encoding: "utf8" });
}

describe("production start-up", () => {
  const production = {
    NODE_ENV: "production",
    PGLITE_DIR: path.join(scratch, "pglite"),
    AUTH_SECRET: "production-path-test-secret-0123456789abcdef",
    TOTP_ENCRYPTION_KEY: "1:production-path-test-totp-key-0123456789abc",
  };

  it("migrate, create-admin `admin`, then the start's seed step: one account, no demo", async () => {
    expect(run("scripts/migrate.ts", [], production).status).toBe(0);
    const created = run("scripts/create-admin.ts", ["admin", "Quản trị"], production, "a long real password\n");
    expect(created.stderr).toBe("");
    expect(created.status).toBe(0);
    const seeded = run("scripts/seed.ts", [], production);
    expect(seeded.status).toBe(0);
    expect(seeded.stdout).toContain("Demo: not seeded");

    const conn = connect({ pgliteDir: production.PGLITE_DIR });
    try {
      const users = await queryRows<{ username: string }>(conn.db, sql`select username from users`);
      expect(users.map((u) => u.username)).toEqual(["admin"]);
      const [units] = await queryRows<{ n: number }>(conn.db, sql`select count(*)::int as n from provinces`);
      expect(units?.n).toBe(0);
    } finally {
      await conn.close();
    }
    // Three child processes, each opening PGlite: a minute or more on a busy 2-core machine.
  }, 240_000);

  it("refuses to start without AUTH_SECRET and TOTP_ENCRYPTION_KEY in production, naming them", () => {
    const { AUTH_SECRET: _a, TOTP_ENCRYPTION_KEY: _t, ...withoutSecrets } = production;
    const result = run("scripts/prepare-secrets.ts", [], withoutSecrets);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("Missing AUTH_SECRET and TOTP_ENCRYPTION_KEY");
    expect(result.stdout).toBe("");

    const onPostgres = run("scripts/prepare-secrets.ts", [], {
      PGLITE_DIR: production.PGLITE_DIR,
      DATABASE_URL: "postgres://127.0.0.1:1/none",
      AUTH_SECRET: production.AUTH_SECRET,
    });
    expect(onPostgres.status).toBe(1);
    expect(onPostgres.stderr).toContain("Missing TOTP_ENCRYPTION_KEY: DATABASE_URL is set");

    const given = run("scripts/prepare-secrets.ts", [], production);
    expect(given.status).toBe(0);
    expect(JSON.parse(given.stdout)).toEqual({});
  });
});
