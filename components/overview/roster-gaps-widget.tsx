import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card, CardHeader } from "@/components/ui/card";
import type { Viewer } from "@/lib/auth/roles";
import { hrefWith } from "@/lib/core/url-params";
import type { Locale } from "@/lib/i18n/config";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { rosterGapsThisMonth } from "@/lib/roster/queries";

/** How many upcoming gap days are listed by date; the rest are counted. */
const listed = 6;

/**
 * The service center's duty roster on a commune's overview: this month's days with fewer people
 * on duty than the center needs (all, and from today on), the next ones by date, and a link to the
 * month on /roster. Nothing when the commune has no center in the viewer's scope.
 */
export async function RosterGapsWidget({
  viewer,
  communeId,
  today,
  locale,
}: {
  viewer: Viewer;
  communeId: number;
  today: string;
  locale: Locale;
}) {
  const [t, centers] = await Promise.all([
    getTranslations("home.rosterGaps"),
    rosterGapsThisMonth(viewer, communeId, today),
  ]);
  if (centers.length === 0) return null;
  const n = (v: number) => formatNumber(v, locale);
  return (
    <Card>
      <CardHeader title={t("title")} />
      <ul className="divide-y divide-slate-100" data-testid="roster-gaps">
        {centers.map(({ center, from, to, gaps, upcoming }) => (
          <li key={center.id} className="flex flex-wrap items-start justify-between gap-3 px-4 py-3">
            <div className="min-w-0">
              <p className="text-sm font-medium text-slate-900">{center.name}</p>
              <p className="text-sm text-slate-700" data-testid={`roster-gaps-count-${center.id}`}>
                {gaps.length === 0
                  ? t("none", { from: formatDate(from), to: formatDate(to) })
                  : t("count", {
                      days: n(gaps.length),
                      upcoming: n(upcoming.length),
                      from: formatDate(from),
                      to: formatDate(to),
                    })}
              </p>
              {upcoming.length > 0 ? (
                <p className="tabular mt-1 text-xs text-slate-600">
                  {t("next")}{" "}
                  {upcoming
                    .slice(0, listed)
                    .map((g) => t("day", { date: formatDate(g.day), have: n(g.have), need: n(g.need) }))
                    .join(" · ")}
                  {upcoming.length > listed ? ` · ${t("more", { count: n(upcoming.length - listed) })}` : ""}
                </p>
              ) : null}
            </div>
            <Link
              href={hrefWith("/roster", {}, { center: center.id, view: "month", date: today })}
              className="no-print shrink-0 text-sm font-medium text-union-600 hover:underline"
            >
              {t("open")}
            </Link>
          </li>
        ))}
      </ul>
    </Card>
  );
}
