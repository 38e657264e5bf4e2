import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { TargetForm } from "@/components/targets/target-form";
import { TargetList } from "@/components/targets/target-list";
import { Card } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/viewer";
import { idParamOrInvalid, type SearchParams } from "@/lib/core/url-params";
import { indicator } from "@/lib/db/schema/enums";
import { asLocale } from "@/lib/i18n/config";
import { resolveProvince } from "@/lib/overview/province-queries";
import { createTargetAction } from "@/lib/targets/actions";
import { targetAreas, targetsOfProvince } from "@/lib/targets/queries";
import type { Metadata } from "next";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("targets"))("title") };
}

export default async function TargetsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requireViewer();
  if (!can(viewer, "targets.manage")) notFound();
  const params = await searchParams;
  const chosen = await resolveProvince(viewer, idParamOrInvalid(params, "province"));
  if (!chosen) notFound();
  const [t, rawLocale, rows, areas] = await Promise.all([
    getTranslations("targets"),
    getLocale(),
    targetsOfProvince(viewer, chosen.province.id),
    targetAreas(viewer, chosen.province.id),
  ]);
  return (
    <div className="space-y-3">
      <div>
        <Link href={`/province?province=${chosen.province.id}`} className="text-xs text-union-600 hover:underline">
          {t("back")}
        </Link>
        <h1 className="text-xl font-semibold text-slate-900">
          {t("title")} · {chosen.province.name}
        </h1>
        <p className="text-xs text-slate-600">{t("intro")}</p>
      </div>
      <div className="grid grid-cols-3 gap-3">
        <div className="col-span-2">
          <TargetList rows={rows} locale={asLocale(rawLocale)} />
        </div>
        <Card className="self-start">
          <h2 className="border-b border-slate-100 px-4 py-2 text-sm font-semibold text-slate-800">{t("new")}</h2>
          <div className="p-4">
            <TargetForm action={createTargetAction} areas={areas} indicators={indicator.enumValues} />
          </div>
        </Card>
      </div>
    </div>
  );
}
