"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { idleState, type FormState } from "@/lib/actions/form-state";
import { setRoleTotpPolicyAction } from "@/lib/security/actions";
import { SubmitButton } from "@/components/ui/submit-button";

/** Flips one role's "second factor required" flag. */
export function RolePolicyToggle({ role, requireTotp, roleLabel }: { role: string; requireTotp: boolean; roleLabel: string }) {
  const t = useTranslations();
  const [state, action] = useActionState<FormState, FormData>(setRoleTotpPolicyAction, idleState);
  return (
    <form action={action} className="flex items-center justify-end gap-3" data-testid={`policy-${role}`}>
      <input type="hidden" name="role" value={role} />
      <input type="hidden" name="requireTotp" value={requireTotp ? "false" : "true"} />
      <span aria-live="polite" className="text-xs">
        {state.status === "error" ? <span className="text-danger-700">{t(state.message ?? "errors.unexpected")}</span> : null}
      </span>
      <SubmitButton pendingLabel={t("securityPolicy.pending")} variant={requireTotp ? "secondary" : "primary"}>
        <span className="sr-only">{roleLabel}: </span>
        {requireTotp ? t("securityPolicy.release") : t("securityPolicy.require")}
      </SubmitButton>
    </form>
  );
}
