import { getTranslations } from "next-intl/server";
import { Card, CardHeader } from "@/components/ui/card";

// Per person, duties over the quarter, beside the roster: the spread the generator keeps small.

export async function RosterCounts({
  counts,
}: {
  counts: {
    memberId: number;
    memberName: string;
    morning: number;
    afternoon: number;
    fullDay: number;
    weekend: number;
    total: number;
  }[];
}) {
  const t = await getTranslations("roster");
  return (
    <Card>
      <CardHeader title={t("counts")} />
      <div className="max-h-96 overflow-y-auto">
        <table className="w-full text-xs" data-testid="roster-counts">
          <thead>
            <tr className="text-left text-slate-600">
              <th scope="col" className="px-2 py-1">
                {t("member")}
              </th>
              <th scope="col" className="px-1 py-1 text-right">
                {t("shifts.morning")}
              </th>
              <th scope="col" className="px-1 py-1 text-right">
                {t("shifts.afternoon")}
              </th>
              <th scope="col" className="px-1 py-1 text-right">
                {t("shifts.full_day")}
              </th>
              <th scope="col" className="px-1 py-1 text-right">
                {t("weekend")}
              </th>
              <th scope="col" className="px-2 py-1 text-right">
                {t("total")}
              </th>
            </tr>
          </thead>
          <tbody>
            {counts.map((c) => (
              <tr key={c.memberId} className="border-t border-slate-100">
                <td className="px-2 py-0.5">{c.memberName}</td>
                <td className="tabular px-1 text-right">{c.morning}</td>
                <td className="tabular px-1 text-right">{c.afternoon}</td>
                <td className="tabular px-1 text-right">{c.fullDay}</td>
                <td className="tabular px-1 text-right">{c.weekend}</td>
                <td className="tabular px-2 text-right font-medium">{c.total}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Card>
  );
}
