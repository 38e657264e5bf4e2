import { getTranslations } from "next-intl/server";
import type { UnitOptions } from "./role-unit-fields";

/** The "unit" filter of the account and audit lists: a province (p<id>) or one of its communes (c<id>). */
export async function UnitFilterSelect({
  units,
  defaultValue,
  label,
  allLabel,
  className,
  selectClassName,
}: {
  units: UnitOptions;
  defaultValue: string;
  label: string;
  allLabel: string;
  className: string;
  selectClassName: string;
}) {
  const t = await getTranslations("accounts.filters");
  return (
    <label className={className}>
      {label}
      <select name="unit" defaultValue={defaultValue} className={selectClassName}>
        <option value="">{allLabel}</option>
        {units.provinces.map((p) => (
          <optgroup key={p.id} label={p.name}>
            <option value={`p${p.id}`}>{t("provinceLevel", { province: p.name })}</option>
            {p.communes.map((c) => (
              <option key={c.id} value={`c${c.id}`}>
                {c.name}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </label>
  );
}
