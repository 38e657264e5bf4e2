import { and, eq, isNull, sql, type SQL } from "drizzle-orm";
import { ExpectedError, forbidden, notFound } from "@/lib/actions/form-state";
import { recordAudit } from "@/lib/audit/record";
import { can, type Capability } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/roles";
import { parseInput } from "@/lib/core/parse";
import type { Database, Executor } from "@/lib/db/client";
import { issuedReports } from "@/lib/db/schema";
import { todayInVietnam } from "@/lib/i18n/format";
import { buildCenterReport } from "./center-report";
import { buildCommuneReport } from "./commune-report";
import { resolveReportPeriod, type ReportPeriod } from "./period";
import { buildProvinceReport } from "./province-report";
import { issueCenterInput, issueInput, issueProvinceInput, type IssueInput } from "./schemas";
import type { ReportModel } from "./report-model";

// Issuing a report: the figures are read and frozen in the same transaction as the report row
// and its audit row, so the snapshot is what the database held at that instant. An issued report
// is never edited; issuing the same unit and period again supersedes the earlier one. One issuing
// path for every kind (commune, province, center); each kind only says how its model is built.

/** What an issued report stores besides its columns: the model and what the issuer typed. */
export interface IssuedSnapshot {
  model: ReportModel;
  assessment: string;
  nextSteps: string;
  recipients: string;
  signer: string;
}

type IssueTexts = Omit<IssueInput, "communeId">;

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

/** The issued reports of the same unit as `model`: numbers run within it, and it supersedes within it. */
function sameUnit(model: ReportModel): SQL {
  const base = [eq(issuedReports.provinceId, model.unit.provinceId), eq(issuedReports.kind, model.kind)];
  if (model.kind === "province") return and(...base, isNull(issuedReports.communeId))!;
  return and(...base, eq(issuedReports.communeId, model.unit.communeId))!;
}

/** Reports a new one supersedes: the same unit and period, and for a center the same center. */
function sameReport(model: ReportModel): SQL {
  const center =
    model.kind === "center"
      ? sql`${issuedReports.snapshot} -> 'model' -> 'unit' ->> 'centerId' = ${String(model.unit.centerId)}`
      : undefined;
  return and(
    sameUnit(model),
    eq(issuedReports.periodFrom, model.period.from),
    eq(issuedReports.periodTo, model.period.to),
    center,
  )!;
}

async function issueReport(
  db: Database,
  viewer: Viewer,
  capability: Capability,
  data: IssueTexts,
  now: Date,
  build: (tx: Executor, period: ReportPeriod) => Promise<ReportModel | null>,
) {
  if (!can(viewer, capability)) throw forbidden();
  const today = todayInVietnam(now);
  const period = issuePeriod(data, today);
  return db.transaction(async (tx) => {
    const model = await build(tx, period);
    if (!model) throw notFound();
    const provinceId = model.unit.provinceId;
    const communeId = model.kind === "province" ? null : model.unit.communeId;
    // A commune's numbers are kept unique by the number key (a concurrent double issue fails);
    // two issues of the same province wait for each other on the province's row.
    if (communeId === null) await tx.execute(sql`select id from provinces where id = ${provinceId} for update`);
    const year = Number(today.slice(0, 4));
    const [{ next }] = (await tx
      .select({ next: sql<number>`coalesce(max(${issuedReports.number}), 0)::int + 1` })
      .from(issuedReports)
      .where(and(sameUnit(model), eq(issuedReports.year, year)))) as [{ next: number }];
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
        kind: model.kind,
        provinceId,
        communeId,
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
      .where(and(sameReport(model), isNull(issuedReports.supersededBy), sql`${issuedReports.id} <> ${row!.id}`))
      .returning({ id: issuedReports.id });
    await recordAudit(tx, viewer, {
      action: "issue",
      entity: "report",
      entityId: row!.id,
      communeId,
      provinceId,
      details: {
        kind: model.kind,
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

/** A commune's report, issued by its secretary (an admin for any); another commune is not found. */
export async function issueCommuneReport(db: Database, viewer: Viewer, input: unknown, now: Date = new Date()) {
  const data = parseInput(issueInput, input);
  return issueReport(db, viewer, "reports.issue.commune", data, now, (tx, period) =>
    buildCommuneReport(viewer, data.communeId, period, tx, now),
  );
}

/**
 * The province report (the provincial officer for their province, an admin for any), under the
 * province's name. A province outside the scope is not found.
 */
export async function issueProvinceReport(db: Database, viewer: Viewer, input: unknown, now: Date = new Date()) {
  const data = parseInput(issueProvinceInput, input);
  return issueReport(db, viewer, "reports.issue.province", data, now, (tx, period) =>
    buildProvinceReport(viewer, data.provinceId, period, tx, now),
  );
}

/**
 * A service center's report, issued by the center director of its commune (an admin for any),
 * numbered per commune under the center's name. Another commune's center is not found.
 */
export async function issueCenterReport(db: Database, viewer: Viewer, input: unknown, now: Date = new Date()) {
  const data = parseInput(issueCenterInput, input);
  return issueReport(db, viewer, "reports.issue.center", data, now, (tx, period) =>
    buildCenterReport(viewer, { communeId: null, centerId: data.centerId }, period, tx, now),
  );
}
