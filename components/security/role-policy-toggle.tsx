"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/submit-button";
import { idleState, type FormState } from "@/lib/actions/form-state";
import { setRoleTotpPolicyAction } from "@/lib/security/actions";

/**
 * Flips one role's "second factor required" flag. Relaxing a requirement asks for a fresh code
 * from the admin's own authenticator (the server refuses it without one).
 */
export function RolePolicyToggle({
  role,
  requireTotp,
  roleLabel,
}: {
  role: string;
  requireTotp: boolean;
  roleLabel: string;
}) {
  const t = useTranslations();
  const [state, action] = useActionState<FormState, FormData>(setRoleTotpPolicyAction, idleState);
  const codeError = state.fieldErrors?.code?.[0];
  const messageId = `policy-${role}-message`;
  const message = codeError ?? (state.status === "error" ? (state.message ?? "errors.unexpected") : undefined);
  return (
    <form
      action={action}
      className="flex flex-wrap items-center justify-end gap-3"
      data-testid={`policy-${role}`}
      noValidate
    >
      <input type="hidden" name="role" value={role} />
      <input type="hidden" name="requireTotp" value={requireTotp ? "false" : "true"} />
      {requireTotp ? (
        <label className="text-xs text-slate-600">
          <span className="sr-only">{roleLabel}: </span>
          {t("securityPolicy.codeLabel")}
          <input
            name="code"
            autoComplete="one-time-code"
            inputMode="numeric"
            maxLength={7}
            title={t("securityPolicy.codeHint")}
            aria-invalid={Boolean(codeError)}
            aria-describedby={messageId}
            className="ml-2 w-24 rounded-md border border-slate-300 px-2 py-1 font-mono text-sm tracking-widest aria-[invalid=true]:border-danger-500"
          />
        </label>
      ) : null}
      <span id={messageId} aria-live="polite" className="text-xs">
        {message && message !== "errors.invalid" ? <span className="text-danger-700">{t(message)}</span> : null}
      </span>
      <SubmitButton pendingLabel={t("securityPolicy.pending")} variant={requireTotp ? "secondary" : "primary"}>
        <span className="sr-only">{roleLabel}: </span>
        {requireTotp ? t("securityPolicy.release") : t("securityPolicy.require")}
      </SubmitButton>
    </form>
  );
}
