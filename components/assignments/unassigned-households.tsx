import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card, CardHeader } from "@/components/ui/card";
import type { Locale } from "@/lib/i18n/config";
import { formatNumber } from "@/lib/i18n/format";

const shown = 60;

export async function UnassignedHouseholds({
  rows,
  total,
  locale,
}: {
  rows: { id: number; code: string; headName: string; villageName: string }[];
  total: number;
  locale: Locale;
}) {
  const t = await getTranslations("assignments");
  return (
    <Card>
      <CardHeader
        title={t("unassigned", { count: formatNumber(total, locale) })}
        aside={
          total > 0 ? (
            <Link href="/households?f=unassigned" className="text-xs text-union-600 hover:underline">
              →
            </Link>
          ) : null
        }
      />
      {total === 0 ? (
        <p className="px-4 py-6 text-sm text-covered-700">{t("unassignedNone")}</p>
      ) : (
        <ul
          className="max-h-[30rem] divide-y divide-slate-100 overflow-y-auto text-sm"
          data-testid="unassigned-households"
        >
          {rows.slice(0, shown).map((h) => (
            <li key={h.id} className="flex justify-between gap-2 px-4 py-1">
              <Link href={`/households/${h.id}`} className="text-union-600 hover:underline">
                {h.code} · {h.headName}
              </Link>
              <span className="text-xs text-slate-500">{h.villageName}</span>
            </li>
          ))}
          {total > shown ? (
            <li className="px-4 py-1 text-xs text-slate-500">
              {t("unassignedMore", { count: formatNumber(total - shown, locale) })}
            </li>
          ) : null}
        </ul>
      )}
    </Card>
  );
}
