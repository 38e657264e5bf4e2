"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form";
import { SubmitButton } from "@/components/ui/submit-button";
import { idleState, type FormState } from "@/lib/actions/form-state";
import { applyBalanceAction } from "@/lib/assignments/actions";

/** Applies the previewed proposal in one step; the fingerprint makes a stale preview a conflict. */
export function ApplyForm({
  cap,
  fingerprint,
  count,
  communeId,
}: {
  cap: number;
  fingerprint: string;
  count: string;
  communeId?: number;
}) {
  const t = useTranslations("assignments");
  const [state, action] = useActionState<FormState, FormData>(applyBalanceAction, idleState);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="cap" value={cap} />
      <input type="hidden" name="fingerprint" value={fingerprint} />
      {communeId ? <input type="hidden" name="communeId" value={communeId} /> : null}
      <FormMessage state={state} id="apply-status" />
      <div className="flex items-center gap-3">
        <SubmitButton pendingLabel={t("applying")}>{t("apply", { count })}</SubmitButton>
        <p className="text-xs text-slate-500">{t("applyNote")}</p>
      </div>
    </form>
  );
}
