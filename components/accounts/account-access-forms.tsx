"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form";
import { SubmitButton } from "@/components/ui/submit-button";
import {
  resetPasswordAction,
  resetSecondFactorAction,
  setAccountActiveAction,
  type AccountFormState,
} from "@/lib/accounts/actions";
import type { FormState } from "@/lib/actions/form-state";
import { PasswordChoice } from "./password-choice";
import { TemporaryPassword } from "./temporary-password";

/** Deactivate (signs the user out at once) or reactivate. */
export function AccountStatusForm({ id, active }: { id: number; active: boolean }) {
  const t = useTranslations("accounts.detail");
  const [state, action] = useActionState<FormState, FormData>(setAccountActiveAction, { status: "idle" });
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="active" value={active ? "false" : "true"} />
      <p className="text-xs text-slate-500">{active ? t("deactivateHint") : t("reactivateHint")}</p>
      <FormMessage state={state} testId="account-status-outcome" />
      <SubmitButton
        variant="secondary"
        pendingLabel={active ? t("deactivating") : t("reactivating")}
        className={active ? "text-danger-700" : ""}
      >
        {active ? t("deactivate") : t("reactivate")}
      </SubmitButton>
    </form>
  );
}

/** A new temporary password, generated (shown once here) or typed. */
export function ResetPasswordForm({ id }: { id: number }) {
  const t = useTranslations("accounts.detail");
  const [state, action] = useActionState<AccountFormState, FormData>(resetPasswordAction, { status: "idle" });
  const form = "reset-password";
  return (
    <form action={action} className="space-y-3" noValidate>
      <input type="hidden" name="id" value={id} />
      <p className="text-xs text-slate-500">{t("resetHint")}</p>
      <PasswordChoice
        key={state.values?.passwordMode ?? "generate"}
        form={form}
        state={state}
        initialMode={state.values?.passwordMode}
      />
      <FormMessage state={state} testId={`${form}-outcome`} />
      {state.status === "ok" && state.account?.temporaryPassword ? (
        <TemporaryPassword password={state.account.temporaryPassword} />
      ) : null}
      <SubmitButton variant="secondary" pendingLabel={t("resetting")}>
        {t("reset")}
      </SubmitButton>
    </form>
  );
}

/** Removes a lost second factor (and its recovery codes); the user enrols again if the role requires it. */
export function ResetSecondFactorForm({ id }: { id: number }) {
  const t = useTranslations("accounts.detail");
  const [state, action] = useActionState<FormState, FormData>(resetSecondFactorAction, { status: "idle" });
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="id" value={id} />
      <p className="text-xs text-slate-500">{t("totpResetHint")}</p>
      <FormMessage state={state} testId="reset-totp-outcome" />
      <SubmitButton variant="secondary" pendingLabel={t("totpResetting")}>
        {t("totpReset")}
      </SubmitButton>
    </form>
  );
}
