import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { SearchParams } from "@/components/field/href";
import { currentLocale } from "@/components/field/locale";
import { buttonLink, PageHeader, secondaryLink } from "@/components/field/page-header";
import { ImportLink } from "@/components/import/import-link";
import { importableKinds } from "@/lib/import/permissions";
import { Pager } from "@/components/field/pager";
import { MemberFilters } from "@/components/members/member-filters";
import { MembersTable } from "@/components/members/members-table";
import { requireViewer } from "@/lib/auth/viewer";
import { idParam, oneOf, pageOf, pageSize, param } from "@/lib/field/params";
import { teamOptions } from "@/lib/field/queries";
import { listMembers, memberSorts } from "@/lib/members/queries";
import { memberKinds } from "@/lib/members/schemas";
import { topicCodes } from "@/lib/trainings/schemas";
import { formatNumber } from "@/lib/i18n/format";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("members"))("title") };
}

export default async function MembersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requireViewer();
  const params = await searchParams;
  const kindParam = param(params, "kind");
  const topicParam = param(params, "topic");
  const activeParam = param(params, "active");
  const filters = {
    q: param(params, "q")?.trim().slice(0, 100) || undefined,
    kind: kindParam && (memberKinds as readonly string[]).includes(kindParam) ? (kindParam as (typeof memberKinds)[number]) : undefined,
    teamId: idParam(param(params, "team")),
    topic: topicParam && topicCodes.includes(topicParam) ? topicParam : undefined,
    active: activeParam === "yes" || activeParam === "no" ? (activeParam as "yes" | "no") : undefined,
    sort: oneOf(memberSorts, param(params, "sort"), "name"),
    dir: oneOf(["asc", "desc"] as const, param(params, "dir"), "asc"),
    page: pageOf(params),
  };
  const [{ rows, total }, teams, t, locale] = await Promise.all([listMembers(viewer, filters), teamOptions(viewer), getTranslations("members"), currentLocale()]);
  return (
    <div className="space-y-4">
      <PageHeader
        title={t("title")}
        subtitle={t("subtitle", { total: formatNumber(total, locale) })}
        actions={
          <>
            <Link href="/members/teams" className={secondaryLink}>{t("teamsLink")}</Link>
            {importableKinds(viewer).includes("members") ? <ImportLink kind="members" className={secondaryLink} /> : null}
            <Link href="/members/new" className={buttonLink}>{t("new")}</Link>
          </>
        }
      />
      <MemberFilters
        values={{ q: filters.q, kind: filters.kind, team: filters.teamId?.toString(), topic: filters.topic, active: filters.active, sort: param(params, "sort"), dir: param(params, "dir") }}
        teams={teams}
        locale={locale}
      />
      <Card>
        <MembersTable rows={rows} params={params} sort={filters.sort} dir={filters.dir} locale={locale} />
        <Pager path="/members" params={params} page={filters.page} total={total} pageSize={pageSize} />
      </Card>
    </div>
  );
}
