import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { formatDate } from "@/lib/i18n/format";
import type { RecordFilters } from "@/lib/records/list-params";
import { channels } from "@/lib/records/schemas";
import type { MemberOption, VillageOption } from "@/lib/records/types";

const control =
  "mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm focus:border-union-500 focus:ring-1 focus:ring-union-500 focus:outline-none";

/** The list's filters as a plain GET form: the URL holds them, so every view can be linked. */
export async function RecordsFilters({
  filters,
  villages,
  members,
}: {
  filters: RecordFilters;
  villages: VillageOption[];
  members: MemberOption[];
}) {
  const t = await getTranslations("records");
  return (
    <form
      method="get"
      action="/records/list"
      className="no-print grid grid-cols-2 items-end gap-3 md:grid-cols-4 xl:grid-cols-7"
      aria-label={t("filters.legend")}
    >
      <label className="text-xs font-medium text-slate-600">
        {t("filters.from")}
        <input
          name="from"
          defaultValue={filters.from ? formatDate(filters.from) : ""}
          placeholder="dd/mm/yyyy"
          className={`${control} tabular`}
        />
      </label>
      <label className="text-xs font-medium text-slate-600">
        {t("filters.to")}
        <input
          name="to"
          defaultValue={filters.to ? formatDate(filters.to) : ""}
          placeholder="dd/mm/yyyy"
          className={`${control} tabular`}
        />
      </label>
      <label className="text-xs font-medium text-slate-600">
        {t("fields.village")}
        <select name="village" defaultValue={filters.villageId ?? ""} className={control}>
          <option value="">{t("filters.allVillages")}</option>
          {villages.map((v) => (
            <option key={v.id} value={v.id}>
              {v.name}
            </option>
          ))}
        </select>
      </label>
      <label className="text-xs font-medium text-slate-600">
        {t("fields.channel")}
        <select name="channel" defaultValue={filters.channel ?? ""} className={control}>
          <option value="">{t("filters.allChannels")}</option>
          {channels.map((c) => (
            <option key={c} value={c}>
              {t(`channels.${c}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="text-xs font-medium text-slate-600">
        {t("fields.volunteer")}
        <select name="volunteer" defaultValue={filters.memberId ?? ""} className={control}>
          <option value="">{t("filters.allVolunteers")}</option>
          {members.map((m) => (
            <option key={m.id} value={m.id}>
              {m.fullName}
            </option>
          ))}
        </select>
      </label>
      {filters.sort !== "servedOn" ? <input type="hidden" name="sort" value={filters.sort} /> : null}
      {filters.dir !== "desc" ? <input type="hidden" name="dir" value={filters.dir} /> : null}
      <div className="flex gap-2">
        <button
          type="submit"
          className="rounded-md bg-union-600 px-4 py-1.5 text-sm font-medium text-white hover:bg-union-700"
        >
          {t("filters.apply")}
        </button>
        <Link
          href="/records/list"
          className="rounded-md border border-slate-300 px-3 py-1.5 text-sm text-slate-700 hover:bg-slate-50"
        >
          {t("filters.reset")}
        </Link>
      </div>
    </form>
  );
}
