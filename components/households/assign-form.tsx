"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormMessage, Select } from "@/components/ui/form";
import { SubmitButton } from "@/components/ui/submit-button";
import { idleState, type FormState } from "@/lib/actions/form-state";
import { assignHouseholdAction } from "@/lib/households/actions";

export function AssignForm({
  householdId,
  current,
  volunteers,
}: {
  householdId: number;
  current: number | null;
  volunteers: { id: number; name: string }[];
}) {
  const t = useTranslations("households");
  const [state, action] = useActionState<FormState, FormData>(assignHouseholdAction, idleState);
  return (
    <form action={action} className="space-y-3 p-4">
      <input type="hidden" name="id" value={householdId} />
      <Select
        state={state}
        name="assignedMemberId"
        label={t("fields.volunteer")}
        defaultValue={current?.toString()}
        emptyLabel={t("nobody")}
        options={volunteers.map((v) => ({ value: String(v.id), label: v.name }))}
      />
      <FormMessage state={state} id="assign-status" />
      <SubmitButton pendingLabel={t("assigning")}>{t("assign")}</SubmitButton>
    </form>
  );
}
