import { parseUnitParam, unitParam, type UnitFilter } from "@/lib/accounts/list-params";
import { idParam, pageParam, textParam, type SearchParams } from "@/lib/core/url-params";
import { parseVietnameseDate } from "@/lib/i18n/format";

// The audit log's filters live in the URL. Dates are typed dd/MM/yyyy; one that is not a real
// date is kept as typed (so the form can say so) and not applied.

export const auditPageSize = 30;

export const auditOutcomes = ["success", "failure", "refused"] as const;
export type AuditOutcome = (typeof auditOutcomes)[number];
export const auditGroups = ["security"] as const;
export type AuditGroup = (typeof auditGroups)[number];
const oneOf = <T extends string>(allowed: readonly T[], value: string): T | "" =>
  (allowed as readonly string[]).includes(value) ? (value as T) : "";

export interface AuditListParams {
  unit: UnitFilter | null;
  userId: number | null;
  entity: string;
  entityId: string;
  action: string;
  /** How security events ended: "success", "failure" or "refused"; "" for all. */
  outcome: AuditOutcome | "";
  /** "security": sign-ins, sessions, second factor, refusals (lib/audit/security-events.ts). */
  group: AuditGroup | "";
  /** As typed, for the inputs. */
  fromText: string;
  toText: string;
  /** Parsed "yyyy-MM-dd", or null when empty or invalid. */
  from: string | null;
  to: string | null;
  invalid: ("from" | "to")[];
  page: number;
}

const token = (value: string) => (/^[a-z0-9_.-]{1,64}$/i.test(value) ? value : "");

export function parseAuditListParams(sp: SearchParams): AuditListParams {
  const text = (name: string) => textParam(sp, name) ?? "";
  const fromText = text("from").slice(0, 20);
  const toText = text("to").slice(0, 20);
  const from = fromText ? parseVietnameseDate(fromText) : null;
  const to = toText ? parseVietnameseDate(toText) : null;
  const invalid: ("from" | "to")[] = [];
  if (fromText && !from) invalid.push("from");
  if (toText && !to) invalid.push("to");
  return {
    unit: parseUnitParam(text("unit")),
    userId: idParam(sp, "user") ?? null,
    entity: token(text("entity")),
    entityId: token(text("entityId")),
    action: token(text("action")),
    outcome: oneOf(auditOutcomes, text("outcome")),
    group: oneOf(auditGroups, text("group")),
    fromText,
    toText,
    from,
    to,
    invalid,
    page: pageParam(sp),
  };
}

export function auditListHref(params: AuditListParams, changes: Partial<AuditListParams> = {}): string {
  const next = { ...params, ...changes };
  const query = new URLSearchParams();
  if (next.unit) query.set("unit", unitParam(next.unit));
  if (next.userId) query.set("user", String(next.userId));
  if (next.entity) query.set("entity", next.entity);
  if (next.entityId) query.set("entityId", next.entityId);
  if (next.action) query.set("action", next.action);
  if (next.outcome) query.set("outcome", next.outcome);
  if (next.group) query.set("group", next.group);
  if (next.fromText) query.set("from", next.fromText);
  if (next.toText) query.set("to", next.toText);
  if (next.page > 1) query.set("page", String(next.page));
  const text = query.toString();
  return text ? `/audit?${text}` : "/audit";
}
