import "server-only";
import { env } from "@/lib/env";
import { connect, type Connection } from "./client";

export type { Database, Executor, Transaction } from "./client";

// One connection per server process. Cached on globalThis so dev-mode reloads don't open a
// second PGlite on the same folder (it holds an exclusive lock) or leak postgres pools.
const globalForDb = globalThis as unknown as { outreachConnection?: Connection };

function connection(): Connection {
  globalForDb.outreachConnection ??= connect({ databaseUrl: env.DATABASE_URL, pgliteDir: env.PGLITE_DIR });
  return globalForDb.outreachConnection;
}

export const db = new Proxy({} as Connection["db"], {
  get(_target, prop) {
    const real = connection().db as unknown as Record<string | symbol, unknown>;
    const value = real[prop];
    return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(real) : value;
  },
});

export const dbEngine = () => connection().engine;
