"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Checkbox, FormMessage } from "@/components/ui/form";
import { SubmitButton } from "@/components/ui/submit-button";
import { idleState, type FormState } from "@/lib/actions/form-state";
import { assignCivilServantsAction } from "@/lib/desks/actions";
import { PeoplePicker } from "./desk-form";
import type { Person } from "./types";

/** The center director's form: which civil servants go out with a planned desk. */
export function StaffForm({
  id,
  version,
  civilServants,
  initial,
}: {
  id: number;
  version: number;
  civilServants: readonly Person[];
  initial: readonly number[];
}) {
  const t = useTranslations("desks");
  const [state, action] = useActionState<FormState, FormData>(assignCivilServantsAction, idleState);
  return (
    <form action={action} noValidate className="space-y-3 p-4" aria-describedby="staff-form-status">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <p className="text-xs text-slate-500">{t("staffHint")}</p>
      <PeoplePicker
        state={state}
        name="civilServantIds"
        label={t("fields.civilServants")}
        people={civilServants}
        initial={initial}
      />
      <Checkbox state={state} name="acceptWarnings" label={t("fields.acceptWarnings")} />
      <FormMessage state={state} id="staff-form-status" />
      <SubmitButton pendingLabel={t("actions.saving")}>{t("actions.save")}</SubmitButton>
    </form>
  );
}
