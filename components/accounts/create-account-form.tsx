"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { FieldErrors, FormMessage, inputClass, invalidProps, labelClass } from "@/components/ui/form";
import { SubmitButton } from "@/components/ui/submit-button";
import { createAccountAction, type AccountFormState } from "@/lib/accounts/actions";
import type { Role } from "@/lib/auth/roles";
import { PasswordChoice } from "./password-choice";
import { RoleUnitFields, type UnitOptions } from "./role-unit-fields";
import { TemporaryPassword } from "./temporary-password";

const form = "create-account";

export function CreateAccountForm({ roles, units }: { roles: Role[]; units: UnitOptions }) {
  const t = useTranslations("accounts");
  const [state, action] = useActionState<AccountFormState, FormData>(createAccountAction, { status: "idle" });
  const [dismissed, setDismissed] = useState<number | null>(null);
  const created = state.status === "ok" ? state.account : undefined;

  if (created && dismissed !== created.id) {
    return (
      <div className="space-y-3" data-testid="account-created">
        <p className="text-sm font-medium text-covered-700" aria-live="polite">
          {t("created.title", { username: created.username })}
        </p>
        {created.temporaryPassword ? (
          <TemporaryPassword password={created.temporaryPassword} />
        ) : (
          <p className="text-sm text-slate-600">{t("created.typed")}</p>
        )}
        <div className="flex gap-2">
          <Link
            href={`/accounts/${created.id}`}
            className="rounded-md bg-union-600 px-4 py-2 text-sm font-medium text-white hover:bg-union-700"
          >
            {t("created.view")}
          </Link>
          <button
            type="button"
            onClick={() => setDismissed(created.id)}
            className="rounded-md border border-slate-300 px-4 py-2 text-sm text-slate-700 hover:bg-slate-50"
          >
            {t("created.another")}
          </button>
        </div>
      </div>
    );
  }

  const values = created ? {} : (state.values ?? {});
  return (
    <form action={action} className="space-y-4" noValidate key={created ? `after-${created.id}` : "form"}>
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor={`${form}-username`} className={labelClass}>
            {t("form.username")}
          </label>
          <input
            id={`${form}-username`}
            name="username"
            defaultValue={values.username}
            autoComplete="off"
            spellCheck={false}
            className={`${inputClass} font-mono`}
            {...invalidProps("username", state.fieldErrors?.username, { form, hintId: `${form}-username-hint` })}
          />
          <p id={`${form}-username-hint`} className="mt-1 text-xs text-slate-500">
            {t("form.usernameHint")}
          </p>
          <FieldErrors form={form} name="username" errors={state.fieldErrors?.username} />
        </div>
        <div>
          <label htmlFor={`${form}-displayName`} className={labelClass}>
            {t("form.displayName")}
          </label>
          <input
            id={`${form}-displayName`}
            name="displayName"
            defaultValue={values.displayName}
            autoComplete="off"
            className={inputClass}
            {...invalidProps("displayName", state.fieldErrors?.displayName, { form })}
          />
          <FieldErrors form={form} name="displayName" errors={state.fieldErrors?.displayName} />
        </div>
        <RoleUnitFields
          key={JSON.stringify(values)}
          form={form}
          state={created ? { status: "idle" } : state}
          roles={roles}
          units={units}
          initial={{}}
        />
      </div>
      <PasswordChoice
        key={values.passwordMode ?? "generate"}
        form={form}
        state={state}
        initialMode={values.passwordMode}
      />
      <FormMessage state={created ? { status: "idle" } : state} testId={`${form}-outcome`} />
      <div className="flex items-center gap-2">
        <SubmitButton pendingLabel={t("form.creating")}>{t("form.create")}</SubmitButton>
        <Link href="/accounts" className="rounded-md px-3 py-2 text-sm text-slate-600 hover:text-slate-900">
          {t("form.cancel")}
        </Link>
      </div>
    </form>
  );
}
