import { and, eq } from "drizzle-orm";
import { ExpectedError, forbidden } from "@/lib/actions/form-state";
import { can, type Capability } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/roles";
import { inScope } from "@/lib/auth/scope";
import type { Executor } from "@/lib/db/client";
import { communes, members, villages } from "@/lib/db/schema";

export interface CommuneRef {
  communeId: number;
  provinceId: number;
}

/**
 * The commune a field write lands in: the viewer's own for commune roles; an admin names one.
 * Refuses (forbidden) without the capability or outside the viewer's scope.
 */
export async function writableCommune(
  tx: Executor,
  viewer: Viewer,
  capability: Capability,
  requestedCommuneId?: number | null,
): Promise<CommuneRef> {
  if (!can(viewer, capability)) throw forbidden();
  const communeId = viewer.communeId ?? requestedCommuneId ?? null;
  if (communeId == null) throw forbidden();
  const [row] = await tx
    .select({ communeId: communes.id, provinceId: communes.provinceId })
    .from(communes)
    .where(eq(communes.id, communeId));
  if (!row || !inScope(viewer, row)) throw forbidden();
  return row;
}

/** A village of the commune, or a field error on `field` (another commune's id is "unknown"). */
export async function villageIn(tx: Executor, communeId: number, villageId: number, field = "villageId") {
  const [row] = await tx
    .select({ id: villages.id, name: villages.name })
    .from(villages)
    .where(and(eq(villages.id, villageId), eq(villages.communeId, communeId)));
  if (!row) throw new ExpectedError("errors.invalid", { [field]: ["fieldUi.errors.villageUnknown"] });
  return row;
}

/** An (optionally active) member of the commune, or a field error on `field`. */
export async function memberIn(
  tx: Executor,
  communeId: number,
  memberId: number,
  options: { field?: string; activeOnly?: boolean } = {},
) {
  const field = options.field ?? "memberId";
  const [row] = await tx
    .select({ id: members.id, fullName: members.fullName, active: members.active })
    .from(members)
    .where(and(eq(members.id, memberId), eq(members.communeId, communeId)));
  if (!row) throw new ExpectedError("errors.invalid", { [field]: ["fieldUi.errors.memberUnknown"] });
  if (options.activeOnly && !row.active)
    throw new ExpectedError("errors.invalid", { [field]: ["fieldUi.errors.memberInactive"] });
  return row;
}
