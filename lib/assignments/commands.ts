import { sql } from "drizzle-orm";
import { ExpectedError } from "@/lib/actions/form-state";
import { recordAudit } from "@/lib/audit/record";
import type { Viewer } from "@/lib/auth/roles";
import { parseInput } from "@/lib/core/parse";
import { writableCommune } from "@/lib/core/write-scope";
import type { Database } from "@/lib/db/client";
import { recountHouseholdsWhere } from "@/lib/db/household-counts";
import { balance } from "./balancer";
import { applyBalanceSchema } from "./schemas";
import { loadBalancerState } from "./state";

const intArray = (values: readonly (number | null)[]) => {
  for (const v of values) if (v !== null && !Number.isSafeInteger(v)) throw new Error(`Not an id: ${v}`);
  return sql.raw(`'{${values.map((v) => (v === null ? "NULL" : String(v))).join(",")}}'::int[]`);
};

/**
 * Applies the balancer's proposal as previewed, in one transaction. The preview carried a
 * fingerprint of what the balancer read; if households, volunteers or villages changed since,
 * nothing is written and the secretary gets a conflict. The moves are recomputed here (the
 * balancer is deterministic), never taken from the browser.
 */
export async function applyBalance(db: Database, viewer: Viewer, input: unknown): Promise<{ applied: number }> {
  const data = parseInput(applyBalanceSchema, input);
  return db.transaction(async (tx) => {
    const unit = await writableCommune(tx, viewer, "assignments.manage", data.communeId);
    // Serialises concurrent applies on PostgreSQL; PGlite runs one transaction at a time anyway.
    await tx.execute(sql`select id from households where commune_id = ${unit.communeId} for update`);
    await tx.execute(sql`select id from members where commune_id = ${unit.communeId} for update`);
    const state = await loadBalancerState(tx, unit.communeId);
    if (state.fingerprint !== data.fingerprint) throw new ExpectedError("assignments.errors.changed");
    const moves = balance({ ...state, cap: data.cap });
    if (moves.length === 0) return { applied: 0 };
    await tx.execute(sql`
      update households h
      set assigned_member_id = m.to_id, updated_at = now()
      from (select unnest(${intArray(moves.map((m) => m.householdId))}) as id,
                   unnest(${intArray(moves.map((m) => m.toVolunteerId))}) as to_id) m
      where h.id = m.id and h.commune_id = ${unit.communeId}`);
    // Every village and volunteer of the commune: the moves touch most of them.
    await recountHouseholdsWhere(tx, (column) => sql`${sql.raw(column)} = ${unit.communeId}`);
    await recordAudit(tx, viewer, {
      action: "apply_balance",
      entity: "assignments",
      entityId: unit.communeId,
      ...unit,
      details: {
        cap: data.cap,
        moves: moves.map((m) => ({ household: m.householdId, from: m.fromVolunteerId, to: m.toVolunteerId })),
      },
    });
    return { applied: moves.length };
  });
}
