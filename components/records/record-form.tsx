"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState, useEffect, useRef, useState } from "react";
import { Field, FormMessage, inputClass, invalidProps } from "@/components/ui/form";
import { SubmitButton } from "@/components/ui/submit-button";
import { idleState, type FormState } from "@/lib/actions/form-state";
import { createRecordAction, updateRecordAction } from "@/lib/records/actions";
import type { Channel } from "@/lib/records/schemas";
import type { EntryOptions, RecordFormValues } from "@/lib/records/types";
import { HouseholdCodeInput } from "./household-code-input";
import { CounterInputs, ProcedureChecks } from "./record-form-parts";

interface Props {
  mode: "create" | "edit";
  options: EntryOptions;
  initial: RecordFormValues;
  /** Channels this viewer may record (a center director: the center only). */
  channels: readonly Channel[];
  returnTo?: string;
  cancelHref?: string;
}

// Each answer of the action remounts the form, so its fields start from what the user typed
// (state.values) — selects included, which React's form reset would otherwise put back.
const generations = new WeakMap<FormState, number>();
let lastGeneration = 0;
function generationOf(state: FormState): number {
  let g = generations.get(state);
  if (g === undefined) generations.set(state, (g = ++lastGeneration));
  return g;
}

export function RecordForm(props: Props) {
  const [state, action] = useActionState(props.mode === "create" ? createRecordAction : updateRecordAction, idleState);
  return <RecordFormBody key={generationOf(state)} {...props} state={state} action={action} />;
}

/** What the form shows: the user's last input after an error, else the initial values. */
function valuesFrom(state: FormState, initial: RecordFormValues): RecordFormValues {
  const v = state.values;
  if (!v) return initial;
  return {
    id: initial.id,
    version: initial.version,
    servedOn: v.servedOn ?? "",
    channel: (v.channel as Channel) ?? "",
    villageId: v.villageId ?? "",
    householdCode: v.householdCode ?? "",
    memberId: v.memberId ?? "",
    mobileDeskId: v.mobileDeskId ?? "",
    procedures: (v.procedures ?? "").split(",").filter(Boolean),
    counters: Object.fromEntries(Object.keys(initial.counters).map((k) => [k, v[k] ?? ""])),
    note: v.note ?? "",
  };
}

function RecordFormBody({
  mode,
  options,
  initial,
  channels,
  returnTo,
  cancelHref,
  state,
  action,
}: Props & { state: FormState; action: (formData: FormData) => void }) {
  const t = useTranslations("records");
  const locale = useLocale();
  const values = valuesFrom(state, initial);
  const errors = state.fieldErrors ?? {};
  const formRef = useRef<HTMLFormElement>(null);
  const dateRef = useRef<HTMLInputElement>(null);
  const villageRef = useRef<HTMLSelectElement>(null);
  const [channel, setChannel] = useState<string>(values.channel);
  const [villageId, setVillageId] = useState<string>(values.villageId);
  const [servedOn, setServedOn] = useState<string>(values.servedOn);

  // After an error, the first marked field takes the focus; otherwise the first field does,
  // its text selected so the next paper form's date can be typed straight over it.
  useEffect(() => {
    const invalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    const target = invalid ?? dateRef.current;
    target?.focus();
    if (!invalid) dateRef.current?.select();
  }, []);

  // Enter saves from any field (selects and checkboxes included), as on a paper-form clerk's keyboard.
  const onKeyDown = (event: React.KeyboardEvent<HTMLFormElement>) => {
    const target = event.target as HTMLElement;
    if (
      event.key !== "Enter" ||
      event.nativeEvent.isComposing ||
      target.tagName === "BUTTON" ||
      target.tagName === "TEXTAREA"
    )
      return;
    event.preventDefault();
    formRef.current?.requestSubmit();
  };

  const isoDay = toIso(servedOn);
  const desks = options.desks.filter((d) => String(d.villageId) === villageId && (!isoDay || d.day === isoDay));
  const villageName = (id: number) => options.villages.find((v) => v.id === id)?.name ?? "";

  return (
    <form
      ref={formRef}
      action={action}
      onKeyDown={onKeyDown}
      noValidate
      className="space-y-3"
      data-testid="record-form"
      aria-label={t("title")}
    >
      {values.id ? <input type="hidden" name="id" value={values.id} /> : null}
      {values.version ? <input type="hidden" name="version" value={values.version} /> : null}
      {returnTo ? <input type="hidden" name="returnTo" value={returnTo} /> : null}

      <div className="flex flex-wrap items-start gap-3 [&>*]:min-w-0">
        <Field compact name="servedOn" label={t("fields.servedOn")} errors={errors.servedOn} className="w-32">
          <input
            ref={dateRef}
            id="servedOn"
            name="servedOn"
            defaultValue={values.servedOn}
            onChange={(e) => setServedOn(e.target.value)}
            onFocus={(e) => e.target.select()}
            placeholder={t("fields.servedOnHint")}
            inputMode="numeric"
            autoComplete="off"
            className={`${inputClass} tabular`}
            {...invalidProps("servedOn", errors.servedOn)}
          />
        </Field>
        <Field compact name="channel" label={t("fields.channel")} errors={errors.channel} className="w-44">
          <select
            id="channel"
            name="channel"
            defaultValue={values.channel}
            onChange={(e) => setChannel(e.target.value)}
            className={inputClass}
            {...invalidProps("channel", errors.channel)}
          >
            {channels.length > 1 ? <option value="">{t("choose.channel")}</option> : null}
            {channels.map((c) => (
              <option key={c} value={c}>
                {t(`channels.${c}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field
          compact
          name="villageId"
          label={t("fields.village")}
          errors={errors.villageId}
          className="min-w-56 flex-1"
        >
          <select
            ref={villageRef}
            id="villageId"
            name="villageId"
            defaultValue={values.villageId}
            onChange={(e) => setVillageId(e.target.value)}
            className={inputClass}
            {...invalidProps("villageId", errors.villageId)}
          >
            <option value="">{t("choose.village")}</option>
            {options.villages.map((v) => (
              <option key={v.id} value={v.id}>
                {v.name}
                {v.formerCommune ? ` (${v.formerCommune} cũ)` : ""}
              </option>
            ))}
          </select>
        </Field>
        <HouseholdCodeInput
          defaultValue={values.householdCode}
          errors={errors.householdCode}
          villageName={villageName}
          onFound={(found) => {
            // Picking a household pre-selects its village.
            if (villageRef.current && options.villages.some((v) => v.id === found.villageId)) {
              villageRef.current.value = String(found.villageId);
              setVillageId(String(found.villageId));
            }
          }}
        />
        <Field
          compact
          name="memberId"
          label={t("fields.volunteer")}
          errors={errors.memberId}
          className="min-w-56 flex-1"
        >
          <select
            id="memberId"
            name="memberId"
            defaultValue={values.memberId}
            className={inputClass}
            {...invalidProps("memberId", errors.memberId)}
          >
            <option value="">{t("choose.volunteer")}</option>
            {options.members.map((m) => (
              <option key={m.id} value={m.id}>
                {m.fullName}
              </option>
            ))}
          </select>
        </Field>
        {channel === "mobile_desk" ? (
          <Field
            compact
            name="mobileDeskId"
            label={t("fields.mobileDesk")}
            errors={errors.mobileDeskId}
            className="min-w-48 flex-1"
          >
            <select
              id="mobileDeskId"
              name="mobileDeskId"
              defaultValue={values.mobileDeskId}
              className={inputClass}
              {...invalidProps("mobileDeskId", errors.mobileDeskId)}
            >
              <option value="">{t("choose.desk")}</option>
              {desks.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.place}
                </option>
              ))}
            </select>
          </Field>
        ) : null}
      </div>

      <CounterInputs values={values.counters} errors={errors} />
      <ProcedureChecks
        procedures={options.procedures}
        checked={values.procedures}
        errors={errors.procedures}
        locale={locale}
      />

      <div className="flex flex-wrap items-end gap-3">
        <Field compact name="note" label={t("fields.note")} errors={errors.note} className="min-w-64 flex-1">
          <input
            id="note"
            name="note"
            defaultValue={values.note}
            maxLength={500}
            autoComplete="off"
            className={inputClass}
            {...invalidProps("note", errors.note)}
          />
        </Field>
        <SubmitButton pendingLabel={t("actions.saving")}>
          {mode === "create" ? t("actions.save") : t("actions.saveChanges")}
        </SubmitButton>
        {cancelHref ? (
          <a
            href={cancelHref}
            className="rounded-md border border-slate-300 px-4 py-2 text-sm text-slate-700 hover:bg-slate-50"
          >
            {t("actions.cancel")}
          </a>
        ) : null}
      </div>

      <FormMessage state={state} testId="form-error" />
    </form>
  );
}

function toIso(text: string): string | null {
  const m = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(text);
  return m ? `${m[3]}-${m[2]!.padStart(2, "0")}-${m[1]!.padStart(2, "0")}` : null;
}
