import { and, lt, ne, or, eq } from "drizzle-orm";
import type { Executor } from "@/lib/db/client";
import { auditLog } from "@/lib/db/schema";

// How long the audit log keeps what (stated in the README). Sign-ins, sign-outs and other session
// events, and every failed or refused attempt, are kept 12 months: long enough to investigate a
// break-in, short enough that a year of password guessing does not pile up for ever. Changes to
// data and settings are kept with no limit. Pruned now and then, on a successful sign-in, rather
// than by a scheduled job the app does not have.
export const securityEventRetentionMonths = 12;

export async function pruneSecurityEvents(db: Executor, now: Date = new Date()): Promise<void> {
  const cutoff = new Date(now);
  cutoff.setMonth(cutoff.getMonth() - securityEventRetentionMonths);
  await db
    .delete(auditLog)
    .where(and(lt(auditLog.at, cutoff), or(eq(auditLog.entity, "session"), ne(auditLog.outcome, "success"))));
}
