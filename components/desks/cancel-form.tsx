"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormMessage, TextInput } from "@/components/ui/form";
import { SubmitButton } from "@/components/ui/submit-button";
import { idleState, type FormState } from "@/lib/actions/form-state";
import { cancelDeskAction } from "@/lib/desks/actions";

/** Cancels a planned desk; the reason is required and shown on the plan. */
export function CancelDeskForm({ id, version }: { id: number; version: number }) {
  const t = useTranslations("desks");
  const [state, action] = useActionState<FormState, FormData>(cancelDeskAction, idleState);
  return (
    <form action={action} noValidate className="max-w-xl space-y-3 p-4" aria-describedby="cancel-form-status">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <TextInput state={state} name="reason" label={t("fields.reason")} required />
      <FormMessage state={state} id="cancel-form-status" />
      <SubmitButton pendingLabel={t("actions.saving")}>{t("actions.cancel")}</SubmitButton>
    </form>
  );
}
