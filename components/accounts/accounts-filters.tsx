import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { unitParam, type AccountListParams } from "@/lib/accounts/list-params";
import type { Role } from "@/lib/auth/roles";
import { UnitFilterSelect } from "./unit-filter-select";
import type { UnitOptions } from "./role-unit-fields";

const control = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm";

/** A plain GET form: the filters land in the URL and work without JavaScript. */
export async function AccountsFilters({
  params,
  roles,
  units,
}: {
  params: AccountListParams;
  roles: readonly Role[];
  units: UnitOptions;
}) {
  const [t, tRoles, tStatus] = await Promise.all([
    getTranslations("accounts.filters"),
    getTranslations("roles"),
    getTranslations("accounts.status"),
  ]);
  return (
    <form method="get" action="/accounts" aria-label={t("label")} className="flex flex-wrap items-end gap-3 px-4 py-3">
      {params.sort !== "username" ? <input type="hidden" name="sort" value={params.sort} /> : null}
      {params.dir !== "asc" ? <input type="hidden" name="dir" value={params.dir} /> : null}
      <label className="w-56 text-xs font-medium text-slate-600">
        {t("search")}
        <input
          type="search"
          name="q"
          defaultValue={params.q}
          placeholder={t("searchPlaceholder")}
          className={control}
        />
      </label>
      <label className="w-52 text-xs font-medium text-slate-600">
        {t("role")}
        <select name="role" defaultValue={params.role ?? ""} className={control}>
          <option value="">{t("allRoles")}</option>
          {roles.map((r) => (
            <option key={r} value={r}>
              {tRoles(r)}
            </option>
          ))}
        </select>
      </label>
      <UnitFilterSelect
        units={units}
        defaultValue={params.unit ? unitParam(params.unit) : ""}
        label={t("unit")}
        allLabel={t("allUnits")}
        className="w-56 text-xs font-medium text-slate-600"
        selectClassName={control}
      />
      <label className="w-40 text-xs font-medium text-slate-600">
        {t("status")}
        <select name="status" defaultValue={params.status ?? ""} className={control}>
          <option value="">{t("allStatuses")}</option>
          <option value="active">{tStatus("active")}</option>
          <option value="inactive">{tStatus("inactive")}</option>
        </select>
      </label>
      <button
        type="submit"
        className="rounded-md bg-union-600 px-4 py-1.5 text-sm font-medium text-white hover:bg-union-700"
      >
        {t("apply")}
      </button>
      <Link href="/accounts" className="py-1.5 text-sm text-slate-600 hover:text-slate-900">
        {t("reset")}
      </Link>
    </form>
  );
}
