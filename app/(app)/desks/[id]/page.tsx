import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DuplicateDeskForm } from "@/components/desks/duplicate-form";
import { StaffForm } from "@/components/desks/staff-form";
import { StatusBadge } from "@/components/desks/status-badge";
import { Card } from "@/components/ui/card";
import { buttonLink, PageHeader, secondaryLink } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/viewer";
import { pageDesk } from "@/lib/desks/page-desk";
import { deskFormOptions } from "@/lib/desks/queries";
import { currentLocale } from "@/lib/i18n/current-locale";
import { formatDate, formatNumber, todayInVietnam } from "@/lib/i18n/format";
import { counterFields } from "@/lib/records/counters";
import type { Metadata } from "next";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  return { title: (await getTranslations("desks"))("detailTitle", { id: (await params).id }) };
}

export default async function DeskPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  const desk = await pageDesk(viewer, (await params).id);
  const [t, tr, locale] = await Promise.all([
    getTranslations("desks"),
    getTranslations("records.fields"),
    currentLocale(),
  ]);
  const plans = can(viewer, "desks.manage");
  const staffs = !plans && can(viewer, "desks.staff.civil_servants") && desk.status === "planned";
  const options = staffs ? await deskFormOptions(viewer, desk.communeId) : null;
  const mayClose = plans && desk.status !== "cancelled" && desk.day <= todayInVietnam();
  const dt = "text-xs font-medium text-slate-500";
  return (
    <div className="space-y-4">
      <PageHeader
        title={t("detailTitle", { id: desk.id })}
        subtitle={
          <Link href={`/desks?month=${desk.day.slice(0, 7)}`} className="text-union-600 hover:underline">
            {t("backToPlan")}
          </Link>
        }
        actions={
          plans ? (
            <>
              {desk.status === "planned" ? (
                <Link href={`/desks/${desk.id}/edit`} className={secondaryLink}>
                  {t("actions.edit")}
                </Link>
              ) : null}
              {desk.status === "planned" ? (
                <Link href={`/desks/${desk.id}/cancel`} className={secondaryLink}>
                  {t("actions.cancel")}
                </Link>
              ) : null}
              {mayClose ? (
                <Link href={`/desks/${desk.id}/close`} className={buttonLink}>
                  {desk.status === "held" ? t("actions.editResults") : t("actions.close")}
                </Link>
              ) : null}
            </>
          ) : null
        }
      />
      <Card className="p-4">
        <dl className="grid grid-cols-2 gap-x-6 gap-y-3 text-sm md:grid-cols-3">
          <div>
            <dt className={dt}>{t("fields.village")}</dt>
            <dd data-testid="desk-village">
              {desk.villageName} <span className="text-slate-500">({desk.communeName})</span>
            </dd>
          </div>
          <div>
            <dt className={dt}>{t("fields.day")}</dt>
            <dd className="tabular">
              {formatDate(desk.day)} · {desk.startTime}–{desk.endTime}
            </dd>
          </div>
          <div>
            <dt className={dt}>{t("fields.status")}</dt>
            <dd data-testid="desk-status">
              <StatusBadge status={desk.status} />{" "}
              {desk.cancelReason ? (
                <span className="text-slate-600" data-testid="desk-cancel-reason">
                  {desk.cancelReason}
                </span>
              ) : null}
            </dd>
          </div>
          <div>
            <dt className={dt}>{t("fields.place")}</dt>
            <dd data-testid="desk-place">{desk.place}</dd>
          </div>
          <div>
            <dt className={dt}>{t("fields.volunteers")}</dt>
            <dd data-testid="desk-volunteers">{desk.volunteers.join(", ") || t("none")}</dd>
          </div>
          <div>
            <dt className={dt}>{t("fields.civilServants")}</dt>
            <dd data-testid="desk-civil-servants">{desk.civilServants.join(", ") || t("none")}</dd>
          </div>
          {desk.note ? (
            <div className="col-span-full">
              <dt className={dt}>{t("fields.note")}</dt>
              <dd data-testid="desk-note">{desk.note}</dd>
            </div>
          ) : null}
        </dl>
      </Card>
      <Card className="p-4">
        <h2 className="mb-2 text-sm font-semibold text-slate-800">{t("fields.results")}</h2>
        {desk.results ? (
          <dl className="grid grid-cols-4 gap-3 text-sm" data-testid="desk-results">
            {counterFields.map((f) => (
              <div key={f}>
                <dt className={dt}>{tr(f)}</dt>
                <dd className="tabular text-lg font-semibold" data-testid={`result-${f}`}>
                  {formatNumber(desk.results![f], locale)}
                </dd>
              </div>
            ))}
          </dl>
        ) : (
          <p className="text-sm text-slate-500">{t("noResults")}</p>
        )}
      </Card>
      {plans ? (
        <Card className="p-4">
          <DuplicateDeskForm id={desk.id} />
        </Card>
      ) : null}
      {options ? (
        <Card>
          <h2 className="px-4 pt-3 text-sm font-semibold text-slate-800">{t("staffTitle")}</h2>
          <StaffForm
            id={desk.id}
            version={desk.version}
            civilServants={options.civilServants}
            initial={desk.civilServantIds}
          />
        </Card>
      ) : null}
    </div>
  );
}
