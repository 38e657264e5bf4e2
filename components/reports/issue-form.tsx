"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Field, FormMessage, inputClass, invalidProps } from "@/components/ui/form";
import { SubmitButton } from "@/components/ui/submit-button";
import { idleState, type FormState } from "@/lib/actions/form-state";

/** The secretary's assessment, next steps, recipients and name; issuing freezes the figures. */
export function IssueForm({
  action,
  hidden,
  defaults,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  hidden: Record<string, string>;
  defaults: { recipients: string; signer: string };
}) {
  const t = useTranslations("reports.issue");
  const [state, formAction] = useActionState(action, idleState);
  const values = state.values ?? {};
  const area = (name: string, rows: number, defaultValue = "") => {
    const errors = state.fieldErrors?.[name];
    return (
      <Field name={name} label={t(name)} errors={errors} required>
        <textarea
          id={name}
          name={name}
          rows={rows}
          defaultValue={values[name] ?? defaultValue}
          className={inputClass}
          {...invalidProps(name, errors)}
        />
      </Field>
    );
  };
  return (
    <form
      action={formAction}
      className="no-print mx-auto mt-4 max-w-3xl space-y-3 rounded-lg border border-slate-200 bg-white p-4"
      noValidate
      data-testid="issue-form"
    >
      <h2 className="text-base font-semibold text-slate-900">{t("title")}</h2>
      <p className="text-sm text-slate-600">{t("hint")}</p>
      <FormMessage state={state} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {area("assessment", 5)}
      {area("nextSteps", 4)}
      {area("recipients", 3, defaults.recipients)}
      <Field name="signer" label={t("signer")} errors={state.fieldErrors?.signer} required>
        <input
          id="signer"
          name="signer"
          defaultValue={values.signer ?? defaults.signer}
          className={inputClass}
          {...invalidProps("signer", state.fieldErrors?.signer)}
        />
      </Field>
      <SubmitButton pendingLabel={t("pending")}>{t("submit")}</SubmitButton>
    </form>
  );
}
