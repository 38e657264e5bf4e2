import "server-only";
import { and, eq, lte, max } from "drizzle-orm";
import type { Viewer } from "@/lib/auth/roles";
import { communeScope } from "@/lib/auth/scope";
import { db as appDb, type Executor } from "@/lib/db";
import { communeDailyStats, communes, provinces } from "@/lib/db/schema";
import {
  channelBreakdown,
  counterFigures,
  householdFigures,
  procedureBreakdown,
  trendSeries,
  villageBreakdown,
} from "@/lib/overview/commune-queries";
import { mobileDesksBetween, targetProgress, volunteerLoad } from "@/lib/overview/field-queries";
import type { OverviewFilter } from "@/lib/overview/filters";
import { reportModelVersion, type CommuneReportModel } from "./commune-report-types";
import { monthsTouched, type ReportPeriod } from "./period";

export type { CommuneReportModel } from "./commune-report-types";
export { figuresOf } from "./figures";

// The commune report's model: every figure the document (HTML, PDF, XLSX) shows, read from the
// dashboards' own rollup queries (lib/overview) in the viewer's scope, as plain JSON. Issuing a
// report stores exactly this object, so a reopened report draws the same document from it.

/** The commune in the viewer's scope, or null (the page answers "not found"). */
export async function reportCommune(viewer: Viewer, communeId: number, db: Executor = appDb) {
  const [row] = await db
    .select({
      communeId: communes.id,
      communeName: communes.name,
      communeKind: communes.kind,
      provinceId: provinces.id,
      provinceName: provinces.name,
    })
    .from(communes)
    .innerJoin(provinces, eq(provinces.id, communes.provinceId))
    .where(and(eq(communes.id, communeId), communeScope(viewer, communes.id)));
  return row ?? null;
}

/** Builds the report of one commune for a period; null when the commune is outside the scope. */
export async function buildCommuneReport(
  viewer: Viewer,
  communeId: number,
  period: ReportPeriod,
  db: Executor = appDb,
  now: Date = new Date(),
): Promise<CommuneReportModel | null> {
  const unit = await reportCommune(viewer, communeId, db);
  if (!unit) return null;
  const filter: OverviewFilter = { communeId, villageId: null, formerCommuneId: null, channel: null };
  const range = { from: period.from, to: period.to };
  const [hh, counters, targets, trend, villages, channels, procedures, desks, load, [last]] = await Promise.all([
    householdFigures(viewer, filter, range, db),
    counterFigures(viewer, filter, range, db),
    targetProgress(viewer, filter, period.to, db),
    trendSeries(viewer, filter, range, db),
    villageBreakdown(viewer, filter, range, db),
    channelBreakdown(viewer, filter, range, db),
    procedureBreakdown(viewer, filter, range, db),
    mobileDesksBetween(viewer, filter, period.from, period.to, db),
    volunteerLoad(viewer, filter, db),
    db
      .select({ day: max(communeDailyStats.day) })
      .from(communeDailyStats)
      .where(
        and(
          eq(communeDailyStats.communeId, communeId),
          communeScope(viewer, communeDailyStats.communeId),
          lte(communeDailyStats.day, period.to),
        ),
      ),
  ]);
  return {
    version: reportModelVersion,
    kind: "commune",
    unit,
    period,
    readAt: now.toISOString(),
    lastRecordDay: last?.day ?? null,
    households: {
      total: hh.householdsTotal,
      reached: hh.reached,
      reachedInPeriod: hh.reachedInPeriod,
      proficient: hh.proficient,
    },
    counters,
    targets: targets.map((t) => ({
      indicator: t.indicator,
      value: t.value,
      achieved: t.achieved,
      startsOn: t.startsOn,
      dueOn: t.dueOn,
    })),
    trend: { unit: trend.unit, points: trend.points },
    // Villages in name order in the document (the overview sorts by activity).
    villages: [...villages].sort((a, b) => a.name.localeCompare(b.name, "vi")),
    channels,
    procedures,
    desks: {
      targetPerMonthMin: desks.targetMin,
      targetPerMonthMax: desks.targetMax,
      months: monthsTouched(period),
      villages: desks.villages,
    },
    volunteers: {
      volunteers: load.volunteers,
      householdsAssigned: load.householdsAssigned,
      atOrAboveNorm: load.atOrAboveNorm,
    },
  };
}

/** Totals of the village table (the document's last row). */
export function villageTotals(model: CommuneReportModel) {
  return model.villages.reduce(
    (s, v) => ({
      householdsTotal: s.householdsTotal + v.householdsTotal,
      reached: s.reached + v.reached,
      householdsServed: s.householdsServed + v.householdsServed,
      peopleServed: s.peopleServed + v.peopleServed,
    }),
    { householdsTotal: 0, reached: 0, householdsServed: 0, peopleServed: 0 },
  );
}
