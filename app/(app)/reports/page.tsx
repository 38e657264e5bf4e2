import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeader, filterInput, buttonLink } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/viewer";
import { idParam, type SearchParams } from "@/lib/core/url-params";
import { formatDate, formatDateTime, todayInVietnam } from "@/lib/i18n/format";
import { provincesInScope } from "@/lib/overview/province-queries";
import { lastMonth, periodLabelParts, type ReportPeriodKind } from "@/lib/reports/period";
import { issuedReportList, reportCommunes } from "@/lib/reports/queries";
import type { Metadata } from "next";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reports"))("title") };
}

// Choose a report (kind, unit in scope, period) to preview it; below, the issued reports in scope.
export default async function ReportsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requireViewer();
  const params = await searchParams;
  const t = await getTranslations("reports");
  // The province report is the provincial officer's (their province) and an admin's (any).
  const [communes, provinces] = await Promise.all([
    reportCommunes(viewer),
    viewer.role === "admin" || viewer.role === "provincial_officer" ? provincesInScope(viewer) : [],
  ]);
  // The center report is its director's (their commune's center) and an admin's (the chosen commune's).
  const centerReports = can(viewer, "reports.issue.center");
  const unitFilter = idParam(params, "unit") ?? null;
  const list = await issuedReportList(viewer, { communeId: unitFilter });
  const today = todayInVietnam();
  const last = lastMonth(today);
  const label = (kind: string, from: string, to: string) => {
    const parts = periodLabelParts({ kind: kind as ReportPeriodKind, from, to });
    return t(`periodLabel.${parts.key}`, parts.values);
  };
  const field = "flex flex-col gap-1 text-sm text-slate-700";
  return (
    <div className="space-y-5">
      <PageHeader title={t("title")} subtitle={t("intro")} />
      <form
        method="get"
        action="/reports/preview"
        className="grid grid-cols-2 gap-3 rounded-lg border border-slate-200 bg-white p-4 lg:grid-cols-4"
        data-testid="report-picker"
      >
        <label className={field}>
          {t("kind")}
          <select
            name="kind"
            className={filterInput}
            defaultValue={viewer.role === "center_director" ? "center" : "commune"}
            data-testid="report-kind"
          >
            <option value="commune">{t("kinds.commune")}</option>
            {provinces.length > 0 ? <option value="province">{t("kinds.province")}</option> : null}
            {centerReports ? <option value="center">{t("kinds.center")}</option> : null}
          </select>
        </label>
        <label className={field}>
          {t("unit")}
          <select name="commune" className={filterInput} defaultValue={viewer.communeId ?? communes[0]?.id}>
            {communes.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        {provinces.length > 0 ? (
          <label className={field}>
            {t("province.provinceLabel")}
            <select
              name="province"
              className={filterInput}
              defaultValue={provinces[0]?.id}
              data-testid="report-province"
            >
              {provinces.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <label className={field}>
          {t("periodKind")}
          <select name="period" className={filterInput} defaultValue="month">
            {(["month", "quarter", "year", "custom"] as const).map((k) => (
              <option key={k} value={k}>
                {t(`periodKinds.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label className={field}>
          {t("month")}
          <input type="month" name="month" defaultValue={last.from.slice(0, 7)} className={filterInput} />
        </label>
        <label className={field}>
          {t("quarter")}
          <input name="quarter" placeholder={`${today.slice(0, 4)}-Q1`} className={filterInput} />
        </label>
        <label className={field}>
          {t("year")}
          <input name="year" inputMode="numeric" placeholder={today.slice(0, 4)} className={filterInput} />
        </label>
        <label className={field}>
          {t("from")}
          <input name="from" placeholder={formatDate(last.from)} className={filterInput} />
        </label>
        <label className={field}>
          {t("to")}
          <input name="to" placeholder={formatDate(last.to)} className={filterInput} />
        </label>
        <div className="col-span-2 lg:col-span-4">
          <button type="submit" className={buttonLink} data-testid="open-preview">
            {t("open")}
          </button>
        </div>
      </form>

      <section className="space-y-2">
        <div className="flex flex-wrap items-end justify-between gap-2">
          <h2 className="text-base font-semibold text-slate-900">{t("issued")}</h2>
          {communes.length > 1 ? (
            <form method="get" className="flex items-end gap-2">
              <label className={field}>
                {t("filterUnit")}
                <select name="unit" defaultValue={unitFilter ?? ""} className={filterInput}>
                  <option value="">{t("allUnits")}</option>
                  {communes.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.name}
                    </option>
                  ))}
                </select>
              </label>
              <button type="submit" className={buttonLink}>
                {t("filter")}
              </button>
            </form>
          ) : null}
        </div>
        {list.length === 0 ? (
          <p className="text-sm text-slate-600">{t("issuedEmpty")}</p>
        ) : (
          <table className="w-full border-collapse bg-white text-sm" data-testid="issued-reports">
            <thead>
              <tr className="border-b border-slate-200 text-left text-slate-600">
                <th scope="col" className="px-2 py-1.5">
                  {t("col.number")}
                </th>
                <th scope="col" className="px-2 py-1.5">
                  {t("col.unit")}
                </th>
                <th scope="col" className="px-2 py-1.5">
                  {t("col.period")}
                </th>
                <th scope="col" className="px-2 py-1.5">
                  {t("col.issuedAt")}
                </th>
                <th scope="col" className="px-2 py-1.5">
                  {t("col.issuedBy")}
                </th>
                <th scope="col" className="px-2 py-1.5">
                  {t("col.status")}
                </th>
              </tr>
            </thead>
            <tbody>
              {list.map((r) => (
                <tr key={r.id} className="border-b border-slate-100">
                  <td className="px-2 py-1.5 tabular">
                    <Link href={`/reports/${r.id}`} className="text-union-600 hover:underline">
                      {`${String(r.number).padStart(2, "0")}/${r.year}`}
                    </Link>
                  </td>
                  <td className="px-2 py-1.5">{r.communeName}</td>
                  <td className="px-2 py-1.5">{label(r.periodKind, r.periodFrom, r.periodTo)}</td>
                  <td className="px-2 py-1.5 tabular">{formatDateTime(r.issuedAt)}</td>
                  <td className="px-2 py-1.5">{r.issuedBy ?? "—"}</td>
                  <td className="px-2 py-1.5">{r.supersededBy ? t("supersededStatus") : t("current")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
