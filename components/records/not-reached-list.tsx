import { getTranslations } from "next-intl/server";
import type { VolunteerRoundView } from "@/lib/records/types";

/** Per volunteer, the assigned households no record names yet: a sheet to take on the next round. */
export async function NotReachedList({ rounds }: { rounds: VolunteerRoundView[] }) {
  const t = await getTranslations("records.funnel");
  if (rounds.length === 0)
    return (
      <p className="px-4 py-6 text-sm text-covered-700" data-testid="not-reached-empty">
        {t("notReachedEmpty")}
      </p>
    );
  return (
    <div className="divide-y divide-slate-200" data-testid="not-reached">
      {rounds.map((round) => (
        <section
          key={round.memberId ?? "unassigned"}
          className="break-inside-avoid px-4 py-3"
          data-member={round.memberId ?? "none"}
        >
          <h3 className="flex items-baseline justify-between text-sm font-semibold text-slate-800">
            <span className={round.memberId === null ? "text-gap-700" : undefined}>
              {round.memberName ?? t("unassigned")}
            </span>
            <span className="text-xs font-normal text-slate-500">
              {t("householdsCount", { count: round.households.length })}
            </span>
          </h3>
          <table className="mt-1 w-full table-fixed text-sm">
            <thead className="text-xs text-slate-500">
              <tr>
                <th scope="col" className="w-32 py-1 text-left font-medium">
                  {t("code")}
                </th>
                <th scope="col" className="w-2/5 py-1 text-left font-medium">
                  {t("head")}
                </th>
                <th scope="col" className="py-1 text-left font-medium">
                  {t("flags")}
                </th>
                <th scope="col" className="w-16 py-1 text-center font-medium">
                  {t("visited")}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {round.households.map((h) => (
                <tr key={h.id}>
                  <td className="py-1 font-mono text-xs">{h.code}</td>
                  <td className="py-1">{h.headName}</td>
                  <td className="py-1 text-xs text-slate-600">
                    {[
                      h.elderly && t("flag.elderly"),
                      h.poor && t("flag.poor"),
                      h.ethnicMinority && t("flag.ethnicMinority"),
                      !h.hasSmartphone && t("flag.noSmartphone"),
                    ]
                      .filter(Boolean)
                      .join(" · ")}
                  </td>
                  <td className="py-1 text-center">
                    <span className="inline-block h-3.5 w-3.5 rounded-sm border border-slate-400" aria-hidden />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </div>
  );
}
