import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ImportLink } from "@/components/import/import-link";
import { MemberFilters } from "@/components/members/member-filters";
import { MembersTable } from "@/components/members/members-table";
import { Card } from "@/components/ui/card";
import { buttonLink, PageHeader, secondaryLink } from "@/components/ui/page-header";
import { Pager } from "@/components/ui/pager";
import { can } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/viewer";
import { pageSize } from "@/lib/core/form-schemas";
import { teamOptions } from "@/lib/core/options";
import { hrefWith, textParam, type SearchParams } from "@/lib/core/url-params";
import { currentLocale } from "@/lib/i18n/current-locale";
import { formatNumber } from "@/lib/i18n/format";
import { importableKinds } from "@/lib/import/permissions";
import { memberFiltersFrom } from "@/lib/members/filters";
import { listMembers } from "@/lib/members/queries";
import type { Metadata } from "next";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("members"))("title") };
}

export default async function MembersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requireViewer();
  const params = await searchParams;
  const filters = memberFiltersFrom(params);
  const [{ rows, total }, teams, t, locale] = await Promise.all([
    listMembers(viewer, filters),
    teamOptions(viewer),
    getTranslations("members"),
    currentLocale(),
  ]);
  return (
    <div className="space-y-4">
      <PageHeader
        title={t("title")}
        subtitle={t("subtitle", { total: formatNumber(total, locale) })}
        actions={
          <>
            <a
              href={hrefWith("/members/export", params, { format: "csv", page: null })}
              className={secondaryLink}
              download
            >
              {t("exportCsv")}
            </a>
            <a
              href={hrefWith("/members/export", params, { format: "xlsx", page: null })}
              className={secondaryLink}
              download
            >
              {t("exportXlsx")}
            </a>
            <Link href="/members/teams" className={secondaryLink}>
              {t("teamsLink")}
            </Link>
            {importableKinds(viewer).includes("members") ? (
              <ImportLink kind="members" className={secondaryLink} />
            ) : null}
            {can(viewer, "members.manage") ? (
              <Link href="/members/new" className={buttonLink}>
                {t("new")}
              </Link>
            ) : null}
          </>
        }
      />
      <MemberFilters
        values={{
          q: filters.q,
          kind: filters.kind,
          team: filters.teamId?.toString(),
          topic: filters.topic,
          active: filters.active,
          sort: textParam(params, "sort"),
          dir: textParam(params, "dir"),
        }}
        teams={teams}
        locale={locale}
      />
      <Card>
        <MembersTable rows={rows} params={params} sort={filters.sort} dir={filters.dir} locale={locale} />
        <Pager
          page={filters.page}
          total={total}
          pageSize={pageSize}
          hrefFor={(page) => hrefWith("/members", params, { page })}
        />
      </Card>
    </div>
  );
}
