import "server-only";
import { and, asc, between, eq, sql } from "drizzle-orm";
import type { Viewer } from "@/lib/auth/roles";
import { communeScope } from "@/lib/auth/scope";
import { vietnamHolidays } from "@/lib/core/vietnam-holidays";
import { db as appDb, type Executor } from "@/lib/db";
import {
  communeDailyStats,
  communes,
  dutyRosterEntries,
  members,
  mobileDeskStaff,
  mobileDesks,
  procedures,
  provinces,
  serviceCenters,
  supportRecordProcedures,
  supportRecords,
  teams,
} from "@/lib/db/schema";
import { eachDay } from "@/lib/db/seed/demo-calendar";
import { bucketsOf, sumIntoBuckets } from "@/lib/filters/period";
import { timeZone } from "@/lib/i18n/config";
import { counterFigures } from "@/lib/overview/commune-queries";
import { gapsOf } from "@/lib/roster/gaps";
import { yearsOf } from "@/lib/roster/generate";
import { openDay } from "@/lib/roster/generator";
import { reportModelVersion } from "./commune-report-types";
import type { CenterReportModel } from "./center-report-types";
import type { ReportPeriod } from "./period";

export type { CenterReportModel } from "./center-report-types";

// The service-center director's report: what was done at the center (the commune × day rollup of
// channel "center", the overview's counter query), the procedures of those records, the duty
// roster's coverage against the center's staffing (lib/roster/gaps.ts), who was on duty, and the
// commune's civil servants at mobile desks. Everything in the viewer's scope: a center of another
// commune is not there (null, answered as not found).

const int = (expr: ReturnType<typeof sql>) => sql<number>`coalesce(${expr}, 0)::int`;

/**
 * The center in the viewer's scope: the one named, else the commune's first; null when neither
 * is in scope (or the two do not belong together).
 */
export async function reportCenter(
  viewer: Viewer,
  communeId: number | null,
  centerId: number | null,
  db: Executor = appDb,
) {
  if (communeId === null && centerId === null) return null;
  const [row] = await db
    .select({
      centerId: serviceCenters.id,
      centerName: serviceCenters.name,
      dailyDossiersTypical: serviceCenters.dailyDossiersTypical,
      dutyPerDay: serviceCenters.dutyPerDay,
      saturdayDuty: serviceCenters.saturdayDuty,
      sundayDuty: serviceCenters.sundayDuty,
      openOnHolidays: serviceCenters.openOnHolidays,
      communeId: communes.id,
      communeName: communes.name,
      communeKind: communes.kind,
      provinceId: provinces.id,
      provinceName: provinces.name,
    })
    .from(serviceCenters)
    .innerJoin(communes, eq(communes.id, serviceCenters.communeId))
    .innerJoin(provinces, eq(provinces.id, communes.provinceId))
    .where(
      and(
        communeScope(viewer, serviceCenters.communeId),
        centerId === null ? undefined : eq(serviceCenters.id, centerId),
        communeId === null ? undefined : eq(serviceCenters.communeId, communeId),
      ),
    )
    .orderBy(asc(serviceCenters.id))
    .limit(1);
  return row ?? null;
}

/** Builds the report of one center for a period; null when the center is outside the scope. */
export async function buildCenterReport(
  viewer: Viewer,
  unit: { communeId: number | null; centerId: number | null },
  period: ReportPeriod,
  db: Executor = appDb,
  now: Date = new Date(),
): Promise<CenterReportModel | null> {
  const center = await reportCenter(viewer, unit.communeId, unit.centerId, db);
  if (!center) return null;
  const { communeId } = center;
  const range = { from: period.from, to: period.to };
  const filter = { communeId, villageId: null, formerCommuneId: null, channel: "center" as const };
  const localDay = sql`(${mobileDesks.startsAt} at time zone ${timeZone})::date`;
  const [counters, daily, procedureRows, entries, deskRows, staffRows] = await Promise.all([
    counterFigures(viewer, filter, range, db),
    db
      .select({
        day: communeDailyStats.day,
        records: communeDailyStats.records,
        peopleServed: communeDailyStats.peopleServed,
      })
      .from(communeDailyStats)
      .where(
        and(
          eq(communeDailyStats.communeId, communeId),
          communeScope(viewer, communeDailyStats.communeId),
          eq(communeDailyStats.channel, "center"),
          between(communeDailyStats.day, period.from, period.to),
        ),
      ),
    // The procedure rollups carry no channel: the center's records are few (tens a day at most).
    db
      .select({
        code: procedures.code,
        nameVi: procedures.nameVi,
        nameEn: procedures.nameEn,
        records: int(sql`count(*)`),
      })
      .from(supportRecordProcedures)
      .innerJoin(supportRecords, eq(supportRecords.id, supportRecordProcedures.recordId))
      .innerJoin(procedures, eq(procedures.code, supportRecordProcedures.procedureCode))
      .where(
        and(
          eq(supportRecords.communeId, communeId),
          communeScope(viewer, supportRecords.communeId),
          eq(supportRecords.channel, "center"),
          between(supportRecords.servedOn, period.from, period.to),
        ),
      )
      .groupBy(procedures.code, procedures.nameVi, procedures.nameEn)
      .orderBy(sql`count(*) desc`, asc(procedures.code)),
    db
      .select({
        day: dutyRosterEntries.day,
        shift: dutyRosterEntries.shift,
        memberId: dutyRosterEntries.memberId,
        name: members.fullName,
        team: teams.name,
      })
      .from(dutyRosterEntries)
      .innerJoin(
        members,
        and(eq(members.id, dutyRosterEntries.memberId), eq(members.communeId, dutyRosterEntries.communeId)),
      )
      .leftJoin(teams, and(eq(teams.id, dutyRosterEntries.teamId), eq(teams.communeId, dutyRosterEntries.communeId)))
      .where(
        and(
          eq(dutyRosterEntries.serviceCenterId, center.centerId),
          communeScope(viewer, dutyRosterEntries.communeId),
          between(dutyRosterEntries.day, period.from, period.to),
        ),
      ),
    // Desks of the period with at least one civil servant of the commune, by status.
    db
      .select({ status: mobileDesks.status, desks: int(sql`count(*)`) })
      .from(mobileDesks)
      .where(
        and(
          eq(mobileDesks.communeId, communeId),
          communeScope(viewer, mobileDesks.communeId),
          sql`${localDay} between ${period.from} and ${period.to}`,
          sql`exists (select 1 from ${mobileDeskStaff} s where s.desk_id = ${mobileDesks.id} and s.role = 'civil_servant')`,
        ),
      )
      .groupBy(mobileDesks.status),
    db
      .select({
        memberId: members.id,
        name: members.fullName,
        held: int(sql`count(*) filter (where ${mobileDesks.status} = 'held')`),
        planned: int(sql`count(*) filter (where ${mobileDesks.status} = 'planned')`),
      })
      .from(mobileDeskStaff)
      .innerJoin(
        mobileDesks,
        and(eq(mobileDesks.id, mobileDeskStaff.deskId), eq(mobileDesks.communeId, mobileDeskStaff.communeId)),
      )
      .innerJoin(
        members,
        and(eq(members.id, mobileDeskStaff.memberId), eq(members.communeId, mobileDeskStaff.communeId)),
      )
      .where(
        and(
          eq(mobileDeskStaff.communeId, communeId),
          communeScope(viewer, mobileDeskStaff.communeId),
          eq(mobileDeskStaff.role, "civil_servant"),
          sql`${mobileDesks.status} <> 'cancelled'`,
          sql`${localDay} between ${period.from} and ${period.to}`,
        ),
      )
      .groupBy(members.id, members.fullName),
  ]);

  const recordDays = daily.filter((d) => d.records > 0);
  const points = sumIntoBuckets(bucketsOf(range), daily, ["records", "peopleServed"]);

  // The roster: gaps as the roster page counts them, and per month what was needed and covered.
  const days = eachDay(period.from, period.to);
  const holidays = vietnamHolidays(yearsOf(period.from, period.to));
  const staffing = {
    dutyPerDay: center.dutyPerDay,
    saturdayDuty: center.saturdayDuty,
    sundayDuty: center.sundayDuty,
    openOnHolidays: center.openOnHolidays,
  };
  const gaps = gapsOf(staffing, holidays, days, entries);
  const calendar = {
    saturday: staffing.saturdayDuty,
    sunday: staffing.sundayDuty,
    holidays,
    openOnHolidays: staffing.openOnHolidays,
  };
  const peopleByDay = new Map<string, Set<number>>();
  for (const e of entries) peopleByDay.set(e.day, (peopleByDay.get(e.day) ?? new Set()).add(e.memberId));
  const months = new Map<string, CenterReportModel["roster"]["months"][number]>();
  const monthOf = (day: string) => {
    const key = day.slice(0, 7);
    let m = months.get(key);
    if (!m)
      months.set(key, (m = { month: key, openDays: 0, staffedDays: 0, peopleNeeded: 0, peopleOnDuty: 0, shifts: 0 }));
    return m;
  };
  for (const day of days) {
    const m = monthOf(day);
    const { open, weekend } = openDay(calendar, day);
    if (!open) continue;
    const need = weekend > 0 ? weekend : staffing.dutyPerDay;
    const have = peopleByDay.get(day)?.size ?? 0;
    m.openDays += 1;
    m.peopleNeeded += need;
    m.peopleOnDuty += have;
    if (have >= need) m.staffedDays += 1;
  }
  for (const e of entries) monthOf(e.day).shifts += 1;

  // Who was on duty: shifts of each kind and distinct days; the team they were on most often.
  const helpers = new Map<
    number,
    CenterReportModel["helpers"][number] & { teams: Map<string, number>; dayset: Set<string> }
  >();
  for (const e of entries) {
    let h = helpers.get(e.memberId);
    if (!h) {
      h = {
        memberId: e.memberId,
        name: e.name,
        team: null,
        morning: 0,
        afternoon: 0,
        fullDay: 0,
        days: 0,
        teams: new Map(),
        dayset: new Set(),
      };
      helpers.set(e.memberId, h);
    }
    if (e.shift === "morning") h.morning += 1;
    else if (e.shift === "afternoon") h.afternoon += 1;
    else h.fullDay += 1;
    h.dayset.add(e.day);
    if (e.team) h.teams.set(e.team, (h.teams.get(e.team) ?? 0) + 1);
  }
  const byName = (a: { name: string; memberId: number }, b: { name: string; memberId: number }) =>
    a.name.localeCompare(b.name, "vi") || a.memberId - b.memberId;

  const status = (s: string) => deskRows.find((r) => r.status === s)?.desks ?? 0;
  return {
    version: reportModelVersion,
    kind: "center",
    unit: {
      centerId: center.centerId,
      centerName: center.centerName,
      communeId,
      communeName: center.communeName,
      communeKind: center.communeKind,
      provinceId: center.provinceId,
      provinceName: center.provinceName,
    },
    period,
    readAt: now.toISOString(),
    lastRecordDay: recordDays.reduce<string | null>((m, d) => (m === null || d.day > m ? d.day : m), null),
    dailyDossiersTypical: center.dailyDossiersTypical,
    records: {
      count: recordDays.reduce((s, d) => s + d.records, 0),
      days: recordDays.length,
      current: counters.current,
      previous: counters.previous,
    },
    trend: { unit: bucketsOf(range)[0]?.unit ?? "day", points },
    procedures: procedureRows,
    roster: {
      staffing,
      months: [...months.values()],
      gaps,
    },
    helpers: [...helpers.values()]
      .map(({ teams: counts, dayset, ...h }) => ({
        ...h,
        days: dayset.size,
        team: [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], "vi"))[0]?.[0] ?? null,
      }))
      .sort(byName),
    desks: {
      held: status("held"),
      planned: status("planned"),
      cancelled: status("cancelled"),
      civilServants: staffRows.sort(byName),
    },
  };
}
