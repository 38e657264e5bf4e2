"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { FieldErrors, inputClass, invalidProps, labelClass } from "@/components/ui/form";
import type { FormState } from "@/lib/actions/form-state";
import type { Role } from "@/lib/auth/roles";

export interface UnitOptions {
  provinces: { id: number; name: string; communes: { id: number; name: string }[] }[];
}

/**
 * Role, then the unit it needs: a province for provincial officers, a commune for secretaries
 * and directors, none for administrators. Only the roles the manager may hand out are offered.
 */
export function RoleUnitFields({
  form,
  state,
  roles,
  units,
  initial,
}: {
  form: string;
  state: FormState;
  roles: Role[];
  units: UnitOptions;
  initial: { role?: string; provinceId?: string; communeId?: string };
}) {
  const t = useTranslations("accounts.form");
  const tRoles = useTranslations("roles");
  const [role, setRole] = useState(state.values?.role ?? initial.role ?? "");
  const provinceValue = state.values?.provinceId ?? initial.provinceId ?? "";
  const communeValue = state.values?.communeId ?? initial.communeId ?? "";
  const communeRole = role === "commune_secretary" || role === "center_director";
  return (
    <>
      <div>
        <label htmlFor={`${form}-role`} className={labelClass}>
          {t("role")}
        </label>
        {/* Uncontrolled (defaultValue) so React's reset after an action keeps the choice; the
            state only decides which unit picker to show. */}
        <select
          id={`${form}-role`}
          name="role"
          defaultValue={role}
          onChange={(e) => setRole(e.target.value)}
          className={inputClass}
          {...invalidProps("role", state.fieldErrors?.role, { form })}
        >
          <option value="">{t("chooseRole")}</option>
          {roles.map((r) => (
            <option key={r} value={r}>
              {tRoles(r)}
            </option>
          ))}
        </select>
        <FieldErrors form={form} name="role" errors={state.fieldErrors?.role} />
      </div>
      {role === "provincial_officer" ? (
        <div>
          <label htmlFor={`${form}-province`} className={labelClass}>
            {t("province")}
          </label>
          <select
            id={`${form}-province`}
            name="provinceId"
            defaultValue={provinceValue}
            className={inputClass}
            {...invalidProps("provinceId", state.fieldErrors?.provinceId, { form })}
          >
            <option value="">{t("chooseProvince")}</option>
            {units.provinces.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
          <FieldErrors form={form} name="provinceId" errors={state.fieldErrors?.provinceId} />
        </div>
      ) : communeRole ? (
        <div>
          <label htmlFor={`${form}-commune`} className={labelClass}>
            {t("commune")}
          </label>
          <select
            id={`${form}-commune`}
            name="communeId"
            defaultValue={communeValue}
            className={inputClass}
            {...invalidProps("communeId", state.fieldErrors?.communeId, { form })}
          >
            <option value="">{t("chooseCommune")}</option>
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
          <FieldErrors form={form} name="communeId" errors={state.fieldErrors?.communeId} />
        </div>
      ) : (
        <p className="self-end pb-2 text-xs text-slate-500">
          {role === "admin" ? t("adminNoUnit") : t("chooseRoleFirst")}
        </p>
      )}
    </>
  );
}
