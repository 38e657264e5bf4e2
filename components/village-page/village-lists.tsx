import { getTranslations } from "next-intl/server";
import { Card, CardHeader } from "@/components/ui/card";
import type { Locale } from "@/lib/i18n/config";
import { formatDate, formatNumber } from "@/lib/i18n/format";

export async function VillageVolunteers({
  rows,
  locale,
}: {
  rows: { id: number; full_name: string; kind: string; households: number; lives_here: boolean }[];
  locale: Locale;
}) {
  const t = await getTranslations("mapVillage.volunteers");
  return (
    <Card>
      <CardHeader
        title={t("title")}
        aside={<span className="text-xs text-slate-500">{formatNumber(rows.length, locale)}</span>}
      />
      {rows.length === 0 ? (
        <p className="px-4 py-6 text-sm text-slate-500">{t("empty")}</p>
      ) : (
        <table className="w-full text-sm" data-testid="village-volunteers">
          <thead className="bg-slate-50 text-left text-xs text-slate-500">
            <tr>
              <th scope="col" className="px-4 py-1.5 font-medium">
                {t("name")}
              </th>
              <th scope="col" className="px-4 py-1.5 text-right font-medium">
                {t("households")}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((m) => (
              <tr key={m.id}>
                <th scope="row" className="px-4 py-1 text-left font-normal">
                  {m.full_name}
                  {m.lives_here ? <span className="ml-1 text-xs text-slate-500">· {t("livesHere")}</span> : null}
                </th>
                <td className={`tabular px-4 py-1 text-right ${m.households > 20 ? "text-danger-700" : ""}`}>
                  {formatNumber(m.households, locale)} / 20
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Card>
  );
}

export async function VillageDesks({
  upcoming,
  past,
}: {
  upcoming: { id: number; day: string; place: string; status: string; staff: number }[];
  past: typeof upcoming;
}) {
  const [t, tStatus] = await Promise.all([
    getTranslations("mapVillage.desks"),
    getTranslations("mapVillage.deskStatus"),
  ]);
  const list = (rows: typeof upcoming, empty: string) =>
    rows.length === 0 ? (
      <p className="px-4 py-2 text-sm text-slate-500">{empty}</p>
    ) : (
      <ul className="divide-y divide-slate-100 text-sm">
        {rows.map((d) => (
          <li key={d.id} className="flex justify-between gap-2 px-4 py-1">
            <span>
              <span className="tabular">{formatDate(d.day)}</span> · {d.place}
            </span>
            <span
              className={`text-xs ${d.status === "held" ? "text-covered-700" : d.status === "cancelled" ? "text-danger-700" : "text-union-700"}`}
            >
              {tStatus(d.status)} · {t("staff", { count: d.staff })}
            </span>
          </li>
        ))}
      </ul>
    );
  return (
    <Card>
      <CardHeader title={t("title")} />
      <h3 className="px-4 pt-2 text-xs font-semibold uppercase text-slate-500">{t("upcoming")}</h3>
      {list(upcoming, t("noneUpcoming"))}
      <h3 className="px-4 pt-2 text-xs font-semibold uppercase text-slate-500">{t("past")}</h3>
      {list(past, t("nonePast"))}
      <div className="h-2" />
    </Card>
  );
}

export async function VillageRecords({
  rows,
  locale,
}: {
  rows: {
    id: number;
    served_on: string;
    channel: string;
    member: string | null;
    people_served: number;
    households_served: number;
    signatures_installed: number;
    sims_given: number;
  }[];
  locale: Locale;
}) {
  const [t, tChannel] = await Promise.all([
    getTranslations("mapVillage.records"),
    getTranslations("mapVillage.channel"),
  ]);
  const n = (v: number) => formatNumber(v, locale);
  return (
    <Card>
      <CardHeader title={t("title")} />
      {rows.length === 0 ? (
        <p className="px-4 py-6 text-sm text-slate-500">{t("empty")}</p>
      ) : (
        <table className="w-full text-sm">
          <thead className="bg-slate-50 text-left text-xs text-slate-500">
            <tr>
              <th scope="col" className="px-4 py-1.5 font-medium">
                {t("date")}
              </th>
              <th scope="col" className="px-4 py-1.5 font-medium">
                {t("channel")}
              </th>
              <th scope="col" className="px-4 py-1.5 font-medium">
                {t("member")}
              </th>
              <th scope="col" className="px-4 py-1.5 text-right font-medium">
                {t("people")}
              </th>
              <th scope="col" className="px-4 py-1.5 text-right font-medium">
                {t("signatures")}
              </th>
              <th scope="col" className="px-4 py-1.5 text-right font-medium">
                {t("sims")}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((r) => (
              <tr key={r.id}>
                <td className="tabular px-4 py-1">{formatDate(r.served_on)}</td>
                <td className="px-4 py-1">{tChannel(r.channel)}</td>
                <td className="px-4 py-1">{r.member ?? "—"}</td>
                <td className="tabular px-4 py-1 text-right">{n(r.people_served)}</td>
                <td className="tabular px-4 py-1 text-right">{n(r.signatures_installed)}</td>
                <td className="tabular px-4 py-1 text-right">{n(r.sims_given)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Card>
  );
}
