"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/submit-button";
import { idleState, type FormState } from "@/lib/actions/form-state";
import { RecoveryCodes } from "./recovery-codes";

type CodeState = FormState & { recoveryCodes?: string[] };

/**
 * A one-button form for the second factor, optionally with a code field. When the action
 * answers with recovery codes they replace the form until the user says they are saved.
 */
export function CodeActionForm({
  action,
  id,
  codeLabel,
  numericOnly = true,
  submitLabel,
  pendingLabel,
  variant = "primary",
  doneMessage,
}: {
  action: (prev: CodeState, formData: FormData) => Promise<CodeState>;
  id: string;
  /** Without a label the form has no code field (just the button). */
  codeLabel?: string;
  numericOnly?: boolean;
  submitLabel: string;
  pendingLabel: string;
  variant?: "primary" | "secondary";
  doneMessage?: string;
}) {
  const t = useTranslations();
  const [state, formAction] = useActionState<CodeState, FormData>(action, idleState);
  if (state.status === "ok" && state.recoveryCodes) return <RecoveryCodes codes={state.recoveryCodes} />;
  const fieldError = state.fieldErrors?.code?.[0];
  const messageId = `${id}-message`;
  return (
    <form action={formAction} className="flex flex-wrap items-end gap-3" noValidate data-testid={id}>
      {codeLabel ? (
        <div>
          <label htmlFor={`${id}-code`} className="block text-sm font-medium text-slate-700">
            {codeLabel}
          </label>
          <input
            id={`${id}-code`}
            name="code"
            autoComplete="one-time-code"
            inputMode={numericOnly ? "numeric" : "text"}
            maxLength={numericOnly ? 7 : 32}
            required
            defaultValue={state.values?.code}
            aria-invalid={Boolean(fieldError)}
            aria-describedby={messageId}
            className="mt-1 block w-48 rounded-md border border-slate-300 px-3 py-2 font-mono text-sm tracking-widest shadow-sm focus:border-union-500 focus:ring-1 focus:ring-union-500 focus:outline-none"
          />
        </div>
      ) : null}
      <SubmitButton pendingLabel={pendingLabel} variant={variant}>
        {submitLabel}
      </SubmitButton>
      <div aria-live="polite" id={messageId} className="basis-full text-sm" data-testid={`${id}-message`}>
        {state.status === "error" ? (
          <p className="text-danger-700">{t(fieldError ?? state.message ?? "errors.unexpected")}</p>
        ) : state.status === "ok" && doneMessage ? (
          <p className="text-covered-700">{doneMessage}</p>
        ) : null}
      </div>
    </form>
  );
}
