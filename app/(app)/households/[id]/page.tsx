import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AssignForm } from "@/components/households/assign-form";
import { HouseholdBadges } from "@/components/households/household-badges";
import { Card, CardHeader } from "@/components/ui/card";
import { PageHeader, secondaryLink } from "@/components/ui/page-header";
import { requireViewer } from "@/lib/auth/viewer";
import { memberOptions } from "@/lib/core/options";
import { positiveId } from "@/lib/core/url-params";
import { getHousehold } from "@/lib/households/queries";
import { formatDate } from "@/lib/i18n/format";
import type { Metadata } from "next";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("households"))("title") };
}

export default async function HouseholdPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  const id = positiveId((await params).id);
  const household = id ? await getHousehold(viewer, id) : null;
  if (!household) notFound();
  const [volunteers, t, tUi] = await Promise.all([
    memberOptions(viewer),
    getTranslations("households"),
    getTranslations("fieldUi"),
  ]);
  const yes = (v: boolean) => (v ? tUi("yes") : tUi("no"));
  const facts: [string, React.ReactNode][] = [
    [t("fields.code"), household.code],
    [t("fields.headName"), household.headName],
    [t("fields.village"), household.villageName],
    [t("fields.elderly"), yes(household.elderly)],
    [t("fields.poor"), yes(household.poor)],
    [t("fields.ethnicMinority"), yes(household.ethnicMinority)],
    [t("fields.hasSmartphone"), yes(household.hasSmartphone)],
    [t("fields.hasProficientMember"), yes(household.hasProficientMember)],
    [
      t("fields.firstReachedOn"),
      household.firstReachedOn ? (
        formatDate(household.firstReachedOn)
      ) : (
        <span className="text-gap-700">{t("notReached")}</span>
      ),
    ],
    [
      t("fields.volunteer"),
      household.volunteerName ? (
        <Link href={`/members/${household.volunteerId}`} className="text-union-600 hover:underline">
          {household.volunteerName}
          {household.volunteerActive ? "" : ` (${t("inactiveVolunteer")})`}
        </Link>
      ) : (
        <span className="text-gap-700">{t("unassigned")}</span>
      ),
    ],
  ];
  return (
    <div className="space-y-4">
      <PageHeader
        title={`${household.code} · ${household.headName}`}
        subtitle={<HouseholdBadges h={household} />}
        actions={
          <>
            <Link href="/households" className={secondaryLink}>
              {tUi("back")}
            </Link>
            <Link href={`/households/${household.id}/edit`} className={secondaryLink}>
              {tUi("edit")}
            </Link>
          </>
        }
      />
      <div className="grid gap-4 lg:grid-cols-3">
        <Card className="lg:col-span-2">
          <dl className="divide-y divide-slate-100 text-sm" data-testid="household-facts">
            {facts.map(([label, value]) => (
              <div key={label} className="flex justify-between gap-3 px-4 py-2">
                <dt className="text-slate-500">{label}</dt>
                <dd className="text-right text-slate-800">{value}</dd>
              </div>
            ))}
          </dl>
        </Card>
        <Card>
          <CardHeader title={t("assignTitle")} />
          <AssignForm
            householdId={household.id}
            current={household.volunteerActive ? household.volunteerId : null}
            volunteers={volunteers}
          />
        </Card>
      </div>
    </div>
  );
}
