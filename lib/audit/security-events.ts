import { inArray, isNotNull, or, type SQL } from "drizzle-orm";
import type { ClientInfo } from "@/lib/auth/client-address";
import type { Executor } from "@/lib/db/client";
import { auditLog } from "@/lib/db/schema";
import { recordAudit } from "./record";

// Security events: sign-in and sign-out, throttling, session revocation, second-factor and
// password checks, refusals. They carry the client's address and user agent and how they ended,
// so the audit page can show "who tried what from where".

/** Entities whose rows are about access rather than data: the audit page's "security" group. */
export const securityEntities = ["session", "user", "role_policy"] as const;

/** The "security events" group: those entities, or any row that says where it came from. */
export function securityEventFilter(): SQL {
  return or(inArray(auditLog.entity, [...securityEntities]), isNotNull(auditLog.address))!;
}

export interface SecurityEvent {
  action: string;
  outcome: "success" | "failure" | "refused";
  client: ClientInfo | null | undefined;
  /** The account's unit, so the event is read within the same scope as the account. */
  unit?: { communeId: number | null; provinceId: number | null } | null;
  entity?: string;
  entityId?: string | number | null;
  details?: Record<string, unknown>;
}

/** One audit row for a security event. Not in the caller's transaction: a refusal must be kept even when the work is rolled back. */
export async function recordSecurityEvent(
  db: Executor,
  actor: { id: number } | null,
  event: SecurityEvent,
): Promise<void> {
  await recordAudit(db, actor, {
    action: event.action,
    entity: event.entity ?? "session",
    entityId: event.entityId ?? actor?.id ?? null,
    communeId: event.unit?.communeId ?? null,
    provinceId: event.unit?.provinceId ?? null,
    details: event.details && Object.keys(event.details).length > 0 ? event.details : undefined,
    outcome: event.outcome,
    address: event.client?.address ?? null,
    userAgent: event.client?.userAgent ?? null,
  });
}
