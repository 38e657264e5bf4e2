"use client";

import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/actions/form-state";

// Small pieces the account and password forms share: one look for inputs, field errors tied to
// their input (aria-describedby), and one aria-live region per form for its outcome.

export const inputClass =
  "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm shadow-sm focus:border-union-500 focus:ring-1 focus:ring-union-500 focus:outline-none aria-[invalid=true]:border-danger-500";
export const labelClass = "block text-sm font-medium text-slate-700";

export const errorId = (form: string, field: string) => `${form}-${field}-error`;

/** aria props for an input whose errors FieldErrors renders. */
export function fieldAria(state: FormState, form: string, field: string, hintId?: string) {
  const invalid = Boolean(state.fieldErrors?.[field]?.length);
  const describedBy = [invalid ? errorId(form, field) : null, hintId].filter(Boolean).join(" ");
  return { "aria-invalid": invalid, "aria-describedby": describedBy || undefined };
}

export function FieldErrors({ state, form, field }: { state: FormState; form: string; field: string }) {
  const t = useTranslations();
  const errors = state.fieldErrors?.[field];
  if (!errors?.length) return null;
  return (
    <p id={errorId(form, field)} className="mt-1 text-xs text-danger-700" data-testid={`${form}-${field}-error`}>
      {errors.map((key) => t(key)).join(" ")}
    </p>
  );
}

/** The form's outcome, announced to screen readers. */
export function FormOutcome({ state, form }: { state: FormState; form: string }) {
  const t = useTranslations();
  return (
    <div aria-live="polite" data-testid={`${form}-outcome`}>
      {state.message ? (
        <p
          className={`rounded-md border px-3 py-2 text-sm ${
            state.status === "ok"
              ? "border-covered-500/30 bg-covered-50 text-covered-700"
              : "border-danger-500/30 bg-danger-50 text-danger-700"
          }`}
        >
          {t(state.message)}
        </p>
      ) : null}
    </div>
  );
}

/** A generated temporary password, shown once. */
export function TemporaryPassword({ password }: { password: string }) {
  const t = useTranslations("accounts.temporaryPassword");
  return (
    <div className="rounded-md border border-gap-500/40 bg-gap-50 px-3 py-2 text-sm">
      <p className="font-medium text-slate-800">{t("label")}</p>
      <p className="mt-1 select-all font-mono text-lg tracking-wide text-slate-900" data-testid="temporary-password">
        {password}
      </p>
      <p className="mt-1 text-xs text-gap-700">{t("onceOnly")}</p>
    </div>
  );
}
