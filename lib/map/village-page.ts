import "server-only";
import { sql } from "drizzle-orm";
import type { Viewer } from "@/lib/auth/roles";
import { communeScope } from "@/lib/auth/scope";
import { db as appDb } from "@/lib/db";
import type { Executor } from "@/lib/db/client";
import { queryRows } from "@/lib/db/rows";
import type { VillageKind } from "@/lib/db/schema/enums";
import { vietnamDay } from "@/lib/db/vietnam-day";

// The village page's reads (/villages/[id]). A village outside the viewer's scope is null.

export interface VillageDetail {
  id: number;
  communeId: number;
  provinceId: number;
  communeName: string;
  communeCenter: { lat: number; lng: number };
  formerCommune: string | null;
  code: string;
  name: string;
  kind: VillageKind;
  lat: number;
  lng: number;
  coordsApproximate: boolean;
  householdsTotal: number;
  distanceKm: number;
  terrain: string;
  remote: boolean;
  priorityGroup: string | null;
  hasInternet: boolean;
  /** Desks a month the planner aims for here; null: its default. */
  deskTargetPerMonth: number | null;
  updatedAt: string;
}

export async function villageById(
  viewer: Viewer,
  villageId: number,
  database: Executor = appDb,
): Promise<VillageDetail | null> {
  if (!Number.isSafeInteger(villageId) || villageId <= 0) return null;
  const [r] = await queryRows<Record<string, unknown>>(
    database,
    sql`select v.id, v.commune_id, c.province_id, c.name as commune_name, c.center_lat, c.center_lng, fc.name as former_commune,
          v.code, v.name, v.kind, v.lat, v.lng, v.coords_approximate, v.households_total, v.distance_km, v.terrain, v.remote,
          v.priority_group, v.has_internet, v.desk_target_per_month, to_char(v.updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as updated_at
        from villages v join communes c on c.id = v.commune_id
        left join former_communes fc on fc.id = v.former_commune_id
        where v.id = ${villageId} and ${communeScope(viewer, sql`v.commune_id`)}`,
  );
  if (!r) return null;
  return {
    id: Number(r.id),
    communeId: Number(r.commune_id),
    provinceId: Number(r.province_id),
    communeName: String(r.commune_name),
    communeCenter: { lat: Number(r.center_lat), lng: Number(r.center_lng) },
    formerCommune: (r.former_commune as string | null) ?? null,
    code: String(r.code),
    name: String(r.name),
    kind: r.kind as VillageDetail["kind"],
    lat: Number(r.lat),
    lng: Number(r.lng),
    coordsApproximate: Boolean(r.coords_approximate),
    householdsTotal: Number(r.households_total),
    distanceKm: Number(r.distance_km),
    terrain: String(r.terrain),
    remote: Boolean(r.remote),
    priorityGroup: (r.priority_group as string | null) ?? null,
    hasInternet: Boolean(r.has_internet),
    deskTargetPerMonth: r.desk_target_per_month == null ? null : Number(r.desk_target_per_month),
    updatedAt: String(r.updated_at),
  };
}

/** Everything the village page shows besides the village itself. Call only with a village from villageById. */
export async function villageActivity(
  viewer: Viewer,
  village: Pick<VillageDetail, "id" | "communeId">,
  today: string,
  database: Executor = appDb,
) {
  const scope = communeScope(viewer, sql`commune_id`);
  const id = village.id;
  type HouseholdCounts = {
    listed: number;
    reached: number;
    proficient: number;
    smartphone: number;
    elderly: number;
    poor: number;
    ethnic_minority: number;
    unassigned: number;
  };
  const [households] = await queryRows<HouseholdCounts>(
    database,
    sql`select count(*)::int as listed, count(first_reached_on)::int as reached,
          count(*) filter (where has_proficient_member)::int as proficient, count(*) filter (where has_smartphone)::int as smartphone,
          count(*) filter (where elderly)::int as elderly, count(*) filter (where poor)::int as poor,
          count(*) filter (where ethnic_minority)::int as ethnic_minority, count(*) filter (where assigned_member_id is null)::int as unassigned
        from households where village_id = ${id} and ${scope}`,
  );
  const volunteers = await queryRows<{
    id: number;
    full_name: string;
    kind: string;
    households: number;
    lives_here: boolean;
  }>(
    database,
    sql`select m.id, m.full_name, m.kind, count(h.id)::int as households, bool_or(m.village_id = ${id}) as lives_here
        from members m left join households h on h.assigned_member_id = m.id and h.village_id = ${id}
        where m.active and m.commune_id = ${village.communeId} and ${communeScope(viewer, sql`m.commune_id`)}
          and (m.village_id = ${id} or h.id is not null)
        group by m.id order by count(h.id) desc, m.full_name limit 30`,
  );
  const startDay = vietnamDay(sql`d.starts_at`);
  const desks = await queryRows<{ id: number; day: string; place: string; status: string; staff: number }>(
    database,
    sql`(select d.id, ${startDay}::text as day, d.place, d.status::text,
           (select count(*) from mobile_desk_staff s where s.desk_id = d.id)::int as staff
         from mobile_desks d where d.village_id = ${id} and ${communeScope(viewer, sql`d.commune_id`)}
           and ${startDay} >= ${today}::date
         order by d.starts_at limit 3)
        union all
        (select d.id, ${startDay}::text, d.place, d.status::text,
           (select count(*) from mobile_desk_staff s where s.desk_id = d.id)::int
         from mobile_desks d where d.village_id = ${id} and ${communeScope(viewer, sql`d.commune_id`)}
           and ${startDay} < ${today}::date
         order by d.starts_at desc limit 6)`,
  );
  const records = await queryRows<{
    id: number;
    served_on: string;
    channel: string;
    member: string | null;
    people_served: number;
    households_served: number;
    signatures_installed: number;
    sims_given: number;
  }>(
    database,
    sql`select r.id, r.served_on::text, r.channel::text, m.full_name as member, r.people_served, r.households_served,
          r.signatures_installed, r.sims_given
        from support_records r left join members m on m.id = r.member_id
        where r.village_id = ${id} and ${communeScope(viewer, sql`r.commune_id`)}
        order by r.served_on desc, r.id desc limit 10`,
  );
  // Month by month, from the rollups.
  const trend = await queryRows<{
    month: string;
    people: number;
    households: number;
    signatures: number;
    sims: number;
    first_reached: number;
  }>(
    database,
    sql`select m.month, coalesce(s.people, 0)::int as people, coalesce(s.households, 0)::int as households,
          coalesce(s.signatures, 0)::int as signatures, coalesce(s.sims, 0)::int as sims, coalesce(r.first_reached, 0)::int as first_reached
        from (select distinct to_char(day, 'YYYY-MM') as month from village_daily_stats where village_id = ${id} and ${scope}
              union select distinct to_char(day, 'YYYY-MM') from village_daily_reach where village_id = ${id} and ${scope}) m
        left join (select to_char(day, 'YYYY-MM') as month, sum(people_served) as people, sum(households_served) as households,
                     sum(signatures_installed) as signatures, sum(sims_given) as sims
                   from village_daily_stats where village_id = ${id} and ${scope} group by 1) s on s.month = m.month
        left join (select to_char(day, 'YYYY-MM') as month, sum(households_first_reached) as first_reached
                   from village_daily_reach where village_id = ${id} and ${scope} group by 1) r on r.month = m.month
        order by m.month`,
  );
  const history = await queryRows<{
    id: number;
    event: string;
    previous_name: string | null;
    effective_on: string;
    note: string | null;
  }>(
    database,
    sql`select h.id, h.event::text, h.previous_name, h.effective_on::text, h.note from village_history h
        join villages v on v.id = h.village_id
        where h.village_id = ${id} and ${communeScope(viewer, sql`v.commune_id`)} order by h.effective_on desc, h.id desc`,
  );
  return {
    households: households ?? {
      listed: 0,
      reached: 0,
      proficient: 0,
      smartphone: 0,
      elderly: 0,
      poor: 0,
      ethnic_minority: 0,
      unassigned: 0,
    },
    volunteers,
    upcomingDesks: desks.filter((d) => d.day >= today),
    pastDesks: desks.filter((d) => d.day < today),
    records,
    trend,
    history,
  };
}
