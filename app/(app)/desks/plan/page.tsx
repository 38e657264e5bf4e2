import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PlanProposal } from "@/components/desks/plan-proposal";
import { Card, CardHeader } from "@/components/ui/card";
import { FormPage } from "@/components/ui/form-page";
import { filterInput, PageHeader, secondaryLink } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/viewer";
import { textParam, type SearchParams } from "@/lib/core/url-params";
import { formCommune } from "@/lib/core/working-commune";
import { db } from "@/lib/db";
import { loadSolver, SOLVER_TIME_LIMIT_S } from "@/lib/desks/highs";
import { shiftMonth } from "@/lib/desks/list-params";
import { DESK_NEED, loadPlanData, MAX_TARGET, proposalConflicts, proposePlan } from "@/lib/desks/plan-data";
import { currentLocale } from "@/lib/i18n/current-locale";
import { formatDate, formatNumber, formatPercent, todayInVietnam } from "@/lib/i18n/format";
import type { Metadata } from "next";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("desks.plan"))("title") };
}

// /desks/plan?month=yyyy-MM&weekends=1&target-<villageId>=N&propose=1 (&commune=<id> for an admin).
// The settings are a GET form, so the proposal is a page of its own (reloadable, shareable); the
// proposal table is the form that accepts the ticked desks (lib/desks/accept-plan.ts). Only those
// who plan desks (the secretary, the admin) reach it; everyone else gets 404 like /desks/new.

const monthLabel = (month: string) => `${month.slice(5)}/${month.slice(0, 4)}`;

export default async function DeskPlanPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requireViewer();
  if (!can(viewer, "desks.manage")) notFound();
  const params = await searchParams;
  const today = todayInVietnam();
  const [t, td, locale, { commune, units }] = await Promise.all([
    getTranslations("desks.plan"),
    getTranslations("desks"),
    currentLocale(),
    formCommune(viewer, textParam(params, "commune")),
  ]);
  if (!commune) {
    return (
      <FormPage title={t("title")} path="/desks/plan" commune={null} units={units}>
        {null}
      </FormPage>
    );
  }

  const thisMonth = today.slice(0, 7);
  const asked = textParam(params, "month");
  const month =
    asked && /^\d{4}-(0[1-9]|1[0-2])$/.test(asked) && asked >= thisMonth && asked <= "2099-12"
      ? asked
      : shiftMonth(thisMonth, 1, today);
  // This month and the next twelve (and the asked one, if further away).
  const months = [...new Set([...Array.from({ length: 13 }, (_, i) => shiftMonth(thisMonth, i, today)), month])].sort();
  const weekends = textParam(params, "weekends") === "1";
  const targets = new Map<number, number>();
  for (const [key, value] of Object.entries(params)) {
    const id = /^target-(\d{1,9})$/.exec(key)?.[1];
    const n = Number(textParam(params, key));
    if (id && typeof value === "string" && value.trim() !== "" && Number.isInteger(n)) targets.set(Number(id), n);
  }
  const data = await loadPlanData(db, viewer, { communeId: commune.id, month, weekends, targets, today });
  const proposal = textParam(params, "propose") === "1" ? proposePlan(data, await loadSolver()) : null;
  const conflicts = proposal ? await proposalConflicts(db, data, proposal.desks) : [];
  const volunteers = data.people.filter((p) => p.role === "volunteer").length;
  const servants = data.people.length - volunteers;
  // The village's own monthly target is kept on its edit page (lib/map/commands.ts updateVillage).
  const editVillages = can(viewer, "units.manage") || can(viewer, "households.manage");
  const backHref = `/desks?month=${month}${commune.chosen ? `&commune=${commune.id}` : ""}`;

  return (
    <div className="space-y-4">
      <PageHeader
        title={t("title")}
        subtitle={t("subtitle", { commune: commune.name })}
        actions={
          <Link href={backHref} className={secondaryLink}>
            {td("backToPlan")}
          </Link>
        }
      />

      <Card>
        <CardHeader title={t("settings")} />
        <form method="get" action="/desks/plan" className="space-y-3 p-4" aria-label={t("settings")}>
          {commune.chosen ? <input type="hidden" name="commune" value={commune.id} /> : null}
          <input type="hidden" name="propose" value="1" />
          <div className="flex flex-wrap items-end gap-4">
            <label className="flex flex-col gap-1 text-sm font-medium text-slate-700">
              {t("month")}
              <select name="month" defaultValue={month} className={filterInput} data-testid="plan-month">
                {months.map((m) => (
                  <option key={m} value={m}>
                    {monthLabel(m)}
                  </option>
                ))}
              </select>
            </label>
            <label className="flex items-center gap-2 pb-1.5 text-sm text-slate-700">
              <input
                type="checkbox"
                name="weekends"
                value="1"
                defaultChecked={weekends}
                className="h-4 w-4 rounded border-slate-300"
              />
              {t("weekends")}
            </label>
          </div>
          {data.villages.length === 0 ? (
            <p className="text-sm text-slate-600">{t("noVillages")}</p>
          ) : (
            <div className="overflow-x-auto">
              <table className="w-full text-sm" data-testid="plan-villages">
                <caption className="pb-2 text-left text-xs font-medium text-slate-600">{t("villagesCaption")}</caption>
                <thead>
                  <tr className="border-b border-slate-200 text-left text-xs text-slate-600">
                    <th scope="col" className="py-1.5 pr-3 font-medium">
                      {t("village")}
                    </th>
                    <th scope="col" className="py-1.5 pr-3 text-right font-medium">
                      {t("notReached")}
                    </th>
                    <th scope="col" className="py-1.5 pr-3 text-right font-medium">
                      {t("distance")}
                    </th>
                    <th scope="col" className="py-1.5 pr-3 font-medium">
                      {t("lastDesk")}
                    </th>
                    <th scope="col" className="py-1.5 pr-3 text-right font-medium">
                      {t("already")}
                    </th>
                    <th scope="col" className="py-1.5 font-medium">
                      {t("target")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {data.villages.map((v) => (
                    <tr key={v.id} className="border-b border-slate-100">
                      <th scope="row" className="py-1.5 pr-3 text-left font-medium text-slate-800">
                        {v.name}
                      </th>
                      <td className="tabular py-1.5 pr-3 text-right">{formatNumber(v.householdsNotReached, locale)}</td>
                      <td className="tabular py-1.5 pr-3 text-right">{t("km", { km: v.distanceKm })}</td>
                      <td className="py-1.5 pr-3">
                        {v.daysSinceLastDesk == null ? t("never") : t("daysAgo", { days: v.daysSinceLastDesk })}
                      </td>
                      <td className="tabular py-1.5 pr-3 text-right">{v.already}</td>
                      <td className="py-1.5">
                        <input
                          type="number"
                          name={`target-${v.id}`}
                          defaultValue={v.target}
                          min={0}
                          max={MAX_TARGET}
                          aria-label={t("targetFor", { village: v.name })}
                          className={`${filterInput} w-20`}
                        />
                        {editVillages ? (
                          <Link href={`/villages/${v.id}/edit`} className="ml-2 text-xs text-union-700 hover:underline">
                            {v.storedTarget == null ? t("setStoredTarget") : t("storedTarget", { n: v.storedTarget })}
                            <span className="sr-only"> ({v.name})</span>
                          </Link>
                        ) : null}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <p className="text-xs text-slate-600">
            {t("people", {
              volunteers,
              servants,
              needVolunteers: DESK_NEED.volunteers,
              needServants: DESK_NEED.civilServants,
            })}
          </p>
          {data.holidays.length > 0 ? (
            <p className="text-xs text-slate-600">
              {t("holidays", { list: data.holidays.map((h) => `${formatDate(h.day)} (${h.name})`).join(", ") })}
            </p>
          ) : null}
          <button
            type="submit"
            className="rounded-md bg-union-600 px-4 py-2 text-sm font-medium text-white shadow-sm hover:bg-union-700"
          >
            {t("propose")}
          </button>
        </form>
      </Card>

      {proposal ? (
        <Card>
          <CardHeader title={t("proposalTitle", { month: monthLabel(month) })} />
          <div className="space-y-3 p-4">
            <div
              className="rounded-md border border-slate-200 bg-slate-50 px-3 py-2 text-sm text-slate-800"
              data-testid="plan-optimality"
              data-by={proposal.solver.by}
            >
              <p className="font-medium">
                {proposal.solver.fallback === "failed"
                  ? t("optimality.failed")
                  : t(proposal.solver.optimal ? "optimality.optimal" : "optimality.stopped", {
                      ratio: formatPercent(proposal.solver.ratio, locale),
                      gap: formatPercent(proposal.solver.gap, locale),
                      seconds: formatNumber(SOLVER_TIME_LIMIT_S, locale, 1),
                    })}
              </p>
              <p className="mt-0.5 text-xs text-slate-600">
                {proposal.solver.fallback === "worse" ? `${t("optimality.worse")} ` : ""}
                {t("optimality.how", {
                  coverage: formatNumber(proposal.solver.coverage, locale),
                  bound: formatNumber(proposal.solver.bound, locale),
                })}
              </p>
            </div>
            {proposal.short.length > 0 ? (
              <p className="text-sm text-gap-700" data-testid="plan-short">
                {t("short", {
                  list: proposal.short.map((s) => t("shortItem", { village: s.name, missing: s.missing })).join(", "),
                })}
              </p>
            ) : null}
            {proposal.desks.length === 0 ? (
              <p className="text-sm text-slate-600" data-testid="plan-empty">
                {t("noProposal")}
              </p>
            ) : (
              <PlanProposal
                // A new proposal (other settings) starts a fresh table.
                key={JSON.stringify(proposal.desks.map((d) => [d.villageId, d.day]))}
                month={month}
                communeId={commune.chosen ? commune.id : null}
                desks={proposal.desks}
                conflicts={conflicts}
                villages={data.villages.map((v) => ({ id: v.id, name: v.name }))}
                volunteers={data.people.filter((p) => p.role === "volunteer").map(({ id, name }) => ({ id, name }))}
                civilServants={data.people
                  .filter((p) => p.role === "civil_servant")
                  .map(({ id, name }) => ({ id, name }))}
                need={DESK_NEED}
              />
            )}
          </div>
        </Card>
      ) : null}
    </div>
  );
}
