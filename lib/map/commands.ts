import { and, eq, sql } from "drizzle-orm";
import { conflict, ExpectedError, forbidden, notFound } from "@/lib/actions/form-state";
import { recordAudit } from "@/lib/audit/record";
import { can } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/roles";
import { inScope } from "@/lib/auth/scope";
import { parseInput } from "@/lib/core/parse";
import type { Database } from "@/lib/db/client";
import { communes, villageHistory, villages } from "@/lib/db/schema";
import { todayInVietnam } from "@/lib/i18n/format";
import { parseBoundary } from "./boundary";
import { distanceKm } from "./geodesy";
import { boundaryFormSchema, VILLAGE_MAX_KM_FROM_CENTER, villageFormSchema } from "./schemas";

// Writes of the map feature: a commune's boundary (admin) and a village's name, position and
// monthly desk target (the planner's default for it).

/** Replaces a commune's boundary with validated GeoJSON. Admin only (boundaries.manage). */
export async function saveCommuneBoundary(db: Database, viewer: Viewer, input: unknown) {
  const data = parseInput(boundaryFormSchema, input);
  if (!can(viewer, "boundaries.manage")) throw forbidden();
  const boundary = parseBoundary(data.geojson);
  if (!boundary.ok) throw new ExpectedError(boundary.error, { geojson: [boundary.error] });

  return db.transaction(async (tx) => {
    const [commune] = await tx
      .select({ id: communes.id, provinceId: communes.provinceId, boundary: communes.boundary })
      .from(communes)
      .where(eq(communes.id, data.communeId))
      .for("update");
    if (!commune || !inScope(viewer, { communeId: commune.id, provinceId: commune.provinceId })) throw notFound();
    await tx.update(communes).set({ boundary: boundary.geometry }).where(eq(communes.id, commune.id));
    // The geometry itself can be megabytes: the log keeps what changed, not the coordinates.
    await recordAudit(tx, viewer, {
      action: "update",
      entity: "commune_boundary",
      entityId: commune.id,
      communeId: commune.id,
      provinceId: commune.provinceId,
      before: { hasBoundary: commune.boundary != null },
      after: { hasBoundary: true, type: boundary.geometry.type, vertices: boundary.vertices },
    });
    return { communeId: commune.id, vertices: boundary.vertices };
  });
}

/** Who may correct a village's name and place: the admin, and whoever keeps the commune's household lists. */
const mayEditVillages = (viewer: Viewer) => can(viewer, "units.manage") || can(viewer, "households.manage");

/** Renames and/or moves a village, or sets its monthly desk target. Renames go to village_history; all is audited. */
export async function updateVillage(db: Database, viewer: Viewer, input: unknown) {
  const { villageId, name, lat, lng, updatedAt, deskTargetPerMonth } = parseInput(villageFormSchema, input);
  if (!mayEditVillages(viewer)) throw forbidden();

  return db.transaction(async (tx) => {
    const [village] = await tx
      .select({
        id: villages.id,
        communeId: villages.communeId,
        name: villages.name,
        lat: villages.lat,
        lng: villages.lng,
        deskTargetPerMonth: villages.deskTargetPerMonth,
        updatedAt: villages.updatedAt,
        provinceId: communes.provinceId,
        centerLat: communes.centerLat,
        centerLng: communes.centerLng,
      })
      .from(villages)
      .innerJoin(communes, eq(communes.id, villages.communeId))
      .where(eq(villages.id, villageId))
      .for("update", { of: villages });
    if (!village || !inScope(viewer, { communeId: village.communeId, provinceId: village.provinceId }))
      throw notFound();
    if (village.updatedAt.toISOString() !== new Date(updatedAt).toISOString()) throw conflict();
    const away = distanceKm({ lat: village.centerLat, lng: village.centerLng }, { lat, lng });
    if (away > VILLAGE_MAX_KM_FROM_CENTER) {
      throw new ExpectedError("errors.invalid", { lat: ["map.errors.tooFarFromCenter"] });
    }

    const renamed = name !== village.name;
    const [after] = await tx
      .update(villages)
      .set({
        name,
        lat,
        lng,
        coordsApproximate: lat === village.lat && lng === village.lng ? undefined : false,
        deskTargetPerMonth,
        updatedAt: sql`now()`,
      })
      .where(and(eq(villages.id, village.id), eq(villages.communeId, village.communeId)))
      .returning({
        name: villages.name,
        lat: villages.lat,
        lng: villages.lng,
        deskTargetPerMonth: villages.deskTargetPerMonth,
        updatedAt: villages.updatedAt,
      });
    if (renamed) {
      await tx.insert(villageHistory).values({
        villageId: village.id,
        event: "renamed",
        previousName: village.name,
        effectiveOn: todayInVietnam(),
      });
    }
    await recordAudit(tx, viewer, {
      action: "update",
      entity: "village",
      entityId: village.id,
      communeId: village.communeId,
      provinceId: village.provinceId,
      before: {
        name: village.name,
        lat: village.lat,
        lng: village.lng,
        deskTargetPerMonth: village.deskTargetPerMonth,
      },
      after: { name: after!.name, lat: after!.lat, lng: after!.lng, deskTargetPerMonth: after!.deskTargetPerMonth },
    });
    return { villageId: village.id, renamed };
  });
}
