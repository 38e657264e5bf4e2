"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form";
import { SubmitButton } from "@/components/ui/submit-button";
import { idleState, type FormState } from "@/lib/actions/form-state";
import { setMemberActiveAction } from "@/lib/members/actions";

/** Deactivate (or reactivate) a member; deactivating leads to the balancer's proposal. */
export function MemberStatusForm({ id, active, households }: { id: number; active: boolean; households: number }) {
  const t = useTranslations("members");
  const [state, action] = useActionState<FormState, FormData>(setMemberActiveAction, idleState);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="active" value={active ? "false" : "true"} />
      {active && households > 0 ? <p className="text-xs text-slate-500">{t("deactivateHint")}</p> : null}
      <SubmitButton variant="secondary" pendingLabel={t("deactivating")}>
        {active ? t("deactivate") : t("reactivate")}
      </SubmitButton>
      <FormMessage state={state} id={`member-status-${id}`} />
    </form>
  );
}
