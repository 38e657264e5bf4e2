"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FieldErrors, FormMessage, TextInput } from "@/components/ui/form";
import { SubmitButton } from "@/components/ui/submit-button";
import { idleState, type FormState } from "@/lib/actions/form-state";
import { closeDeskAction } from "@/lib/desks/actions";
import { counterFields, type Counters } from "@/lib/records/counters";

/** The results of a held desk in one form: they become its support record (channel "mobile desk"). */
export function CloseDeskForm({
  id,
  version,
  procedures,
  results,
}: {
  id: number;
  version: number;
  procedures: readonly { code: string; name: string }[];
  results: (Counters & { procedures: string[]; note: string | null }) | null;
}) {
  const t = useTranslations("desks");
  const tr = useTranslations("records.fields");
  const [state, action] = useActionState<FormState, FormData>(closeDeskAction, idleState);
  const echoed = state.values?.procedures;
  const ticked = new Set(echoed !== undefined ? echoed.split(",").filter(Boolean) : (results?.procedures ?? []));
  return (
    <form action={action} noValidate className="max-w-3xl space-y-4 p-4" aria-describedby="close-form-status">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <div className="grid grid-cols-4 gap-3">
        {counterFields.map((f) => (
          <TextInput
            key={f}
            state={state}
            name={f}
            label={tr(f)}
            defaultValue={results ? String(results[f]) : ""}
            required={f === "peopleServed"}
          />
        ))}
      </div>
      <fieldset>
        <legend className="block text-sm font-medium text-slate-700">{t("fields.procedures")}</legend>
        <div className="mt-1 grid grid-cols-3 gap-x-3 gap-y-0.5">
          {procedures.map((p) => (
            <label key={`${p.code}-${ticked.has(p.code)}`} className="flex items-center gap-2 text-sm text-slate-700">
              <input
                type="checkbox"
                name="procedures"
                value={p.code}
                defaultChecked={ticked.has(p.code)}
                className="h-4 w-4 rounded border-slate-300"
              />
              {p.name}
            </label>
          ))}
        </div>
        <FieldErrors name="procedures" errors={state.fieldErrors?.procedures} />
      </fieldset>
      <TextInput state={state} name="note" label={t("fields.note")} defaultValue={results?.note} />
      <FormMessage state={state} id="close-form-status" />
      <SubmitButton pendingLabel={t("actions.saving")}>{t("actions.save")}</SubmitButton>
    </form>
  );
}
