import "server-only";
import { requestOrigin } from "@/lib/auth/request-client";
import type { Viewer } from "@/lib/auth/roles";
import type { Executor } from "@/lib/db/client";
import { recordAudit } from "./record";

/**
 * The audit row of a file download: who took which list (format, row count, filters), from where.
 * Every export route writes one (people's names and households leave the system).
 */
export async function auditExport(
  tx: Executor,
  viewer: Viewer,
  entity: string,
  details: { format: "csv" | "xlsx"; rows: number; filters?: Record<string, unknown> },
): Promise<void> {
  const { address, userAgent } = await requestOrigin();
  await recordAudit(tx, viewer, {
    action: "export",
    entity,
    communeId: viewer.communeId,
    provinceId: viewer.provinceId,
    details,
    address,
    userAgent,
  });
}
