"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { Field, FormMessage, inputClass, invalidProps } from "@/components/ui/form";
import { SubmitButton } from "@/components/ui/submit-button";
import { idleState, type FormState } from "@/lib/actions/form-state";

export interface TargetFormArea {
  id: number;
  name: string;
  formers: { id: number; name: string }[];
}

/** Create or edit one target. Errors sit next to their field and in an aria-live summary. */
export function TargetForm({
  action,
  areas,
  indicators,
  initial,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  areas: TargetFormArea[];
  indicators: readonly string[];
  initial?: Record<string, string>;
}) {
  const t = useTranslations("targets");
  const [state, formAction] = useActionState(action, idleState);
  const values = { ...initial, ...state.values };
  const [communeId, setCommuneId] = useState(values.communeId ?? "");
  const formers = areas.find((a) => String(a.id) === communeId)?.formers ?? [];
  const errorsOf = (name: string) => state.fieldErrors?.[name];
  // React resets a form after its action runs, and a <select> resets to the option it mounted
  // with: remounting on every answer makes the echoed values (or, after a save, the blank form)
  // the ones the fields come back with.
  const [answers, setAnswers] = useState({ state, count: 0 });
  if (answers.state !== state) setAnswers({ state, count: answers.count + 1 });
  return (
    <form
      action={formAction}
      className="grid grid-cols-2 gap-x-3 gap-y-2.5"
      noValidate
      data-testid="target-form"
      key={answers.count}
    >
      {values.id ? <input type="hidden" name="id" value={values.id} /> : null}
      {values.version ? <input type="hidden" name="version" value={values.version} /> : null}
      <div className="col-span-2">
        <FormMessage state={state} testId="target-form-status" />
      </div>
      <Field compact name="communeId" inputId="target-communeId" label={t("commune")} errors={errorsOf("communeId")}>
        <select
          id="target-communeId"
          name="communeId"
          value={communeId}
          onChange={(e) => setCommuneId(e.target.value)}
          className={inputClass}
          {...invalidProps("communeId", errorsOf("communeId"))}
        >
          <option value="">{t("choose")}</option>
          {areas.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </select>
      </Field>
      <Field
        compact
        name="formerCommuneId"
        inputId="target-formerCommuneId"
        label={t("former")}
        errors={errorsOf("formerCommuneId")}
      >
        <select
          id="target-formerCommuneId"
          name="formerCommuneId"
          defaultValue={values.formerCommuneId ?? ""}
          className={inputClass}
          {...invalidProps("formerCommuneId", errorsOf("formerCommuneId"))}
        >
          <option value="">{t("wholeCommune")}</option>
          {formers.map((f) => (
            <option key={f.id} value={f.id}>
              {f.name}
            </option>
          ))}
        </select>
      </Field>
      <Field compact name="indicator" inputId="target-indicator" label={t("indicator")} errors={errorsOf("indicator")}>
        <select
          id="target-indicator"
          name="indicator"
          defaultValue={values.indicator ?? ""}
          className={inputClass}
          {...invalidProps("indicator", errorsOf("indicator"))}
        >
          <option value="">{t("choose")}</option>
          {indicators.map((i) => (
            <option key={i} value={i}>
              {t(`indicators.${i}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field
        compact
        name="targetValue"
        inputId="target-targetValue"
        label={t("value")}
        errors={errorsOf("targetValue")}
      >
        <input
          id="target-targetValue"
          name="targetValue"
          inputMode="decimal"
          defaultValue={values.targetValue ?? ""}
          className={`${inputClass} tabular`}
          {...invalidProps("targetValue", errorsOf("targetValue"))}
        />
      </Field>
      <Field compact name="startsOn" inputId="target-startsOn" label={t("startsOn")} errors={errorsOf("startsOn")}>
        <input
          id="target-startsOn"
          name="startsOn"
          placeholder="dd/mm/yyyy"
          defaultValue={values.startsOn ?? ""}
          className={`${inputClass} tabular`}
          {...invalidProps("startsOn", errorsOf("startsOn"))}
        />
      </Field>
      <Field compact name="dueOn" inputId="target-dueOn" label={t("dueOn")} errors={errorsOf("dueOn")}>
        <input
          id="target-dueOn"
          name="dueOn"
          placeholder="dd/mm/yyyy"
          defaultValue={values.dueOn ?? ""}
          className={`${inputClass} tabular`}
          {...invalidProps("dueOn", errorsOf("dueOn"))}
        />
      </Field>
      <Field
        compact
        name="note"
        inputId="target-note"
        label={t("note")}
        errors={errorsOf("note")}
        className="col-span-2"
      >
        <input
          id="target-note"
          name="note"
          defaultValue={values.note ?? ""}
          className={inputClass}
          {...invalidProps("note", errorsOf("note"))}
        />
      </Field>
      <div className="col-span-2">
        <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
      </div>
    </form>
  );
}
