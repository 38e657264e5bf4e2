import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ImportPanel } from "@/components/import/import-panel";
import { Card } from "@/components/ui/card";
import { PageHeader, secondaryLink } from "@/components/ui/page-header";
import { requireViewer } from "@/lib/auth/viewer";
import { textParam, type SearchParams } from "@/lib/core/url-params";
import { importableKinds } from "@/lib/import/permissions";
import { importCommuneOptions } from "@/lib/import/queries";
import { importKinds, isImportKind } from "@/lib/import/types";
import type { Metadata } from "next";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("import"))("title") };
}

const listOf = { records: "/records/list", households: "/households", members: "/members" } as const;

export default async function ImportPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requireViewer();
  const params = await searchParams;
  const asked = textParam(params, "kind");
  const kind = isImportKind(asked) ? asked : "records";
  const [t, communes] = await Promise.all([getTranslations("import"), importCommuneOptions(viewer)]);
  const allowed = importableKinds(viewer);
  return (
    <div className="space-y-4">
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <nav aria-label={t("kindLabel")} className="flex flex-wrap gap-1 border-b border-slate-200">
        {importKinds.map((k) => (
          <Link
            key={k}
            href={`/import?kind=${k}`}
            aria-current={k === kind ? "page" : undefined}
            className={`-mb-px border-b-2 px-3 py-2 text-sm font-medium ${k === kind ? "border-union-600 text-union-700" : "border-transparent text-slate-600 hover:text-slate-900"}`}
          >
            {t(`kinds.${k}`)}
          </Link>
        ))}
      </nav>
      <Card className="space-y-4 p-4">
        <div className="flex flex-wrap items-center gap-2 text-sm">
          <span className="font-medium text-slate-700">{t("templatesLabel")}:</span>
          <a href={`/import/template?kind=${kind}&format=csv`} className={secondaryLink} download>
            {t("templateCsv")}
          </a>
          <a href={`/import/template?kind=${kind}&format=xlsx`} className={secondaryLink} download>
            {t("templateXlsx")}
          </a>
        </div>
        {allowed.includes(kind) ? (
          <>
            {communes ? <p className="text-sm text-slate-600">{t("communeHint")}</p> : null}
            <ImportPanel key={kind} kind={kind} communes={communes} listHref={listOf[kind]} />
          </>
        ) : (
          <p className="rounded-md border border-gap-500/30 bg-gap-50 px-3 py-2 text-sm text-gap-700">
            {t("notAllowed")}
          </p>
        )}
      </Card>
    </div>
  );
}
