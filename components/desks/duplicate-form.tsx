"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Checkbox, FormMessage, TextInput } from "@/components/ui/form";
import { SubmitButton } from "@/components/ui/submit-button";
import { idleState, type FormState } from "@/lib/actions/form-state";
import { duplicateDeskAction } from "@/lib/desks/actions";

/** Copies a desk (village, hours, place, staff) onto another day; the copy is checked like a new desk. */
export function DuplicateDeskForm({ id }: { id: number }) {
  const t = useTranslations("desks");
  const [state, action] = useActionState<FormState, FormData>(duplicateDeskAction, idleState);
  return (
    <form
      action={action}
      noValidate
      className="flex flex-wrap items-end gap-3"
      aria-describedby="duplicate-form-status"
    >
      <input type="hidden" name="id" value={id} />
      <TextInput state={state} name="day" label={`${t("fields.newDay")} (${t("fields.dayHint")})`} required />
      <Checkbox state={state} name="acceptWarnings" label={t("fields.acceptWarnings")} />
      <SubmitButton variant="secondary" pendingLabel={t("actions.saving")}>
        {t("actions.duplicate")}
      </SubmitButton>
      <div className="basis-full">
        <FormMessage state={state} id="duplicate-form-status" />
      </div>
    </form>
  );
}
