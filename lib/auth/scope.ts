import { sql, type AnyColumn, type SQL } from "drizzle-orm";
import type { Viewer } from "./roles";

// Authorization lives in the data layer: every query puts one of these in its WHERE.
// A viewer whose role or unit is missing sees nothing (fail closed).

/** Rows whose commune the viewer may see. */
export function communeScope(viewer: Viewer, communeId: AnyColumn | SQL): SQL {
  switch (viewer.role) {
    case "admin":
      return sql`true`;
    case "provincial_officer":
      return viewer.provinceId == null
        ? sql`false`
        : sql`${communeId} in (select id from communes where province_id = ${viewer.provinceId})`;
    case "commune_secretary":
    case "center_director":
      return viewer.communeId == null ? sql`false` : sql`${communeId} = ${viewer.communeId}`;
    default:
      return sql`false`;
  }
}

/** Rows whose province the viewer may see. */
export function provinceScope(viewer: Viewer, provinceId: AnyColumn | SQL): SQL {
  switch (viewer.role) {
    case "admin":
      return sql`true`;
    case "provincial_officer":
    case "commune_secretary":
    case "center_director":
      return viewer.provinceId == null ? sql`false` : sql`${provinceId} = ${viewer.provinceId}`;
    default:
      return sql`false`;
  }
}

/** True when a commune (with its province) lies inside the viewer's scope. Pure, for actions. */
export function inScope(viewer: Viewer, unit: { communeId: number | null; provinceId: number | null }): boolean {
  switch (viewer.role) {
    case "admin":
      return true;
    case "provincial_officer":
      return viewer.provinceId != null && unit.provinceId === viewer.provinceId;
    case "commune_secretary":
    case "center_director":
      return viewer.communeId != null && unit.communeId === viewer.communeId;
    default:
      return false;
  }
}
