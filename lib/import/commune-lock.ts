import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import type { Database, Executor } from "@/lib/db/client";
import { queryRows } from "@/lib/db/rows";

// One import per commune at a time, across every app instance: a lease row in import_locks.
//
// Why a lease (expiry + heartbeat) and not an advisory lock: a session-level advisory lock is
// tied to a connection, and on PGlite every request shares the ONE connection (a lock taken by
// import A is simply re-entered by import B), while on postgres.js a pooled connection may not
// be the one the lock was taken on; a transaction-level advisory lock would mean holding a
// transaction open while the file is parsed — exactly what blocked every other request on
// PGlite. A row with an expiry behaves the same on both engines and across instances. A process
// that dies mid-import stops its heartbeat, and the lease lapses after LEASE_SECONDS: the commune
// is never locked for good.

/** A live import renews its lease every HEARTBEAT_MS; a dead one frees the commune after this. */
export const LEASE_SECONDS = 120;
const HEARTBEAT_MS = 20_000;

export interface CommuneLock {
  /** Inside the write transaction: renews the lease, or refuses if it was lost (expired, taken). */
  confirm(tx: Executor): Promise<void>;
  release(): Promise<void>;
}

/** The commune's import lease, or null while another import holds it. */
export async function acquireCommuneLock(
  db: Database,
  communeId: number,
  kind: string,
  busy: () => Error,
): Promise<CommuneLock | null> {
  const token = randomUUID();
  const lease = sql`now() + make_interval(secs => ${LEASE_SECONDS})`;
  // Taken when free, or when the holder's lease has lapsed; the WHERE keeps a live lease.
  const [row] = await queryRows<{ token: string }>(
    db,
    sql`insert into import_locks (commune_id, token, kind, expires_at) values (${communeId}, ${token}, ${kind}, ${lease})
        on conflict (commune_id) do update set token = excluded.token, kind = excluded.kind, locked_at = now(), expires_at = excluded.expires_at
        where import_locks.expires_at < now()
        returning token`,
  );
  if (row?.token !== token) return null;

  const renew = async (exec: Executor) =>
    (
      await queryRows<{ token: string }>(
        exec,
        sql`update import_locks set expires_at = ${lease} where commune_id = ${communeId} and token = ${token} returning token`,
      )
    ).length > 0;
  // unref: a heartbeat never keeps a process alive; errors are left to confirm() to find.
  const heartbeat = setInterval(() => void renew(db).catch(() => {}), HEARTBEAT_MS);
  heartbeat.unref();
  return {
    async confirm(tx) {
      if (!(await renew(tx))) throw busy();
    },
    async release() {
      clearInterval(heartbeat);
      await db.execute(sql`delete from import_locks where commune_id = ${communeId} and token = ${token}`);
    },
  };
}
