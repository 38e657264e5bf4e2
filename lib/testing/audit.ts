import { and, desc, eq, type SQL } from "drizzle-orm";
import { expect } from "vitest";
import type { Executor } from "@/lib/db/client";
import { auditLog } from "@/lib/db/schema";

export type AuditRow = typeof auditLog.$inferSelect;

/**
 * Asserts that a write left its audit row, and returns the newest matching one so the test can
 * look at its `changes` ({ field: { before, after } }, secrets masked) or unit.
 *
 *   await createMember(db, secretary, { fullName: "Hồ Văn A", ... });
 *   const row = await expectAudited(db, { entity: "member", action: "create", userId: secretary.id });
 *   expect(row.communeId).toBe(secretary.communeId);
 *
 * `entityId` is compared as text (audit_log.entity_id is text), so a number is fine.
 * Use it in data-layer tests (vitest); it fails the test when no row matches.
 */
export async function expectAudited(
  db: Executor,
  match: { entity: string; entityId?: string | number; action?: string; userId?: number },
): Promise<AuditRow> {
  const filters: SQL[] = [eq(auditLog.entity, match.entity)];
  if (match.entityId !== undefined) filters.push(eq(auditLog.entityId, String(match.entityId)));
  if (match.action !== undefined) filters.push(eq(auditLog.action, match.action));
  if (match.userId !== undefined) filters.push(eq(auditLog.userId, match.userId));
  const [row] = await db
    .select()
    .from(auditLog)
    .where(and(...filters))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(1);
  expect(row, `an audit row matching ${JSON.stringify(match)}`).toBeDefined();
  return row as AuditRow;
}
