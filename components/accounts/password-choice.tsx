"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { FieldErrors, inputClass, invalidProps } from "@/components/ui/form";
import type { FormState } from "@/lib/actions/form-state";

/**
 * Generate a temporary password (default) or type one; used when creating and resetting.
 * Callers key it by the echoed mode so the radios' defaults follow the last submission.
 */
export function PasswordChoice({ form, state, initialMode }: { form: string; state: FormState; initialMode?: string }) {
  const t = useTranslations("accounts.form");
  const [mode, setMode] = useState(initialMode === "typed" ? "typed" : "generate");
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium text-slate-700">{t("password")}</legend>
      <div className="flex flex-wrap gap-x-5 gap-y-1 text-sm text-slate-700">
        {(["generate", "typed"] as const).map((m) => (
          <label key={m} className="inline-flex items-center gap-1.5">
            <input type="radio" name="passwordMode" value={m} defaultChecked={mode === m} onChange={() => setMode(m)} />
            {m === "generate" ? t("passwordGenerate") : t("passwordTyped")}
          </label>
        ))}
      </div>
      {mode === "typed" ? (
        <div className="max-w-sm">
          <label htmlFor={`${form}-password`} className="sr-only">
            {t("passwordTypedLabel")}
          </label>
          <input
            id={`${form}-password`}
            name="password"
            type="text"
            autoComplete="new-password"
            spellCheck={false}
            placeholder={t("passwordTypedLabel")}
            className={`${inputClass} font-mono`}
            {...invalidProps("password", state.fieldErrors?.password, { form, hintId: `${form}-password-hint` })}
          />
          <FieldErrors form={form} name="password" errors={state.fieldErrors?.password} />
        </div>
      ) : null}
      <p id={`${form}-password-hint`} className="text-xs text-slate-500">
        {t("passwordHint")}
      </p>
    </fieldset>
  );
}
