import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { ExpectedError } from "@/lib/actions/form-state";
import { requestOrigin } from "@/lib/auth/request-client";
import type { Viewer } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { auditLog } from "@/lib/db/schema";
import { recordAudit } from "./record";

/** What was attempted: the audit vocabulary of the write (entity "support_record", action "update"). */
export interface Attempt {
  entity: string;
  action: string;
}

/**
 * A refusal is logged once per user, attempt and target within this window, and at most
 * `refusalsPerWindow` refusals per user within it: a script hammering a forbidden id (or walking
 * ids) costs one cheap read per request, not one row. The first refusals are what an
 * investigation needs; the log says when the cap was reached (details.capped on the last row).
 */
export const refusalWindowSeconds = 60;
export const refusalsPerWindow = 20;

type Actor = Pick<Viewer, "id" | "communeId" | "provinceId">;

/**
 * Writes the audit row of a refused action or download (scope or capability check failed), in its
 * own small write: the action's transaction has already rolled back. Never throws — a failed
 * audit write is logged and the user still gets the refusal's own answer. Returns whether a row
 * was written. Anonymous requests are not logged (the proxy already sends them to /login, and
 * they would cost an attacker nothing).
 */
export async function auditRefusal(
  actor: Actor | null,
  attempt: Attempt & { entityId?: string | number | null; reason: string },
): Promise<boolean> {
  if (!actor) return false;
  try {
    const entityId = attempt.entityId == null ? null : String(attempt.entityId).slice(0, 64);
    const [recent] = await db
      .select({
        count: sql<number>`count(*)::int`,
        repeated: sql<boolean>`coalesce(bool_or(${auditLog.action} = ${attempt.action} and ${auditLog.entity} = ${attempt.entity} and ${auditLog.entityId} is not distinct from ${entityId}::text), false)`,
      })
      .from(auditLog)
      .where(
        and(
          eq(auditLog.userId, actor.id),
          eq(auditLog.outcome, "refused"),
          sql`${auditLog.at} > now() - make_interval(secs => ${refusalWindowSeconds})`,
        ),
      );
    const count = recent?.count ?? 0;
    if (recent?.repeated || count >= refusalsPerWindow) return false;
    const { address, userAgent } = await requestOrigin();
    await recordAudit(db, actor, {
      action: attempt.action,
      entity: attempt.entity,
      entityId,
      communeId: actor.communeId,
      provinceId: actor.provinceId,
      details: { reason: attempt.reason, ...(count + 1 === refusalsPerWindow ? { capped: true } : {}) },
      outcome: "refused",
      address,
      userAgent,
    });
    return true;
  } catch (error) {
    console.error("refusal audit failed", error);
    return false;
  }
}

/**
 * The hook every action guard hands to guardAction: on a refusal (forbidden / not found in the
 * viewer's scope) it audits the attempt, naming the form's `id` field as the target when there is one.
 */
export function auditRefusalOf(actor: Actor | null, attempt: Attempt) {
  return (error: ExpectedError, formData?: FormData) => {
    const id = formData?.get("id");
    return auditRefusal(actor, {
      ...attempt,
      entityId: typeof id === "string" && id !== "" ? id : null,
      reason: error.key,
    });
  };
}
