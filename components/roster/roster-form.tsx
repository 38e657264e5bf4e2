"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { Field, FormMessage, inputClass, invalidProps } from "@/components/ui/form";
import { SubmitButton } from "@/components/ui/submit-button";
import { idleState, type FormState } from "@/lib/actions/form-state";

// One roster form (generate, entry, leave, swap): fields described as data, each with its
// Vietnamese error beside it and the outcome in an aria-live region. Several share the manage
// page, so ids carry the form's name.

export interface RosterField {
  name: string;
  label: string;
  kind: "text" | "date" | "number" | "select" | "hidden";
  options?: { value: string; label: string }[];
  defaultValue?: string;
  required?: boolean;
}

export function RosterForm({
  id,
  action,
  fields,
  submit,
  variant,
}: {
  id: string;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  fields: RosterField[];
  submit: string;
  variant?: "primary" | "secondary";
}) {
  const t = useTranslations("roster");
  const [state, formAction] = useActionState(action, idleState);
  // Remount on every answer so selects come back with the echoed values (React resets forms).
  const [answers, setAnswers] = useState({ state, count: 0 });
  if (answers.state !== state) setAnswers({ state, count: answers.count + 1 });
  const value = (f: RosterField) => state.values?.[f.name] ?? f.defaultValue ?? "";
  return (
    <form action={formAction} noValidate className="space-y-2.5" data-testid={`${id}-form`} key={answers.count}>
      <FormMessage state={state} testId={`${id}-status`} />
      {fields.map((f) => {
        if (f.kind === "hidden") return <input key={f.name} type="hidden" name={f.name} value={f.defaultValue ?? ""} />;
        const inputId = `${id}-${f.name}`;
        const errors = state.fieldErrors?.[f.name];
        const aria = invalidProps(f.name, errors, { form: id });
        return (
          <Field
            key={f.name}
            compact
            form={id}
            name={f.name}
            inputId={inputId}
            label={f.label}
            errors={errors}
            required={f.required}
          >
            {f.kind === "select" ? (
              <select id={inputId} name={f.name} defaultValue={value(f)} className={inputClass} {...aria}>
                <option value="">{t("choose")}</option>
                {(f.options ?? []).map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            ) : (
              <input
                id={inputId}
                name={f.name}
                type={f.kind === "number" ? "text" : f.kind}
                inputMode={f.kind === "number" ? "numeric" : undefined}
                defaultValue={value(f)}
                className={`${inputClass} tabular`}
                {...aria}
              />
            )}
          </Field>
        );
      })}
      <SubmitButton pendingLabel={t("pending")} variant={variant}>
        {submit}
      </SubmitButton>
    </form>
  );
}
