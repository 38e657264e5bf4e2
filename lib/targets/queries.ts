import "server-only";
import { and, asc, desc, eq } from "drizzle-orm";
import type { Viewer } from "@/lib/auth/roles";
import { communeScope } from "@/lib/auth/scope";
import { db as appDb, type Executor } from "@/lib/db";
import { communes, formerCommunes, targets } from "@/lib/db/schema";

/** Targets of the province's communes the viewer may see, latest due first. */
export async function targetsOfProvince(viewer: Viewer, provinceId: number, db: Executor = appDb) {
  const rows = await db
    .select({
      id: targets.id,
      communeId: targets.communeId,
      communeName: communes.name,
      formerCommuneName: formerCommunes.name,
      indicator: targets.indicator,
      targetValue: targets.targetValue,
      startsOn: targets.startsOn,
      dueOn: targets.dueOn,
      note: targets.note,
    })
    .from(targets)
    .innerJoin(communes, eq(communes.id, targets.communeId))
    .leftJoin(formerCommunes, eq(formerCommunes.id, targets.formerCommuneId))
    .where(and(communeScope(viewer, targets.communeId), eq(communes.provinceId, provinceId)))
    .orderBy(desc(targets.dueOn), asc(targets.id));
  return rows.sort((a, b) => a.communeName.localeCompare(b.communeName, "vi"));
}

/** Communes (with their former communes) a target may be set for. */
export async function targetAreas(viewer: Viewer, provinceId: number, db: Executor = appDb) {
  const rows = await db
    .select({ id: communes.id, name: communes.name, formerId: formerCommunes.id, formerName: formerCommunes.name })
    .from(communes)
    .leftJoin(formerCommunes, eq(formerCommunes.communeId, communes.id))
    .where(and(communeScope(viewer, communes.id), eq(communes.provinceId, provinceId), eq(communes.active, true)));
  const byCommune = new Map<number, { id: number; name: string; formers: { id: number; name: string }[] }>();
  for (const r of rows) {
    const c = byCommune.get(r.id) ?? { id: r.id, name: r.name, formers: [] };
    if (r.formerId !== null && r.formerName !== null) c.formers.push({ id: r.formerId, name: r.formerName });
    byCommune.set(r.id, c);
  }
  return [...byCommune.values()].sort((a, b) => a.name.localeCompare(b.name, "vi"));
}

/** One target for the edit form; null when unknown or outside the scope (→ 404). */
export async function targetForEdit(viewer: Viewer, id: number, db: Executor = appDb) {
  const [row] = await db
    .select({ target: targets, provinceId: communes.provinceId })
    .from(targets)
    .innerJoin(communes, eq(communes.id, targets.communeId))
    .where(and(eq(targets.id, id), communeScope(viewer, targets.communeId)));
  return row ?? null;
}
