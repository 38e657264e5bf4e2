import type { Viewer } from "@/lib/auth/roles";
import type { Executor } from "@/lib/db/client";
import { auditLog } from "@/lib/db/schema";
import { diffChanges } from "./diff";

export interface AuditEntry {
  action: "create" | "update" | "delete" | (string & {});
  entity: string;
  entityId?: string | number | null;
  /** The unit the write touched: the log is read within a viewer's scope through these. */
  communeId?: number | null;
  provinceId?: number | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  /** Extra facts for actions that are not plain row changes (e.g. an import's row count). */
  details?: Record<string, unknown>;
  /** How a security event ended; data writes succeed. */
  outcome?: "success" | "failure" | "refused";
  /** Where a security event came from (the client address as trusted by lib/auth, and its user agent). */
  address?: string | null;
  userAgent?: string | null;
}

/** Writes one audit row. Call inside the write's own transaction so both land or neither. */
export async function recordAudit(tx: Executor, actor: Pick<Viewer, "id"> | null, entry: AuditEntry): Promise<void> {
  const changes = diffChanges(entry.before ?? null, entry.after ?? null);
  await tx.insert(auditLog).values({
    userId: actor?.id ?? null,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId == null ? null : String(entry.entityId),
    communeId: entry.communeId ?? null,
    provinceId: entry.provinceId ?? null,
    changes: entry.details ? { ...changes, details: { before: null, after: entry.details } } : changes,
    outcome: entry.outcome ?? "success",
    address: entry.address ?? null,
    userAgent: entry.userAgent?.slice(0, 500) ?? null,
  });
}
