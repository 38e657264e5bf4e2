import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { filterInput, secondaryLink } from "@/components/ui/page-header";
import type { HouseholdFilterKey } from "@/lib/households/queries";

const flagKeys: HouseholdFilterKey[] = [
  "notReached",
  "noProficient",
  "elderly",
  "poor",
  "ethnicMinority",
  "noSmartphone",
  "unassigned",
];

/** Search, village and flag filters as a GET form: every view is a URL. */
export async function HouseholdFilters({
  values,
  villages,
}: {
  values: { q?: string; village?: string; flags: string[]; sort?: string; dir?: string };
  villages: { id: number; name: string }[];
}) {
  const [t, tUi] = await Promise.all([getTranslations("households"), getTranslations("fieldUi")]);
  return (
    <form method="get" role="search" aria-label={tUi("search")} className="space-y-2">
      <div className="flex flex-wrap items-center gap-2">
        <input
          type="search"
          name="q"
          defaultValue={values.q}
          placeholder={t("searchPlaceholder")}
          aria-label={tUi("search")}
          className={`${filterInput} w-64`}
        />
        <select
          name="village"
          defaultValue={values.village ?? ""}
          aria-label={t("fields.village")}
          className={filterInput}
        >
          <option value="">{t("allVillages")}</option>
          {villages.map((v) => (
            <option key={v.id} value={v.id}>
              {v.name}
            </option>
          ))}
        </select>
        {values.sort ? <input type="hidden" name="sort" value={values.sort} /> : null}
        {values.dir ? <input type="hidden" name="dir" value={values.dir} /> : null}
        <button
          type="submit"
          className="rounded-md bg-union-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-union-700"
        >
          {tUi("filter")}
        </button>
        <Link href="/households" className={secondaryLink}>
          {tUi("clear")}
        </Link>
      </div>
      <fieldset className="flex flex-wrap items-center gap-x-4 gap-y-1">
        <legend className="sr-only">{t("fields.flags")}</legend>
        {flagKeys.map((key) => (
          <label key={key} className="flex items-center gap-1.5 text-sm text-slate-700">
            <input
              type="checkbox"
              name="f"
              value={key}
              defaultChecked={values.flags.includes(key)}
              className="h-4 w-4 rounded border-slate-300"
            />
            {t(`filters.${key}`)}
          </label>
        ))}
      </fieldset>
    </form>
  );
}
