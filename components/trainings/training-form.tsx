"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FieldErrors, FormMessage, TextInput } from "@/components/ui/form";
import { SubmitButton } from "@/components/ui/submit-button";
import { idleState, type FormState } from "@/lib/actions/form-state";
import { createTrainingAction } from "@/lib/trainings/actions";

/** `communeId`: the commune an admin picked (commune roles write into their own). */
export function TrainingForm({
  topics,
  members,
  communeId,
}: {
  topics: { code: string; name: string }[];
  members: { id: number; name: string }[];
  communeId?: number;
}) {
  const t = useTranslations("trainings");
  const tUi = useTranslations("fieldUi");
  const [state, action] = useActionState<FormState, FormData>(createTrainingAction, idleState);
  return (
    <form action={action} noValidate className="grid grid-cols-2 gap-4 p-4">
      {communeId ? <input type="hidden" name="communeId" value={communeId} /> : null}
      <TextInput state={state} name="heldOn" label={t("fields.heldOn")} placeholder={tUi("dateHint")} required />
      <TextInput state={state} name="place" label={t("fields.place")} />
      <div className="col-span-2">
        <TextInput state={state} name="title" label={t("fields.title")} required />
      </div>
      <fieldset className="col-span-2">
        <legend className="text-sm font-medium text-slate-700">
          {t("fields.topics")} <span className="text-danger-500">*</span>
        </legend>
        <div className="mt-1 grid grid-cols-2 gap-x-4 gap-y-1 lg:grid-cols-3">
          {topics.map((topic) => (
            <label key={topic.code} className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="topics" value={topic.code} className="h-4 w-4 rounded border-slate-300" />
              {topic.name}
            </label>
          ))}
        </div>
        <FieldErrors name="topics" errors={state.fieldErrors?.topics} />
      </fieldset>
      <fieldset className="col-span-2">
        <legend className="text-sm font-medium text-slate-700">{t("fields.attendees")}</legend>
        <div className="mt-1 grid max-h-64 grid-cols-2 gap-x-4 gap-y-1 overflow-y-auto rounded border border-slate-200 p-2 lg:grid-cols-4">
          {members.map((m) => (
            <label key={m.id} className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="memberIds" value={m.id} className="h-4 w-4 rounded border-slate-300" />
              {m.name}
            </label>
          ))}
        </div>
        <FieldErrors name="memberIds" errors={state.fieldErrors?.memberIds} />
      </fieldset>
      <div className="col-span-2 space-y-3">
        <FormMessage state={state} id="training-form-status" />
        <SubmitButton pendingLabel={tUi("saving")}>{tUi("save")}</SubmitButton>
      </div>
    </form>
  );
}
