import { eq, getTableColumns, type InferSelectModel } from "drizzle-orm";
import { forbidden, notFound } from "@/lib/actions/form-state";
import { can, type Capability } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/roles";
import { inScope } from "@/lib/auth/scope";
import type { Executor } from "@/lib/db/client";
import { communes } from "@/lib/db/schema";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";

/** A table whose rows belong to one commune (members, households, teams…). */
export type CommuneOwnedTable = PgTable & { id: PgColumn; communeId: PgColumn };

/**
 * The row behind an id that a command is about to change, with its commune's province (for the
 * audit row). Without the capability: forbidden. An id that does not exist and one outside the
 * viewer's scope both answer "not found", so a probe learns nothing about other communes.
 */
export async function rowForWrite<T extends CommuneOwnedTable>(
  tx: Executor,
  viewer: Viewer,
  capability: Capability,
  table: T,
  id: number,
): Promise<{ row: InferSelectModel<T>; provinceId: number }> {
  if (!can(viewer, capability)) throw forbidden();
  const [found] = await tx
    .select({ row: getTableColumns(table as PgTable), provinceId: communes.provinceId })
    .from(table as PgTable)
    .innerJoin(communes, eq(communes.id, table.communeId))
    .where(eq(table.id, id));
  const row = found?.row as (InferSelectModel<T> & { communeId: number }) | undefined;
  if (!found || !row || !inScope(viewer, { communeId: row.communeId, provinceId: found.provinceId })) throw notFound();
  return { row, provinceId: found.provinceId };
}
