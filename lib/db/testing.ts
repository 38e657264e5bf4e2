import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import postgres from "postgres";
import { inject } from "vitest";
import { env } from "@/lib/env";
import { connect, wrapPglite, type Connection } from "./client";
import { migrate } from "./migrate";

export interface TestDatabase extends Connection {
  /** The database's name on the PostgreSQL server; "memory://" for PGlite. */
  name: string;
  /** A URL to the test database when it lives on a PostgreSQL server (e.g. for a child process). */
  databaseUrl?: string;
}

/**
 * A fresh, migrated, empty database for one test file: in-memory PGlite when DATABASE_URL is
 * unset, else a uniquely named database on DATABASE_URL's server, dropped again by `close()`.
 * Open it in `beforeAll` and close it in `afterAll`; files never share one, so they can run in
 * parallel. While open it is also what `db` from lib/db resolves to.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  return adopt(await openTestDatabase());
}

/**
 * Like createTestDatabase, but already holding the demo seed: a copy of the one seeded once per
 * run by lib/testing/global-setup.ts (seconds instead of a fresh seed per file).
 */
export async function createDemoDatabase(): Promise<TestDatabase> {
  const template = inject("demoTemplate");
  if (!env.DATABASE_URL) {
    const dump = new Blob([await readFile(template)]);
    const conn = wrapPglite(new PGlite({ loadDataDir: dump }));
    return adopt({ ...conn, name: "memory://", close: once(conn.close) });
  }
  return adopt(await openTestDatabase(template));
}

function adopt(test: TestDatabase): TestDatabase {
  // Point the app's `db` (lib/db/index.ts) at this database too, so queries and commands that
  // use the shared instance run against it in this test file.
  (globalThis as { outreachConnection?: Connection }).outreachConnection = test;
  return test;
}

async function openTestDatabase(template?: string): Promise<TestDatabase> {
  const serverUrl = env.DATABASE_URL;
  if (!serverUrl) {
    const conn = connect({ pgliteDir: "memory://" });
    try {
      await migrate(conn);
    } catch (error) {
      await conn.close();
      throw error;
    }
    return { ...conn, name: "memory://", close: once(conn.close) };
  }

  const name = `outreach_test_${process.pid}_${randomBytes(4).toString("hex")}`;
  // CREATE/DROP DATABASE can't run in the database being created or dropped, so they go through
  // a separate one-socket connection to the database DATABASE_URL names.
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  const dropDatabase = async () => {
    // `with (force)` (PostgreSQL 13+) terminates any connection a test left behind.
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.end({ timeout: 5 });
  };

  try {
    await admin.unsafe(template ? `create database "${name}" template "${template}"` : `create database "${name}"`);
  } catch (error) {
    await admin.end({ timeout: 5 });
    throw error;
  }

  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  const conn = connect({ databaseUrl, max: 4 });
  try {
    // A copy of the seeded template is migrated already.
    if (!template) await migrate(conn);
  } catch (error) {
    await conn.close();
    await dropDatabase();
    throw error;
  }

  return {
    ...conn,
    name,
    databaseUrl,
    close: once(async () => {
      await conn.close();
      await dropDatabase();
    }),
  };
}

function once(fn: () => Promise<void>): () => Promise<void> {
  let done: Promise<void> | undefined;
  return () => (done ??= fn());
}
