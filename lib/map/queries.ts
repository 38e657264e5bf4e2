import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { Viewer } from "@/lib/auth/roles";
import { communeScope, provinceScope } from "@/lib/auth/scope";
import { db as appDb } from "@/lib/db";
import type { Executor } from "@/lib/db/client";
import { queryRows } from "@/lib/db/rows";
import type { CommuneKind } from "@/lib/db/schema/enums";
import { vietnamDay } from "@/lib/db/vietnam-day";
import type { Period } from "@/lib/filters/period";
import { sumByArea, zeroFigures } from "./area-sums";
import { storedBoundary, type BoundaryGeometry } from "./boundary";
import type { VillagePoint } from "./village-points";

// The maps' reads. Every one puts the viewer's scope in its WHERE; an id out of scope reads as
// "not found" (null). Figures come from the rollups (village_daily_stats, village_daily_reach),
// the per-village household counters (village_household_counts), villages and mobile_desks —
// never from raw support records or a count over a province's households.

/** Figures behind a marker, for one village or summed over a commune or a province. */
export interface AreaFigures {
  householdsTotal: number;
  reached: number;
  proficient: number;
  assigned: number;
  volunteers: number;
  peopleServed: number;
  /** Latest held / next planned mobile desk, as Vietnam dates (yyyy-MM-dd). */
  lastDeskOn: string | null;
  nextDeskOn: string | null;
}

export interface MapVillage extends AreaFigures {
  id: number;
  name: string;
  formerCommune: string | null;
  lat: number;
  lng: number;
  remote: boolean;
  priorityGroup: string | null;
  distanceKm: number;
}

export interface MapCommune extends AreaFigures {
  id: number;
  name: string;
  kind: CommuneKind;
  lat: number;
  lng: number;
  villages: number;
  boundary: BoundaryGeometry | null;
}

export interface MapProvince extends AreaFigures {
  id: number;
  name: string;
  lat: number;
  lng: number;
  communes: number;
}

/**
 * The province's communes as a literal id list. A `commune_id in (select … where province_id = …)`
 * inside every aggregate made PGlite's planner take minutes on the scale seed (1M households);
 * a constant list takes seconds.
 */
async function provinceCommunes(database: Executor, provinceId: number): Promise<SQL | null> {
  const rows = await queryRows<{ id: number }>(
    database,
    sql`select id from communes where province_id = ${provinceId} and active order by id`,
  );
  return rows.length === 0
    ? null
    : sql`commune_id in (${sql.join(
        rows.map((r) => sql`${r.id}`),
        sql`, `,
      )})`;
}

const vnDay = (column: string) => vietnamDay(sql.raw(column));

// Aggregates per village, for the villages whose commune matches `communes` (a condition on a bare
// `commune_id` column, applied inside every aggregate so each reads only those communes' rows) and
// the viewer's scope.
function villageFigures(viewer: Viewer, communes: SQL, period: Period, today: string): SQL {
  const from = period.from;
  const where = sql`${communes} and ${communeScope(viewer, sql`commune_id`)}`;
  return sql`
    select v.id as village_id, v.commune_id,
      v.households_total,
      coalesce(r.reached, 0)::int as reached,
      coalesce(h.proficient, 0)::int as proficient,
      coalesce(h.assigned, 0)::int as assigned,
      coalesce(h.volunteers, 0)::int as volunteers,
      coalesce(s.people, 0)::int as people_served,
      d.last_held::text as last_desk_on,
      d.next_planned::text as next_desk_on
    from villages v
    left join (select village_id, sum(households_first_reached) as reached from village_daily_reach
               where ${where} and day <= ${period.to} group by village_id) r on r.village_id = v.id
    left join (select village_id, proficient, assigned, volunteers from village_household_counts
               where ${where}) h on h.village_id = v.id
    left join (select village_id, sum(people_served) as people from village_daily_stats
               where ${where} and day between ${from} and ${period.to} group by village_id) s on s.village_id = v.id
    left join (select village_id,
                 max(${vnDay("starts_at")}) filter (where status = 'held' and ${vnDay("starts_at")} <= ${today}::date) as last_held,
                 min(${vnDay("starts_at")}) filter (where status = 'planned' and ${vnDay("starts_at")} >= ${today}::date) as next_planned
               from mobile_desks where ${where} group by village_id) d on d.village_id = v.id
    where v.active and ${where}`;
}

type FigureRow = {
  households_total: number;
  reached: number;
  proficient: number;
  assigned: number;
  volunteers: number;
  people_served: number;
  last_desk_on: string | null;
  next_desk_on: string | null;
};

const figuresOf = (r: FigureRow): AreaFigures => ({
  householdsTotal: Number(r.households_total),
  reached: Number(r.reached),
  proficient: Number(r.proficient),
  assigned: Number(r.assigned),
  volunteers: Number(r.volunteers),
  peopleServed: Number(r.people_served),
  lastDeskOn: r.last_desk_on,
  nextDeskOn: r.next_desk_on,
});

const summed = sql.raw(`
  coalesce(sum(f.households_total), 0)::int as households_total, coalesce(sum(f.reached), 0)::int as reached,
  coalesce(sum(f.proficient), 0)::int as proficient, coalesce(sum(f.assigned), 0)::int as assigned,
  coalesce(sum(f.volunteers), 0)::int as volunteers, coalesce(sum(f.people_served), 0)::int as people_served,
  max(f.last_desk_on) as last_desk_on, min(f.next_desk_on) as next_desk_on`);

/** The commune a map is drawn for, with its center and service centers; null if out of scope. */
export async function communeForMap(viewer: Viewer, communeId: number, database: Executor = appDb) {
  if (!Number.isSafeInteger(communeId) || communeId <= 0) return null;
  const [commune] = await queryRows<{
    id: number;
    name: string;
    kind: MapCommune["kind"];
    province_id: number;
    province_name: string;
    center_lat: number;
    center_lng: number;
    boundary: unknown;
    coords_approximate: boolean;
  }>(
    database,
    sql`select c.id, c.name, c.kind, c.province_id, p.name as province_name, c.center_lat, c.center_lng, c.boundary, c.coords_approximate
        from communes c join provinces p on p.id = c.province_id
        where c.id = ${communeId} and ${communeScope(viewer, sql`c.id`)}`,
  );
  if (!commune) return null;
  const centers = await queryRows<{ id: number; name: string; address: string | null; lat: number; lng: number }>(
    database,
    sql`select id, name, address, lat, lng from service_centers s
        where s.commune_id = ${communeId} and ${communeScope(viewer, sql`s.commune_id`)} order by id`,
  );
  return {
    id: commune.id,
    name: commune.name,
    kind: commune.kind,
    provinceId: commune.province_id,
    provinceName: commune.province_name,
    center: { lat: Number(commune.center_lat), lng: Number(commune.center_lng) },
    coordsApproximate: commune.coords_approximate,
    boundary: storedBoundary(commune.boundary),
    serviceCenters: centers.map((c) => ({ ...c, lat: Number(c.lat), lng: Number(c.lng) })),
  };
}

/** Every active village of a commune in scope, with its figures for the period. */
export async function villagesForMap(
  viewer: Viewer,
  communeId: number,
  period: Period,
  today: string,
  database: Executor = appDb,
): Promise<MapVillage[]> {
  const rows = await queryRows<
    FigureRow & {
      village_id: number;
      name: string;
      former_commune: string | null;
      lat: number;
      lng: number;
      remote: boolean;
      priority_group: string | null;
      distance_km: number;
    }
  >(
    database,
    sql`select f.*, v.name, fc.name as former_commune, v.lat, v.lng, v.remote, v.priority_group, v.distance_km
        from (${villageFigures(viewer, sql`commune_id = ${communeId}`, period, today)}) f
        join villages v on v.id = f.village_id
        left join former_communes fc on fc.id = v.former_commune_id
        order by v.name`,
  );
  return rows.map((r) => ({
    id: r.village_id,
    name: r.name,
    formerCommune: r.former_commune,
    lat: Number(r.lat),
    lng: Number(r.lng),
    remote: r.remote,
    priorityGroup: r.priority_group,
    distanceKm: Number(r.distance_km),
    ...figuresOf(r),
  }));
}

/** A province in scope (its own, for everyone below admin); null otherwise. */
export async function provinceForMap(viewer: Viewer, provinceId: number, database: Executor = appDb) {
  if (!Number.isSafeInteger(provinceId) || provinceId <= 0) return null;
  const [row] = await queryRows<{ id: number; name: string; center_lat: number; center_lng: number }>(
    database,
    sql`select id, name, center_lat, center_lng from provinces p where p.id = ${provinceId} and ${provinceScope(viewer, sql`p.id`)}`,
  );
  return row
    ? { id: row.id, name: row.name, center: { lat: Number(row.center_lat), lng: Number(row.center_lng) } }
    : null;
}

/** The communes of a province that the viewer may see, each with its figures summed over its villages. */
export async function communesForMap(
  viewer: Viewer,
  provinceId: number,
  period: Period,
  today: string,
  database: Executor = appDb,
): Promise<MapCommune[]> {
  return (await provinceMapFigures(viewer, provinceId, period, today, database)).communes;
}

/**
 * A province map's two layers from ONE pass over the village figures (the household aggregate is
 * the expensive part: ≈ 1M rows at province scale): every village in scope (the dots) and every
 * commune in scope with its villages' figures summed (the bubbles and the list).
 */
export async function provinceMapFigures(
  viewer: Viewer,
  provinceId: number,
  period: Period,
  today: string,
  database: Executor = appDb,
): Promise<{ communes: MapCommune[]; villages: VillagePoint[] }> {
  const [rows, villages] = await Promise.all([
    queryRows<{
      id: number;
      name: string;
      kind: MapCommune["kind"];
      center_lat: number;
      center_lng: number;
      boundary: unknown;
    }>(
      database,
      sql`select c.id, c.name, c.kind, c.center_lat, c.center_lng, c.boundary from communes c
          where c.province_id = ${provinceId} and c.active and ${communeScope(viewer, sql`c.id`)}
          order by c.name`,
    ),
    villagePointsForMap(viewer, provinceId, period, today, database),
  ]);
  const sums = sumByArea(villages, (v) => v.communeId);
  const communes = rows.map((r) => {
    const sum = sums.get(r.id);
    return {
      id: r.id,
      name: r.name,
      kind: r.kind,
      lat: Number(r.center_lat),
      lng: Number(r.center_lng),
      villages: sum?.villages ?? 0,
      boundary: storedBoundary(r.boundary),
      ...(sum?.figures ?? zeroFigures()),
    };
  });
  return { communes, villages };
}

/** Every province in scope with figures summed over its communes (the national view). */
export async function provincesForMap(
  viewer: Viewer,
  period: Period,
  today: string,
  database: Executor = appDb,
): Promise<MapProvince[]> {
  const rows = await queryRows<
    FigureRow & { id: number; name: string; center_lat: number; center_lng: number; communes: number }
  >(
    database,
    sql`select p.id, p.name, p.center_lat, p.center_lng,
          (select count(*) from communes c where c.province_id = p.id and c.active)::int as communes, ${summed}
        from provinces p
        left join communes c on c.province_id = p.id and c.active
        left join (${villageFigures(viewer, sql`true`, period, today)}) f on f.commune_id = c.id
        where ${provinceScope(viewer, sql`p.id`)} and ${communeScope(viewer, sql`coalesce(c.id, -1)`)}
        group by p.id order by p.name`,
  );
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    lat: Number(r.center_lat),
    lng: Number(r.center_lng),
    communes: Number(r.communes),
    ...figuresOf(r),
  }));
}

/**
 * Every active village in scope, of one province or (null) of the whole country, with its figures:
 * the dots under the province and national maps' bubbles.
 */
export async function villagePointsForMap(
  viewer: Viewer,
  provinceId: number | null,
  period: Period,
  today: string,
  database: Executor = appDb,
): Promise<VillagePoint[]> {
  const area = provinceId === null ? sql`true` : await provinceCommunes(database, provinceId);
  if (!area) return [];
  const rows = await queryRows<
    FigureRow & {
      village_id: number;
      commune_id: number;
      name: string;
      lat: number;
      lng: number;
      remote: boolean;
      priority_group: string | null;
    }
  >(
    database,
    sql`select f.*, v.name, v.lat, v.lng, v.remote, v.priority_group
        from (${villageFigures(viewer, area, period, today)}) f
        join villages v on v.id = f.village_id
        order by v.id`,
  );
  return rows.map((r) => ({
    id: r.village_id,
    communeId: r.commune_id,
    name: r.name,
    lat: Number(r.lat),
    lng: Number(r.lng),
    remote: r.remote,
    priorityGroup: r.priority_group,
    ...figuresOf(r),
  }));
}
