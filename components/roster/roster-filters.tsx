import { getTranslations } from "next-intl/server";
import { inputClass, labelClass } from "@/components/ui/form";
import { textParam, type SearchParams } from "@/lib/core/url-params";
import type { Period } from "@/lib/roster/period";
import type { RosterCenter } from "@/lib/roster/queries";

// The roster's filters as a plain GET form: the URL holds the view, so it can be shared and printed.

export async function RosterFilters({
  centers,
  center,
  teams,
  members,
  params,
  period,
}: {
  centers: RosterCenter[];
  center: RosterCenter;
  teams: { id: number; name: string }[];
  members: { id: number; fullName: string }[];
  params: SearchParams;
  period: Period;
}) {
  const t = await getTranslations("roster");
  const select = (
    id: string,
    label: string,
    value: string | undefined,
    options: { value: string; label: string }[],
    empty?: string,
  ) => (
    <div>
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      <select id={id} name={id} defaultValue={value ?? ""} className={inputClass}>
        {empty ? <option value="">{empty}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <form
      method="get"
      action="/roster"
      className="no-print flex flex-wrap items-end gap-3"
      data-testid="roster-filters"
    >
      {centers.length > 1 ? (
        select(
          "center",
          t("center"),
          String(center.id),
          centers.map((c) => ({ value: String(c.id), label: `${c.communeName} — ${c.name}` })),
        )
      ) : (
        <input type="hidden" name="center" value={center.id} />
      )}
      {select("view", t("view"), period.view, [
        { value: "week", label: t("week") },
        { value: "month", label: t("month") },
      ])}
      <input type="hidden" name="date" value={period.from} />
      {select(
        "team",
        t("team"),
        textParam(params, "team"),
        teams.map((x) => ({ value: String(x.id), label: x.name })),
        t("allTeams"),
      )}
      {select(
        "member",
        t("member"),
        textParam(params, "member"),
        members.map((m) => ({ value: String(m.id), label: m.fullName })),
        t("allMembers"),
      )}
      <button type="submit" className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm">
        {t("filter")}
      </button>
    </form>
  );
}
