import "server-only";
import { and, eq } from "drizzle-orm";
import { unitsInScope } from "@/lib/accounts/queries";
import type { Viewer } from "@/lib/auth/roles";
import { communeScope } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import { communes } from "@/lib/db/schema";

export interface WorkingCommune {
  id: number;
  name: string;
  /** Whether the viewer chose it (admin) rather than belonging to it: forms then send its id. */
  chosen: boolean;
}

/**
 * The commune a "new …" form writes into: a commune role's own; an admin's pick from the URL
 * (?commune=), looked up within the viewer's scope. Null until an admin has picked one.
 */
export async function workingCommune(viewer: Viewer, requested: string | undefined): Promise<WorkingCommune | null> {
  if (viewer.communeId != null) return { id: viewer.communeId, name: viewer.communeName ?? "", chosen: false };
  const id = Number(requested);
  if (!Number.isSafeInteger(id) || id <= 0) return null;
  const [row] = await db
    .select({ id: communes.id, name: communes.name })
    .from(communes)
    .where(and(eq(communes.id, id), communeScope(viewer, communes.id), eq(communes.active, true)));
  return row ? { ...row, chosen: true } : null;
}

/** A "new …" page's commune, and — while an admin has not chosen one — the communes to choose from. */
export async function formCommune(viewer: Viewer, requested: string | undefined) {
  const commune = await workingCommune(viewer, requested);
  return { commune, units: commune ? undefined : await unitsInScope(viewer) };
}
