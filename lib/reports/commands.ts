import { and, eq, isNull, sql } from "drizzle-orm";
import { ExpectedError, forbidden, notFound } from "@/lib/actions/form-state";
import { recordAudit } from "@/lib/audit/record";
import { can } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/roles";
import { parseInput } from "@/lib/core/parse";
import type { Database } from "@/lib/db/client";
import { issuedReports } from "@/lib/db/schema";
import { todayInVietnam } from "@/lib/i18n/format";
import { buildCommuneReport } from "./commune-report";
import { resolveReportPeriod } from "./period";
import { buildProvinceReport } from "./province-report";
import { issueInput, issueProvinceInput } from "./schemas";
import type { ReportModel } from "./report-model";

// Issuing a report: the figures are read and frozen in the same transaction as the report row
// and its audit row, so the snapshot is what the database held at that instant. An issued report
// is never edited; issuing the same commune and period again supersedes the earlier one.

/** What an issued report stores besides its columns: the model and what the secretary typed. */
export interface IssuedSnapshot {
  model: ReportModel;
  assessment: string;
  nextSteps: string;
  recipients: string;
  signer: string;
}

/** The period an issue form names, refused when it is nonsense or has not started yet. */
function issuePeriod(data: { period: string; at?: string; from?: string; to?: string }, today: string) {
  const { period, error } = resolveReportPeriod(
    { period: data.period, at: data.at, from: data.from, to: data.to },
    today,
  );
  if (error) throw new ExpectedError("errors.invalid", { period: [`reports.errors.${error}`] });
  if (period.from > today) throw new ExpectedError("errors.invalid", { period: ["reports.errors.periodNotStarted"] });
  return period;
}

export async function issueCommuneReport(db: Database, viewer: Viewer, input: unknown, now: Date = new Date()) {
  const data = parseInput(issueInput, input);
  if (!can(viewer, "reports.issue.commune")) throw forbidden();
  const today = todayInVietnam(now);
  const period = issuePeriod(data, today);
  return db.transaction(async (tx) => {
    const model = await buildCommuneReport(viewer, data.communeId, period, tx, now);
    if (!model) throw notFound();
    const year = Number(today.slice(0, 4));
    const unit = and(
      eq(issuedReports.provinceId, model.unit.provinceId),
      eq(issuedReports.communeId, model.unit.communeId),
      eq(issuedReports.kind, "commune"),
    );
    // Numbers run per unit and year; the unique key turns a concurrent double issue into an error.
    const [{ next }] = (await tx
      .select({ next: sql<number>`coalesce(max(${issuedReports.number}), 0)::int + 1` })
      .from(issuedReports)
      .where(and(unit, eq(issuedReports.year, year)))) as [{ next: number }];
    const snapshot: IssuedSnapshot = {
      model,
      assessment: data.assessment,
      nextSteps: data.nextSteps,
      recipients: data.recipients,
      signer: data.signer,
    };
    const [row] = await tx
      .insert(issuedReports)
      .values({
        kind: "commune",
        provinceId: model.unit.provinceId,
        communeId: model.unit.communeId,
        periodFrom: period.from,
        periodTo: period.to,
        periodKind: period.kind,
        number: next,
        year,
        snapshot,
        issuedBy: viewer.id,
        issuedAt: now,
      })
      .returning({ id: issuedReports.id, number: issuedReports.number });
    const superseded = await tx
      .update(issuedReports)
      .set({ supersededBy: row!.id })
      .where(
        and(
          unit,
          eq(issuedReports.periodFrom, period.from),
          eq(issuedReports.periodTo, period.to),
          isNull(issuedReports.supersededBy),
          sql`${issuedReports.id} <> ${row!.id}`,
        ),
      )
      .returning({ id: issuedReports.id });
    await recordAudit(tx, viewer, {
      action: "issue",
      entity: "report",
      entityId: row!.id,
      communeId: model.unit.communeId,
      provinceId: model.unit.provinceId,
      details: {
        number: row!.number,
        year,
        periodFrom: period.from,
        periodTo: period.to,
        supersedes: superseded.map((s) => s.id),
      },
    });
    return { id: row!.id, number: row!.number, superseded: superseded.map((s) => s.id) };
  });
}

/**
 * Issuing the province report (the provincial officer for their province, an admin for any):
 * the same freezing, numbering and superseding as a commune's, under the province's name. A
 * province outside the scope is not found.
 */
export async function issueProvinceReport(db: Database, viewer: Viewer, input: unknown, now: Date = new Date()) {
  const data = parseInput(issueProvinceInput, input);
  if (!can(viewer, "reports.issue.province")) throw forbidden();
  const today = todayInVietnam(now);
  const period = issuePeriod(data, today);
  return db.transaction(async (tx) => {
    const model = await buildProvinceReport(viewer, data.provinceId, period, tx, now);
    if (!model) throw notFound();
    const provinceId = model.unit.provinceId;
    // The number key's unique constraint cannot see a province report (its commune is null), so
    // two issues of the same province wait for each other on the province's row instead.
    await tx.execute(sql`select id from provinces where id = ${provinceId} for update`);
    const year = Number(today.slice(0, 4));
    const unit = and(
      eq(issuedReports.provinceId, provinceId),
      isNull(issuedReports.communeId),
      eq(issuedReports.kind, "province"),
    );
    const [{ next }] = (await tx
      .select({ next: sql<number>`coalesce(max(${issuedReports.number}), 0)::int + 1` })
      .from(issuedReports)
      .where(and(unit, eq(issuedReports.year, year)))) as [{ next: number }];
    const snapshot: IssuedSnapshot = {
      model,
      assessment: data.assessment,
      nextSteps: data.nextSteps,
      recipients: data.recipients,
      signer: data.signer,
    };
    const [row] = await tx
      .insert(issuedReports)
      .values({
        kind: "province",
        provinceId,
        communeId: null,
        periodFrom: period.from,
        periodTo: period.to,
        periodKind: period.kind,
        number: next,
        year,
        snapshot,
        issuedBy: viewer.id,
        issuedAt: now,
      })
      .returning({ id: issuedReports.id, number: issuedReports.number });
    const superseded = await tx
      .update(issuedReports)
      .set({ supersededBy: row!.id })
      .where(
        and(
          unit,
          eq(issuedReports.periodFrom, period.from),
          eq(issuedReports.periodTo, period.to),
          isNull(issuedReports.supersededBy),
          sql`${issuedReports.id} <> ${row!.id}`,
        ),
      )
      .returning({ id: issuedReports.id });
    await recordAudit(tx, viewer, {
      action: "issue",
      entity: "report",
      entityId: row!.id,
      communeId: null,
      provinceId,
      details: {
        kind: "province",
        number: row!.number,
        year,
        periodFrom: period.from,
        periodTo: period.to,
        supersedes: superseded.map((s) => s.id),
      },
    });
    return { id: row!.id, number: row!.number, superseded: superseded.map((s) => s.id) };
  });
}
