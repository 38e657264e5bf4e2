"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
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
  const tRoot = useTranslations();
  const [state, formAction] = useActionState(action, idleState);
  const values = { ...initial, ...state.values };
  const [communeId, setCommuneId] = useState(values.communeId ?? "");
  const formers = areas.find((a) => String(a.id) === communeId)?.formers ?? [];
  const errorOf = (field: string) => state.fieldErrors?.[field]?.map((k) => tRoot(k)).join(" ");
  const field = "mt-0.5 block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm aria-[invalid=true]:border-danger-500";
  const described = (name: string) => (errorOf(name) ? { "aria-invalid": true, "aria-describedby": `${name}-error` } : {});
  const error = (name: string) =>
    errorOf(name) ? (
      <span id={`${name}-error`} className="mt-0.5 block text-xs text-danger-700">
        {errorOf(name)}
      </span>
    ) : null;
  // React resets a form after its action runs, and a <select> resets to the option it mounted
  // with: remounting on every answer makes the echoed values (or, after a save, the blank form)
  // the ones the fields come back with.
  const [answers, setAnswers] = useState({ state, count: 0 });
  if (answers.state !== state) setAnswers({ state, count: answers.count + 1 });
  return (
    <form action={formAction} className="grid grid-cols-2 gap-x-3 gap-y-2.5" noValidate data-testid="target-form" key={answers.count}>
      {values.id ? <input type="hidden" name="id" value={values.id} /> : null}
      {values.version ? <input type="hidden" name="version" value={values.version} /> : null}
      <div className="col-span-2" aria-live="polite" data-testid="target-form-status">
        {state.status === "error" && state.message ? (
          <p className="rounded-md bg-danger-50 px-3 py-2 text-sm text-danger-700">{tRoot(state.message)}</p>
        ) : state.status === "ok" ? (
          <p className="rounded-md bg-covered-50 px-3 py-2 text-sm text-covered-700">{t("saved")}</p>
        ) : null}
      </div>
      <div className="text-xs font-medium text-slate-600">
        <label htmlFor="target-communeId">{t("commune")}</label>
        <select id="target-communeId" name="communeId" value={communeId} onChange={(e) => setCommuneId(e.target.value)} className={field} {...described("communeId")}>
          <option value="">{t("choose")}</option>
          {areas.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </select>
        {error("communeId")}
      </div>
      <div className="text-xs font-medium text-slate-600">
        <label htmlFor="target-formerCommuneId">{t("former")}</label>
        <select id="target-formerCommuneId" name="formerCommuneId" defaultValue={values.formerCommuneId ?? ""} className={field} {...described("formerCommuneId")}>
          <option value="">{t("wholeCommune")}</option>
          {formers.map((f) => (
            <option key={f.id} value={f.id}>
              {f.name}
            </option>
          ))}
        </select>
        {error("formerCommuneId")}
      </div>
      <div className="text-xs font-medium text-slate-600">
        <label htmlFor="target-indicator">{t("indicator")}</label>
        <select id="target-indicator" name="indicator" defaultValue={values.indicator ?? ""} className={field} {...described("indicator")}>
          <option value="">{t("choose")}</option>
          {indicators.map((i) => (
            <option key={i} value={i}>
              {t(`indicators.${i}`)}
            </option>
          ))}
        </select>
        {error("indicator")}
      </div>
      <div className="text-xs font-medium text-slate-600">
        <label htmlFor="target-targetValue">{t("value")}</label>
        <input id="target-targetValue" name="targetValue" inputMode="decimal" defaultValue={values.targetValue ?? ""} className={`${field} tabular`} {...described("targetValue")} />
        {error("targetValue")}
      </div>
      <div className="text-xs font-medium text-slate-600">
        <label htmlFor="target-startsOn">{t("startsOn")}</label>
        <input id="target-startsOn" name="startsOn" placeholder="dd/mm/yyyy" defaultValue={values.startsOn ?? ""} className={`${field} tabular`} {...described("startsOn")} />
        {error("startsOn")}
      </div>
      <div className="text-xs font-medium text-slate-600">
        <label htmlFor="target-dueOn">{t("dueOn")}</label>
        <input id="target-dueOn" name="dueOn" placeholder="dd/mm/yyyy" defaultValue={values.dueOn ?? ""} className={`${field} tabular`} {...described("dueOn")} />
        {error("dueOn")}
      </div>
      <div className="col-span-2 text-xs font-medium text-slate-600">
        <label htmlFor="target-note">{t("note")}</label>
        <input id="target-note" name="note" defaultValue={values.note ?? ""} className={field} {...described("note")} />
        {error("note")}
      </div>
      <div className="col-span-2">
        <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
      </div>
    </form>
  );
}
