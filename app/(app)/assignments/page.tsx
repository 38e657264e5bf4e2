import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Proposal } from "@/components/assignments/proposal";
import { ProposalBanner } from "@/components/assignments/proposal-banner";
import { UnassignedHouseholds } from "@/components/assignments/unassigned-households";
import { VolunteerLoads } from "@/components/assignments/volunteer-loads";
import { Card } from "@/components/ui/card";
import { filterInput, PageHeader } from "@/components/ui/page-header";
import { assignmentBoard, assignmentCommune, communeChoices } from "@/lib/assignments/queries";
import { capFromParam } from "@/lib/assignments/schemas";
import { requireViewer } from "@/lib/auth/viewer";
import { idParam, textParam, type SearchParams } from "@/lib/core/url-params";
import { currentLocale } from "@/lib/i18n/current-locale";
import { formatNumber } from "@/lib/i18n/format";
import { getMember } from "@/lib/members/queries";
import type { Metadata } from "next";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("assignments"))("title") };
}

export default async function AssignmentsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requireViewer();
  const params = await searchParams;
  const [t, locale] = await Promise.all([getTranslations("assignments"), currentLocale()]);
  const commune = await assignmentCommune(viewer, idParam(params, "commune"));
  if (!commune) {
    // Admins (no commune of their own) pick one first.
    const choices = await communeChoices(viewer);
    return (
      <div className="space-y-4">
        <PageHeader title={t("title")} subtitle={t("chooseCommune")} />
        <Card>
          <ul className="divide-y divide-slate-100 text-sm">
            {choices.map((c) => (
              <li key={c.id} className="px-4 py-1.5">
                <Link className="text-union-600 hover:underline" href={`/assignments?commune=${c.id}`}>
                  {c.name}
                </Link>
              </li>
            ))}
          </ul>
        </Card>
      </div>
    );
  }
  const cap = capFromParam(textParam(params, "cap"));
  const board = await assignmentBoard(viewer, commune.id, cap);
  const deactivatedId = idParam(params, "deactivated");
  const deactivated = deactivatedId ? await getMember(viewer, deactivatedId) : null;
  const applied = idParam(params, "applied") ?? (textParam(params, "applied") === "0" ? 0 : undefined);
  const n = (v: number) => formatNumber(v, locale);
  return (
    <div className="space-y-4">
      <PageHeader
        title={t("title")}
        subtitle={`${viewer.communeId ? "" : `${commune.name} · `}${t("summary", { households: n(board.householdsTotal), unassigned: n(board.unassignedTotal) })}`}
        actions={
          <form method="get" className="flex items-end gap-2">
            {viewer.communeId ? null : <input type="hidden" name="commune" value={commune.id} />}
            <label className="text-sm text-slate-700">
              {t("cap")}
              <input
                name="cap"
                type="number"
                min={1}
                max={200}
                defaultValue={cap}
                className={`${filterInput} ml-2 w-20 text-right`}
              />
            </label>
            <button
              type="submit"
              className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-50"
            >
              {t("recompute")}
            </button>
          </form>
        }
      />
      <ProposalBanner
        applied={applied}
        deactivated={
          deactivated && !deactivated.active
            ? {
                name: deactivated.fullName,
                households: board.moves.filter((m) => m.fromVolunteerId === deactivated.id).length,
              }
            : null
        }
        locale={locale}
      />
      <Proposal
        moves={board.moves}
        cap={cap}
        fingerprint={board.fingerprint}
        locale={locale}
        highlight={deactivated?.id}
        communeId={viewer.communeId ? undefined : commune.id}
      />
      <div className="grid gap-4 lg:grid-cols-3">
        <div className="lg:col-span-2">
          <VolunteerLoads rows={board.volunteers} cap={cap} locale={locale} />
        </div>
        <UnassignedHouseholds rows={board.unassigned} total={board.unassignedTotal} locale={locale} />
      </div>
    </div>
  );
}
