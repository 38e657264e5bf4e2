import "server-only";
import { sql } from "drizzle-orm";
import type { Viewer } from "@/lib/auth/roles";
import { communeScope } from "@/lib/auth/scope";
import { db as appDb } from "@/lib/db";
import type { Executor } from "@/lib/db/client";
import { queryRows } from "@/lib/db/rows";

/** The communes in scope, with whether a boundary is stored, for the boundary upload page. */
export async function communesForBoundaries(viewer: Viewer, database: Executor = appDb) {
  const rows = await queryRows<{
    id: number;
    name: string;
    province_name: string;
    has_boundary: boolean;
    geometry_type: string | null;
  }>(
    database,
    sql`select c.id, c.name, p.name as province_name, c.boundary is not null as has_boundary, c.boundary->>'type' as geometry_type
        from communes c join provinces p on p.id = c.province_id
        where c.active and ${communeScope(viewer, sql`c.id`)} order by p.name, c.name`,
  );
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    provinceName: r.province_name,
    hasBoundary: r.has_boundary,
    geometryType: r.geometry_type,
  }));
}
