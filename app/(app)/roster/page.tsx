import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PrintButton } from "@/components/records/print-button";
import { RosterCounts } from "@/components/roster/roster-counts";
import { RosterFilters } from "@/components/roster/roster-filters";
import { RosterForm } from "@/components/roster/roster-form";
import { RosterMonth, RosterWeek } from "@/components/roster/roster-grid";
import { SwapRequestList, type SwapRequestView } from "@/components/roster/swap-requests";
import { Card, CardHeader } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/viewer";
import { hrefWith, type SearchParams } from "@/lib/core/url-params";
import { vietnamHolidays } from "@/lib/db/seed/demo-calendar";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import {
  acceptRosterSwapAction,
  declineRosterSwapAction,
  proposeRosterSwapAction,
  withdrawRosterSwapAction,
} from "@/lib/roster/actions";
import { gapsOf } from "@/lib/roster/gaps";
import { yearsOf } from "@/lib/roster/generate";
import { openDay } from "@/lib/roster/generator";
import { rosterParams } from "@/lib/roster/page-data";
import {
  centerMembers,
  centerTeams,
  leaveInPeriod,
  quarterCounts,
  rosterEntries,
  swapRequestsFor,
  type SwapRequestRow,
} from "@/lib/roster/queries";
import type { Metadata } from "next";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("roster"))("title") };
}

export default async function RosterPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requireViewer();
  const params = await searchParams;
  const { centers, center, today, period, filters } = await rosterParams(viewer, params);
  if (!center) notFound();
  const t = await getTranslations("roster");
  const [entries, all, members, teams, counts, leave, swaps] = await Promise.all([
    rosterEntries(viewer, center, period, filters),
    filters.teamId || filters.memberId ? rosterEntries(viewer, center, period) : null,
    centerMembers(viewer, center),
    centerTeams(viewer, center),
    quarterCounts(viewer, center, period.from),
    leaveInPeriod(viewer, center, period),
    swapRequestsFor(viewer, center),
  ]);
  const holidays = vietnamHolidays(yearsOf(period.from, period.to));
  const calendar = {
    saturday: center.saturdayDuty,
    sunday: center.sundayDuty,
    holidays,
    openOnHolidays: center.openOnHolidays,
  };
  const closed = new Set(period.days.filter((d) => !openDay(calendar, d).open));
  // A gap is the center's, whatever the filter shows.
  const gaps = gapsOf(center, holidays, period.days, all ?? entries);
  const editable = can(viewer, "roster.manage");
  const grid = { period, entries, gaps, today, closed, editable: true };
  // Swap proposals: the secretary proposes among the period's duties from today on, the director decides.
  const canPropose = can(viewer, "roster.propose");
  const duty = (d: { day: string; shift: string }, name: string) =>
    `${formatDate(d.day)} · ${t(`shifts.${d.shift}` as "shifts.morning")} · ${name}`;
  const swapView = (r: SwapRequestRow): SwapRequestView => {
    // Once accepted the entries hold each other's member: show the pair as it was proposed.
    const [firstName, secondName] =
      r.status === "accepted" ? [r.second.memberName, r.first.memberName] : [r.first.memberName, r.second.memberName];
    return {
      id: r.id,
      version: r.version,
      status: r.status as SwapRequestView["status"],
      first: duty(r.first, firstName),
      second: duty(r.second, secondName),
      reason: r.reason,
      note: r.decisionNote,
      proposedBy: t("swapRequests.by", { name: r.proposerName ?? "—", when: formatDateTime(r.createdAt) }),
      decidedBy: r.decidedAt
        ? t("swapRequests.decidedBy", { name: r.deciderName ?? "—", when: formatDateTime(r.decidedAt) })
        : null,
      stale: r.status === "pending" && r.stale,
      mine: r.proposedBy === viewer.id,
    };
  };
  const swapRequests = [...swaps.pending, ...swaps.decided].map(swapView);
  const swapOptions = (all ?? entries)
    .filter((e) => e.day >= today)
    .map((e) => ({ value: `${e.id}:${e.version}`, label: duty(e, e.memberName) }));
  const landscape = "@media print { @page { size: A4 landscape; margin: 8mm; } }";
  return (
    <div className="space-y-3">
      <style>{landscape}</style>
      <div className="flex flex-wrap items-end justify-between gap-2">
        <div>
          <h1 className="text-xl font-semibold text-slate-900">
            {t("title")} · <span data-testid="roster-center">{center.name}</span>
          </h1>
          <p className="text-sm text-slate-600" data-testid="roster-period">
            {t("period", { from: formatDate(period.from), to: formatDate(period.to) })} · {center.communeName}
          </p>
        </div>
        <div className="no-print flex flex-wrap gap-2">
          <Link
            href={hrefWith("/roster", params, { date: period.previous })}
            className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm"
          >
            {t("previous")}
          </Link>
          <Link
            href={hrefWith("/roster", params, { date: today })}
            className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm"
          >
            {t("today")}
          </Link>
          <Link
            href={hrefWith("/roster", params, { date: period.next })}
            className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm"
          >
            {t("next")}
          </Link>
          <PrintButton label={t("print")} />
          <a
            href={hrefWith("/roster/export", params, {
              center: center.id,
              view: period.view,
              date: period.from,
              format: "csv",
            })}
            className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm"
          >
            {t("exportCsv")}
          </a>
          <a
            href={hrefWith("/roster/export", params, {
              center: center.id,
              view: period.view,
              date: period.from,
              format: "xlsx",
            })}
            className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm"
          >
            {t("exportXlsx")}
          </a>
          {editable ? (
            <Link
              href={`/roster/manage?center=${center.id}&date=${period.from}`}
              className="rounded-md bg-union-600 px-3 py-1.5 text-sm font-medium text-white"
            >
              {t("manage")}
            </Link>
          ) : null}
        </div>
      </div>
      <RosterFilters
        centers={centers}
        center={center}
        teams={teams}
        members={members}
        params={params}
        period={period}
      />
      <p
        className={`no-print text-sm ${gaps.length ? "text-danger-700" : "text-slate-600"}`}
        data-testid="roster-gap-count"
      >
        {gaps.length ? t("gapsCount", { count: gaps.length }) : t("noGaps")}
        {swaps.pending.length ? (
          <>
            {" · "}
            <a href="#swap-requests" className="font-medium text-union-700 underline" data-testid="swap-pending-link">
              {t("swapRequests.pendingCount", { count: swaps.pending.length })}
            </a>
          </>
        ) : null}
      </p>
      <div className="grid grid-cols-[1fr_20rem] items-start gap-3 print:block">
        <Card className="overflow-x-auto p-2 print:border-0 print:p-0 print:shadow-none">
          {period.view === "week" ? <RosterWeek {...grid} /> : <RosterMonth {...grid} />}
          {entries.length === 0 ? <p className="p-3 text-sm text-slate-500">{t("noEntries")}</p> : null}
          <div className="mt-6 hidden justify-end print:flex" data-testid="roster-signature">
            <div className="w-64 text-center text-[10px]">
              <p className="font-semibold">{t("signature")}</p>
              <p className="italic">{t("signatureHint")}</p>
              <div className="h-14" />
              <p>………………………………</p>
            </div>
          </div>
        </Card>
        <div className="no-print space-y-3">
          <div id="swap-requests" data-testid="swap-requests" className="scroll-mt-4">
            <Card>
              <CardHeader title={t("swapRequests.title")} />
              <p className="px-3 pt-2 text-sm font-medium text-slate-700" data-testid="swap-requests-count">
                {t("swapRequests.pendingCount", { count: swaps.pending.length })}
              </p>
              <SwapRequestList
                requests={swapRequests}
                canDecide={editable}
                accept={acceptRosterSwapAction}
                decline={declineRosterSwapAction}
                withdraw={withdrawRosterSwapAction}
              />
            </Card>
          </div>
          {canPropose ? (
            <Card>
              <CardHeader title={t("swapRequests.proposeTitle")} />
              <div className="p-3">
                <p className="mb-2 text-xs text-slate-600">{t("swapRequests.proposeHint")}</p>
                {swapOptions.length ? (
                  <RosterForm
                    id="propose"
                    action={proposeRosterSwapAction}
                    submit={t("swapRequests.submit")}
                    fields={[
                      {
                        name: "firstId",
                        label: t("swapRequests.first"),
                        kind: "select",
                        options: swapOptions,
                        required: true,
                      },
                      {
                        name: "secondId",
                        label: t("swapRequests.second"),
                        kind: "select",
                        options: swapOptions,
                        required: true,
                      },
                      { name: "reason", label: t("swapRequests.reason"), kind: "text", required: true },
                    ]}
                  />
                ) : (
                  <p className="text-sm text-slate-500">{t("swapRequests.noEntries")}</p>
                )}
              </div>
            </Card>
          ) : null}
          <RosterCounts counts={counts} />
          <Card>
            <CardHeader title={t("leaveTitle")} />
            <ul className="space-y-1 p-3 text-sm" data-testid="roster-leave">
              {leave.map((l) => (
                <li key={l.id}>
                  <span className="font-medium">{l.memberName}</span>{" "}
                  <span className="tabular text-slate-600">
                    {formatDate(l.from)} – {formatDate(l.to)}
                  </span>
                  {l.reason ? <span className="block text-xs text-slate-500">{l.reason}</span> : null}
                </li>
              ))}
            </ul>
          </Card>
        </div>
      </div>
    </div>
  );
}
