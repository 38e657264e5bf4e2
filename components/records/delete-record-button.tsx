"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { SubmitButton } from "@/components/ui/submit-button";
import { idleState } from "@/lib/actions/form-state";
import { deleteRecordAction } from "@/lib/records/actions";

/** Delete with a confirmation step in place: the first click asks, the second deletes. */
export function DeleteRecordButton({ id, version, returnTo }: { id: number; version: number; returnTo: string }) {
  const t = useTranslations("records.actions");
  const tAll = useTranslations();
  const [confirming, setConfirming] = useState(false);
  const [state, action] = useActionState(deleteRecordAction, idleState);

  if (!confirming) {
    return (
      <button
        type="button"
        onClick={() => setConfirming(true)}
        className="rounded px-2 py-0.5 text-xs text-danger-700 hover:bg-danger-50"
        aria-label={`${t("delete")} #${id}`}
      >
        {t("delete")}
      </button>
    );
  }
  return (
    <form
      action={action}
      className="inline-flex flex-wrap items-center gap-2"
      role="group"
      aria-label={t("confirmDelete", { id })}
    >
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="returnTo" value={returnTo} />
      <span className="text-xs text-slate-700">{t("confirmDelete", { id })}</span>
      <SubmitButton pendingLabel={t("deleting")} className="px-2! py-0.5! text-xs! bg-danger-500! hover:bg-danger-700!">
        {t("confirm")}
      </SubmitButton>
      <button
        type="button"
        autoFocus
        onClick={() => setConfirming(false)}
        className="rounded border border-slate-300 px-2 py-0.5 text-xs text-slate-700"
      >
        {t("cancel")}
      </button>
      <span aria-live="polite" className="text-xs text-danger-700">
        {state.status === "error" && state.message ? tAll(state.message) : null}
      </span>
    </form>
  );
}
