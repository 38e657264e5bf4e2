"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FieldErrors, FormMessage, inputClass, invalidProps, labelClass } from "@/components/ui/form";
import { SubmitButton } from "@/components/ui/submit-button";
import { changePasswordAction } from "@/lib/accounts/actions";
import type { FormState } from "@/lib/actions/form-state";

const form = "change-password";

/** Current password, then the new one twice. On success the action signs the user in again and goes home. */
export function ChangePasswordForm({ username }: { username: string }) {
  const t = useTranslations("password");
  const [state, action] = useActionState<FormState, FormData>(changePasswordAction, { status: "idle" });
  const field = (
    name: "currentPassword" | "newPassword" | "confirmPassword",
    label: string,
    autoComplete: string,
    hint?: string,
  ) => (
    <div>
      <label htmlFor={`${form}-${name}`} className={labelClass}>
        {label}
      </label>
      <input
        id={`${form}-${name}`}
        name={name}
        type="password"
        autoComplete={autoComplete}
        required
        className={inputClass}
        {...invalidProps(name, state.fieldErrors?.[name], { form, hintId: hint })}
      />
      <FieldErrors form={form} name={name} errors={state.fieldErrors?.[name]} />
    </div>
  );
  return (
    <form action={action} className="mt-5 space-y-4" noValidate>
      {/* Lets password managers pair the new password with the account. */}
      <input type="text" name="username" value={username} autoComplete="username" readOnly hidden />
      {field("currentPassword", t("current"), "current-password")}
      {field("newPassword", t("new"), "new-password", `${form}-policy`)}
      <p id={`${form}-policy`} className="-mt-2 text-xs text-slate-500">
        {t("policy")}
      </p>
      {field("confirmPassword", t("confirm"), "new-password")}
      <FormMessage state={state} testId={`${form}-outcome`} />
      <SubmitButton pendingLabel={t("pending")} className="w-full">
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
