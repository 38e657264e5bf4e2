import { getTranslations } from "next-intl/server";
import type { UnitOptions } from "@/components/accounts/role-unit-fields";
import { inputClass } from "@/components/ui/form";
import { buttonLink } from "./page-header";

/**
 * For accounts above a commune (admins): which commune a "new …" form writes into. A plain GET
 * form, so the choice lands in the URL (?commune=) and the page then shows that commune's form.
 */
export async function CommunePicker({ units, action }: { units: UnitOptions; action: string }) {
  const t = await getTranslations("fieldUi.communePicker");
  return (
    <form method="get" action={action} className="flex max-w-xl flex-wrap items-end gap-3 p-4" aria-label={t("title")}>
      <p className="w-full text-sm text-slate-600">{t("hint")}</p>
      <label className="flex min-w-64 flex-1 flex-col gap-1 text-sm font-medium text-slate-700">
        {t("label")}
        <select name="commune" required defaultValue="" className={inputClass}>
          <option value="" disabled>
            {t("placeholder")}
          </option>
          {units.provinces.map((p) => (
            <optgroup key={p.id} label={p.name}>
              {p.communes.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </label>
      <button type="submit" className={buttonLink}>
        {t("choose")}
      </button>
    </form>
  );
}
