import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { RosterForm } from "@/components/roster/roster-form";
import { Card, CardHeader } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/viewer";
import type { SearchParams } from "@/lib/core/url-params";
import { shift } from "@/lib/db/schema/enums";
import { formatDate } from "@/lib/i18n/format";
import {
  createRosterEntryAction,
  generateRosterAction,
  recordLeaveAction,
  swapRosterEntriesAction,
} from "@/lib/roster/actions";
import { rosterParams } from "@/lib/roster/page-data";
import { monthEnd, periodOf } from "@/lib/roster/period";
import { centerMembers, rosterEntries } from "@/lib/roster/queries";
import type { Metadata } from "next";

// The director's page: generate a period, add a duty, record leave, swap two duties. Others
// (secretary, provincial officer) read the roster and get "not found" here.

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("roster"))("manage") };
}

export default async function RosterManagePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requireViewer();
  if (!can(viewer, "roster.manage")) notFound();
  const { center, today, day } = await rosterParams(viewer, await searchParams);
  if (!center) notFound();
  const t = await getTranslations("roster");
  const month = periodOf("month", day);
  const [members, entries] = await Promise.all([centerMembers(viewer, center), rosterEntries(viewer, center, month)]);
  const memberOptions = members.map((m) => ({ value: String(m.id), label: m.fullName }));
  const nextMonth = periodOf("month", today).next;
  const entryOptions = entries.map((e) => ({
    value: `${e.id}:${e.version}`,
    label: `${formatDate(e.day)} · ${t(`shifts.${e.shift}`)} · ${e.memberName}`,
  }));
  const centerField = { name: "centerId", label: "", kind: "hidden" as const, defaultValue: String(center.id) };
  return (
    <div className="space-y-3">
      <div>
        <Link href={`/roster?center=${center.id}&date=${day}`} className="text-xs text-union-600 hover:underline">
          {t("back")}
        </Link>
        <h1 className="text-xl font-semibold text-slate-900">
          {t("manage")} · {center.name}
        </h1>
      </div>
      <div className="grid grid-cols-2 gap-3">
        <Card>
          <CardHeader title={t("generate.title")} />
          <div className="p-4">
            <p className="mb-2 text-xs text-slate-600">{t("generate.fairness")}</p>
            <RosterForm
              id="generate"
              action={generateRosterAction}
              submit={t("generate.submit")}
              fields={[
                centerField,
                { name: "from", label: t("generate.from"), kind: "date", defaultValue: nextMonth, required: true },
                {
                  name: "to",
                  label: t("generate.to"),
                  kind: "date",
                  defaultValue: monthEnd(nextMonth),
                  required: true,
                },
                {
                  name: "mode",
                  label: t("generate.mode"),
                  kind: "select",
                  defaultValue: "pool",
                  options: (["pool", "teams"] as const).map((m) => ({ value: m, label: t(`generate.modes.${m}`) })),
                },
                {
                  name: "perDay",
                  label: t("generate.perDay"),
                  kind: "number",
                  defaultValue: String(center.dutyPerDay || 2),
                },
                {
                  name: "saturday",
                  label: t("generate.saturday"),
                  kind: "number",
                  defaultValue: String(center.saturdayDuty),
                },
                {
                  name: "sunday",
                  label: t("generate.sunday"),
                  kind: "number",
                  defaultValue: String(center.sundayDuty),
                },
              ]}
            />
          </div>
        </Card>
        <Card>
          <CardHeader title={t("swap.title")} />
          <div className="p-4">
            <RosterForm
              id="swap"
              action={swapRosterEntriesAction}
              submit={t("swap.submit")}
              fields={[
                { name: "firstId", label: t("swap.first"), kind: "select", options: entryOptions, required: true },
                { name: "secondId", label: t("swap.second"), kind: "select", options: entryOptions, required: true },
              ]}
            />
          </div>
        </Card>
        <Card>
          <CardHeader title={t("leave.title")} />
          <div className="p-4">
            <RosterForm
              id="leave"
              action={recordLeaveAction}
              submit={t("leave.submit")}
              fields={[
                { name: "memberId", label: t("member"), kind: "select", options: memberOptions, required: true },
                { name: "from", label: t("leave.from"), kind: "date", required: true },
                { name: "to", label: t("leave.to"), kind: "date", required: true },
                { name: "reason", label: t("leave.reason"), kind: "text" },
              ]}
            />
          </div>
        </Card>
        <Card>
          <CardHeader title={t("entry.title")} />
          <div className="p-4">
            <RosterForm
              id="entry"
              action={createRosterEntryAction}
              submit={t("entry.submit")}
              fields={[
                centerField,
                { name: "day", label: t("day"), kind: "date", required: true },
                {
                  name: "shift",
                  label: t("entry.shift"),
                  kind: "select",
                  options: shift.enumValues.map((s) => ({ value: s, label: t(`shifts.${s}`) })),
                  required: true,
                },
                { name: "memberId", label: t("member"), kind: "select", options: memberOptions, required: true },
                { name: "task", label: t("entry.task"), kind: "text" },
              ]}
            />
          </div>
        </Card>
      </div>
    </div>
  );
}
