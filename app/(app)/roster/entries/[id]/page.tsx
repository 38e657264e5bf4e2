import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { RosterForm } from "@/components/roster/roster-form";
import { Card, CardHeader } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/viewer";
import { shift } from "@/lib/db/schema/enums";
import { formatDate } from "@/lib/i18n/format";
import { deleteRosterEntryAction, updateRosterEntryAction } from "@/lib/roster/actions";
import { centerById, centerMembers, entryById } from "@/lib/roster/queries";
import type { Metadata } from "next";

// One duty: every reader in scope sees it; the director edits or deletes it here, its version travels with the form so a second
// director's stale edit is refused with "reload" instead of overwriting.

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("roster"))("entry.edit") };
}

export default async function RosterEntryPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  const entry = await entryById(viewer, Number((await params).id));
  const center = entry ? await centerById(viewer, entry.serviceCenterId) : null;
  if (!entry || !center) notFound();
  const t = await getTranslations("roster");
  const editable = can(viewer, "roster.manage");
  const members = editable ? await centerMembers(viewer, center) : [];
  const hidden = (name: string, value: string | number) => ({
    name,
    label: "",
    kind: "hidden" as const,
    defaultValue: String(value),
  });
  return (
    <div className="max-w-xl space-y-3">
      <Link href={`/roster?center=${center.id}&date=${entry.day}`} className="text-xs text-union-600 hover:underline">
        {t("back")}
      </Link>
      <h1 className="text-xl font-semibold text-slate-900">
        {t("entry.edit")} · {center.name}
      </h1>
      <Card>
        <CardHeader title={entry.memberName} />
        <dl className="grid grid-cols-[8rem_1fr] gap-1 px-4 pt-3 text-sm" data-testid="roster-entry">
          <dt className="text-slate-600">{t("day")}</dt>
          <dd className="tabular">{formatDate(entry.day)}</dd>
          <dt className="text-slate-600">{t("entry.shift")}</dt>
          <dd>{t(`shifts.${entry.shift}`)}</dd>
          <dt className="text-slate-600">{t("entry.task")}</dt>
          <dd>{entry.task ?? "—"}</dd>
        </dl>
        {editable ? (
          <div className="space-y-4 p-4">
            <RosterForm
              id="entry-edit"
              action={updateRosterEntryAction}
              submit={t("entry.submit")}
              fields={[
                hidden("id", entry.id),
                hidden("version", entry.version),
                { name: "day", label: t("day"), kind: "date", defaultValue: entry.day, required: true },
                {
                  name: "shift",
                  label: t("entry.shift"),
                  kind: "select",
                  defaultValue: entry.shift,
                  options: shift.enumValues.map((s) => ({ value: s, label: t(`shifts.${s}`) })),
                  required: true,
                },
                {
                  name: "memberId",
                  label: t("member"),
                  kind: "select",
                  defaultValue: String(entry.memberId),
                  options: members.map((m) => ({ value: String(m.id), label: m.fullName })),
                  required: true,
                },
                { name: "task", label: t("entry.task"), kind: "text", defaultValue: entry.task ?? "" },
              ]}
            />
            <RosterForm
              id="entry-delete"
              action={deleteRosterEntryAction}
              submit={t("entry.delete")}
              variant="secondary"
              fields={[hidden("id", entry.id), hidden("version", entry.version)]}
            />
          </div>
        ) : (
          <p className="p-4 text-xs text-slate-500">{t("readOnly")}</p>
        )}
      </Card>
    </div>
  );
}
