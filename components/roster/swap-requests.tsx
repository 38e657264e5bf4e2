"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Field, FormMessage, inputClass, invalidProps } from "@/components/ui/form";
import { SubmitButton } from "@/components/ui/submit-button";
import { idleState, type FormState } from "@/lib/actions/form-state";

// The center's swap proposals beside the roster: pending ones first (the director accepts or
// declines with a note, the proposer may withdraw), then the latest decided ones with their
// status. One list keyed by id, so a proposal's answer stays shown when it moves to "decided".

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

export interface SwapRequestView {
  id: number;
  version: number;
  status: "pending" | "accepted" | "declined" | "withdrawn";
  /** Each duty as "day · shift · member", the members as proposed. */
  first: string;
  second: string;
  reason: string;
  note: string | null;
  proposedBy: string;
  decidedBy: string | null;
  /** An entry changed since the proposal: accepting it would be refused. */
  stale: boolean;
  /** The viewer proposed it (may withdraw while pending). */
  mine: boolean;
}

const statusLook: Record<SwapRequestView["status"], string> = {
  pending: "bg-amber-100 text-amber-800",
  accepted: "bg-covered-50 text-covered-700",
  declined: "bg-danger-50 text-danger-700",
  withdrawn: "bg-slate-100 text-slate-600",
};

export function SwapRequestList({
  requests,
  canDecide,
  accept,
  decline,
  withdraw,
}: {
  requests: SwapRequestView[];
  canDecide: boolean;
  accept: Action;
  decline: Action;
  withdraw: Action;
}) {
  const t = useTranslations("roster.swapRequests");
  if (requests.length === 0) return <p className="p-3 text-sm text-slate-500">{t("none")}</p>;
  return (
    <ul className="divide-y divide-slate-100">
      {requests.map((r) => (
        <SwapRequestItem
          key={r.id}
          request={r}
          canDecide={canDecide}
          accept={accept}
          decline={decline}
          withdraw={withdraw}
        />
      ))}
    </ul>
  );
}

function SwapRequestItem({
  request: r,
  canDecide,
  accept,
  decline,
  withdraw,
}: {
  request: SwapRequestView;
  canDecide: boolean;
  accept: Action;
  decline: Action;
  withdraw: Action;
}) {
  const t = useTranslations("roster.swapRequests");
  const [accepted, acceptAction] = useActionState(accept, idleState);
  const [declined, declineAction] = useActionState(decline, idleState);
  const [withdrawn, withdrawAction] = useActionState(withdraw, idleState);
  const form = `decline-${r.id}`;
  const noteErrors = declined.fieldErrors?.note;
  const ref = (
    <>
      <input type="hidden" name="id" value={r.id} />
      <input type="hidden" name="version" value={r.version} />
    </>
  );
  return (
    <li className="space-y-1.5 p-3 text-sm" data-testid="swap-request" data-status={r.status} data-id={r.id}>
      <div className="flex items-center justify-between gap-2">
        <span
          className={`shrink-0 rounded px-1.5 py-0.5 text-xs font-medium whitespace-nowrap ${statusLook[r.status]}`}
        >
          {t(`statuses.${r.status}`)}
        </span>
        <span className="text-right text-xs text-slate-500">{r.proposedBy}</span>
      </div>
      <p className="tabular" data-testid="swap-request-pair">
        <span className="block">{r.first}</span>
        <span className="block text-slate-400" aria-hidden>
          ⇅
        </span>
        <span className="block">{r.second}</span>
      </p>
      <p className="text-xs text-slate-600">{t("reasonLabel", { reason: r.reason })}</p>
      {r.note ? <p className="text-xs text-slate-600">{t("noteLabel", { note: r.note })}</p> : null}
      {r.decidedBy ? <p className="text-xs text-slate-500">{r.decidedBy}</p> : null}
      <FormMessage state={accepted} testId={`accept-${r.id}-status`} />
      <FormMessage state={declined} testId={`decline-${r.id}-status`} />
      <FormMessage state={withdrawn} testId={`withdraw-${r.id}-status`} />
      {r.status === "pending" && canDecide ? (
        <div className="space-y-2 pt-1">
          {r.stale ? <p className="text-xs text-danger-700">{t("staleHint")}</p> : null}
          <form action={acceptAction} data-testid={`accept-${r.id}-form`}>
            {ref}
            <SubmitButton pendingLabel="…" className="w-full">
              {t("accept")}
            </SubmitButton>
          </form>
          <form action={declineAction} noValidate className="space-y-1.5" data-testid={`${form}-form`}>
            {ref}
            <Field compact form={form} name="note" inputId={`${form}-note`} label={t("note")} errors={noteErrors}>
              <input
                id={`${form}-note`}
                name="note"
                defaultValue={declined.values?.note ?? ""}
                maxLength={500}
                className={inputClass}
                {...invalidProps("note", noteErrors, { form })}
              />
            </Field>
            <SubmitButton pendingLabel="…" variant="secondary" className="w-full">
              {t("decline")}
            </SubmitButton>
          </form>
        </div>
      ) : null}
      {r.status === "pending" && r.mine ? (
        <form action={withdrawAction} data-testid={`withdraw-${r.id}-form`}>
          {ref}
          <SubmitButton pendingLabel="…" variant="secondary" className="w-full">
            {t("withdraw")}
          </SubmitButton>
        </form>
      ) : null}
    </li>
  );
}
