"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FieldErrors, FormMessage, inputClass, invalidProps, labelClass } from "@/components/ui/form";
import { SubmitButton } from "@/components/ui/submit-button";
import { updateAccountAction } from "@/lib/accounts/actions";
import type { FormState } from "@/lib/actions/form-state";
import type { Role } from "@/lib/auth/roles";
import { RoleUnitFields, type UnitOptions } from "./role-unit-fields";

const form = "edit-account";

interface Account {
  id: number;
  displayName: string;
  role: Role;
  provinceId: number | null;
  communeId: number | null;
}

/** Display name, role and unit. On one's own account only the display name (role and unit ride along unchanged). */
export function EditAccountForm({
  account,
  self,
  roles,
  units,
}: {
  account: Account;
  self: boolean;
  roles: Role[];
  units: UnitOptions;
}) {
  const t = useTranslations("accounts");
  const [state, action] = useActionState<FormState, FormData>(updateAccountAction, { status: "idle" });
  const values = state.status === "error" ? (state.values ?? {}) : {};
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="id" value={account.id} />
      <div className="grid gap-4 sm:grid-cols-2">
        <div className="sm:col-span-2">
          <label htmlFor={`${form}-displayName`} className={labelClass}>
            {t("form.displayName")}
          </label>
          <input
            id={`${form}-displayName`}
            name="displayName"
            defaultValue={values.displayName ?? account.displayName}
            key={values.displayName ?? account.displayName}
            className={inputClass}
            {...invalidProps("displayName", state.fieldErrors?.displayName, { form })}
          />
          <FieldErrors form={form} name="displayName" errors={state.fieldErrors?.displayName} />
        </div>
        {self ? (
          <>
            <input type="hidden" name="role" value={account.role} />
            {account.provinceId ? <input type="hidden" name="provinceId" value={account.provinceId} /> : null}
            {account.communeId ? <input type="hidden" name="communeId" value={account.communeId} /> : null}
            <FieldErrors form={form} name="role" errors={state.fieldErrors?.role} />
          </>
        ) : (
          <RoleUnitFields
            // Remounted when the saved account or the echoed input changes, so the selects' defaults follow.
            key={JSON.stringify([account.role, account.provinceId, account.communeId, values])}
            form={form}
            state={state}
            roles={roles}
            units={units}
            initial={{
              role: account.role,
              provinceId: String(account.provinceId ?? ""),
              communeId: String(account.communeId ?? ""),
            }}
          />
        )}
      </div>
      <FormMessage state={state} testId={`${form}-outcome`} />
      <SubmitButton pendingLabel={t("form.saving")}>{t("form.save")}</SubmitButton>
    </form>
  );
}
