import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres, type PostgresJsDatabase } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import * as schema from "./schema";

export type Schema = typeof schema;
// Both drivers expose the same query builder; we type against postgres.js's flavour and keep
// raw-result differences behind lib/db/rows.ts.
export type Database = PostgresJsDatabase<Schema>;
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];
export type Executor = Database | Transaction;

export interface Connection {
  db: Database;
  engine: "pglite" | "postgres";
  close(): Promise<void>;
}

/** Opens a connection: a PostgreSQL server when a URL is given, else embedded PGlite in `dir`. */
export function connect(options: { databaseUrl?: string; pgliteDir?: string; max?: number }): Connection {
  if (options.databaseUrl) {
    const client = postgres(options.databaseUrl, {
      max: options.max ?? 10,
      onnotice: () => {},
      // Dashboards run a handful of small queries; keep idle sockets short-lived.
      idle_timeout: 30,
    });
    return {
      db: drizzlePostgres(client, { schema, casing: "snake_case" }),
      engine: "postgres",
      close: () => client.end({ timeout: 5 }),
    };
  }
  const dir = options.pgliteDir;
  if (dir && dir !== "memory://") mkdirSync(dir, { recursive: true });
  return wrapPglite(new PGlite(dir && dir !== "memory://" ? dir : undefined));
}

/** A Connection over an already opened PGlite (e.g. one loaded from a data-directory dump). */
export function wrapPglite(client: PGlite): Connection {
  const db = drizzlePglite(client, { schema, casing: "snake_case" }) as unknown as Database;
  return { db, engine: "pglite", close: () => client.close() };
}
