import "server-only";
import { and, asc, eq, gte, lte, sql } from "drizzle-orm";
import type { Viewer } from "@/lib/auth/roles";
import { communeScope } from "@/lib/auth/scope";
import { db as appDb, type Executor } from "@/lib/db";
import { communes, mobileDesks, targets, villages } from "@/lib/db/schema";
import { previousPeriod } from "@/lib/filters/period";
import { timeZone } from "@/lib/i18n/config";
import { todayInVietnam } from "@/lib/i18n/format";
import { provinceAsOf, provinceCommuneRows, provinceTrend, resolveProvince } from "@/lib/overview/province-queries";
import { defaultBehindRule } from "@/lib/overview/ranking";
import { reportCounters as counters, reportModelVersion } from "./commune-report-types";
import { monthsTouched, type ReportPeriod } from "./period";
import { rankByCoverage } from "./province-totals";
import type { ProvinceCommuneLine, ProvinceReportModel } from "./province-report-types";

export type { ProvinceReportModel } from "./province-report-types";

// The province report's model: the province overview's own rollup queries (lib/overview/
// province-queries: the commune table and the trend) for the report's period, in the viewer's
// scope, plus the mobile desks held and planned per commune in the period. Only the provincial
// officer (their own province) and an admin (any) have a province report; anyone else is
// answered as if it did not exist.

/** The province the viewer may report on, or null (the page answers "not found"). */
export async function reportProvince(viewer: Viewer, provinceId: number | null | "invalid", db: Executor = appDb) {
  const chosen = await resolveProvince(viewer, provinceId, db);
  return chosen ? chosen.province : null;
}

/** Mobile desks held and planned in remote villages per commune of the province, and the desk target set for it. */
async function desksByCommune(viewer: Viewer, provinceId: number, period: ReportPeriod, db: Executor) {
  const localDay = sql`(${mobileDesks.startsAt} at time zone ${timeZone})::date`;
  const [counts, overrides] = await Promise.all([
    db
      .select({
        communeId: villages.communeId,
        held: sql<number>`count(${mobileDesks.id}) filter (where ${mobileDesks.status} = 'held')::int`,
        planned: sql<number>`count(${mobileDesks.id}) filter (where ${mobileDesks.status} = 'planned')::int`,
      })
      .from(villages)
      .innerJoin(communes, eq(communes.id, villages.communeId))
      .leftJoin(
        mobileDesks,
        and(eq(mobileDesks.villageId, villages.id), sql`${localDay} between ${period.from} and ${period.to}`),
      )
      .where(
        and(
          communeScope(viewer, villages.communeId),
          eq(communes.provinceId, provinceId),
          eq(villages.remote, true),
          eq(villages.active, true),
        ),
      )
      .groupBy(villages.communeId),
    db
      .select({ communeId: targets.communeId, value: targets.targetValue, dueOn: targets.dueOn })
      .from(targets)
      .innerJoin(communes, eq(communes.id, targets.communeId))
      .where(
        and(
          communeScope(viewer, targets.communeId),
          eq(communes.provinceId, provinceId),
          eq(targets.indicator, "mobile_desks_per_remote_village_month"),
          lte(targets.startsOn, period.to),
          gte(targets.dueOn, period.from),
        ),
      )
      .orderBy(asc(targets.dueOn)),
  ]);
  // As the commune report: the earliest-ending target overlapping the period, else 2–3 a month.
  const target = new Map<number, number>();
  for (const o of overrides) if (!target.has(o.communeId)) target.set(o.communeId, o.value);
  return { counts: new Map(counts.map((c) => [c.communeId, c])), target };
}

/** Builds the province report for a period; null when the viewer has no province report of it. */
export async function buildProvinceReport(
  viewer: Viewer,
  /** Null: the officer's own province, or an admin's first. */
  provinceId: number | null | "invalid",
  period: ReportPeriod,
  db: Executor = appDb,
  now: Date = new Date(),
): Promise<ProvinceReportModel | null> {
  const province = await reportProvince(viewer, provinceId, db);
  if (!province) return null;
  const today = todayInVietnam(now);
  const range = { from: period.from, to: period.to };
  const [current, previous, trend, asOf, desks] = await Promise.all([
    provinceCommuneRows(viewer, province.id, range, today, defaultBehindRule, db),
    provinceCommuneRows(viewer, province.id, previousPeriod(range), today, defaultBehindRule, db),
    provinceTrend(viewer, province.id, range, db),
    provinceAsOf(viewer, province.id, db),
    desksByCommune(viewer, province.id, period, db),
  ]);
  const lines: Omit<ProvinceCommuneLine, "rank">[] = current.rows.map((r) => {
    const d = desks.counts.get(r.communeId);
    const t = desks.target.get(r.communeId);
    return {
      communeId: r.communeId,
      name: r.name,
      kind: r.kind,
      householdsTotal: r.householdsTotal,
      reached: r.reached,
      proficient: r.proficient,
      reachTarget: r.reachTarget,
      counters: Object.fromEntries(counters.map((c) => [c, r[c]])) as ProvinceCommuneLine["counters"],
      activeVolunteers: r.activeVolunteers,
      remoteVillages: r.remoteVillages,
      desks: {
        held: d?.held ?? 0,
        planned: d?.planned ?? 0,
        targetPerMonthMin: t ?? 2,
        targetPerMonthMax: t === undefined ? 3 : Math.max(t, 3),
      },
    };
  });
  const previousTotals = Object.fromEntries(
    counters.map((c) => [c, previous.rows.reduce((s, r) => s + r[c], 0)]),
  ) as ProvinceReportModel["previous"];
  return {
    version: reportModelVersion,
    kind: "province",
    unit: { provinceId: province.id, provinceName: province.name },
    period,
    readAt: now.toISOString(),
    lastRecordDay: asOf,
    previous: previousTotals,
    trend: {
      unit: trend.unit,
      points: trend.points.map((p) => ({
        from: p.from,
        to: p.to,
        householdsServed: p.householdsServed,
        peopleServed: p.peopleServed,
      })),
    },
    months: monthsTouched(period),
    communes: rankByCoverage(lines),
  };
}
