"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { useFormStatus } from "react-dom";
import {
  Checkbox,
  FieldErrors,
  FormMessage,
  Select,
  TextInput,
  inputClass,
  invalidProps,
  labelClass,
} from "@/components/ui/form";
import { idleState, type FormState } from "@/lib/actions/form-state";
import { createDeskSeriesAction, previewDeskSeriesAction } from "@/lib/desks/actions";
import type { SeriesPreview } from "@/lib/desks/series-commands";
import { formatDate } from "@/lib/i18n/format";
import { useConflictText } from "./conflict-list";
import { PeoplePicker } from "./desk-form";
import type { Person } from "./types";

// The recurring-series form: the single desk's fields plus the rule. "List the days" asks the
// server for the rule's days and each day's conflicts (nothing saved); the user unticks days,
// accepts warnings with one tick, and "Save" creates the ticked days in one transaction.

type SeriesState = FormState & {
  preview?: SeriesPreview;
  /** Which button produced this state: a new list ticks every day, a failed save echoes the ticks. */
  from?: "preview" | "save";
};

/** The submitted form as echoed values (checkbox groups joined by commas), as the kit reads them. */
function valuesOf(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue;
    values[key] = formData
      .getAll(key)
      .filter((v) => typeof v === "string")
      .join(",");
  }
  return values;
}

async function submit(prev: SeriesState, formData: FormData): Promise<SeriesState> {
  if (formData.get("intent") === "save") {
    // Success redirects to the plan; on error the list stays, with the problem beside its day.
    const saved = await createDeskSeriesAction(prev, formData);
    return { ...saved, preview: prev.preview, from: "save" };
  }
  const listed = await previewDeskSeriesAction(prev, formData);
  // Keep what the user typed: React resets the form after its action.
  return { ...listed, values: listed.values ?? valuesOf(formData), from: "preview" };
}

function IntentButton({
  intent,
  label,
  pendingLabel,
  primary,
}: {
  intent: "preview" | "save";
  label: string;
  pendingLabel: string;
  primary?: boolean;
}) {
  const { pending } = useFormStatus();
  const look = primary
    ? "bg-union-600 text-white hover:bg-union-700 disabled:bg-union-300"
    : "border border-slate-300 bg-white text-slate-700 hover:bg-slate-50 disabled:text-slate-400";
  return (
    <button
      type="submit"
      name="intent"
      value={intent}
      disabled={pending}
      aria-disabled={pending}
      className={`inline-flex items-center justify-center rounded-md px-4 py-2 text-sm font-medium shadow-sm transition ${look}`}
    >
      {pending ? pendingLabel : label}
    </button>
  );
}

export function SeriesForm({
  villages,
  volunteers,
  civilServants,
  communeId,
  defaults,
}: {
  villages: readonly { id: number; name: string }[];
  volunteers: readonly Person[];
  civilServants: readonly Person[];
  /** The admin's chosen commune, sent back so the plan opens on it after saving. */
  communeId?: number;
  defaults: { startDay: string; villageId?: number };
}) {
  const t = useTranslations("desks");
  const s = useTranslations("desks.series");
  const conflictText = useConflictText();
  const [state, action] = useActionState<SeriesState, FormData>(submit, idleState);
  // The state the user changed the form after: its list no longer matches what would be saved.
  const [staleAfter, setStaleAfter] = useState<SeriesState | null>(null);
  const stale = staleAfter === state;
  const echoedRule = state.values?.rule ?? "biweekly";
  // Only which fields to show (the occurrence in the month for "monthly"); the select sends the rule.
  const [rule, setRule] = useState(echoedRule);
  const weekdays = t.raw("weekdays") as string[];
  const weekdayName = (iso: string) => weekdays[(new Date(`${iso}T00:00:00Z`).getUTCDay() + 6) % 7];
  const preview = state.preview;
  const echoedDays = state.from === "save" ? state.values?.days?.split(",").filter(Boolean) : undefined;
  // A new list ticks every day but those with a hard conflict; a failed save keeps the user's ticks.
  const ticked = (day: string, hard: boolean) => (echoedDays ? echoedDays.includes(day) : !hard);

  return (
    <form
      action={action}
      noValidate
      onChange={(event) => {
        const target = event.target;
        const name = "name" in target && typeof target.name === "string" ? target.name : "";
        if (preview && name !== "days" && name !== "acceptWarnings") setStaleAfter(state);
      }}
      className="grid max-w-3xl grid-cols-2 gap-4 p-4"
      aria-describedby="series-form-status"
    >
      {communeId ? <input type="hidden" name="commune" value={communeId} /> : null}
      <p className="col-span-2 text-sm text-slate-600">{s("intro")}</p>
      <fieldset className="col-span-2 grid grid-cols-2 gap-4 rounded-md border border-slate-200 p-3">
        <legend className="px-1 text-sm font-semibold text-slate-800">{s("deskLegend")}</legend>
        <div className="col-span-2">
          <Select
            state={state}
            name="villageId"
            label={t("fields.village")}
            required
            defaultValue={String(defaults.villageId ?? "")}
            emptyLabel=""
            options={villages.map((v) => ({ value: String(v.id), label: v.name }))}
          />
        </div>
        <TextInput state={state} name="startTime" label={t("fields.startTime")} defaultValue="07:30" required />
        <TextInput state={state} name="endTime" label={t("fields.endTime")} defaultValue="11:30" required />
        <div className="col-span-2">
          <TextInput
            state={state}
            name="place"
            label={t("fields.place")}
            placeholder={t("fields.placeHint")}
            required
          />
        </div>
        <PeoplePicker
          state={state}
          name="volunteerIds"
          label={t("fields.volunteers")}
          people={volunteers}
          initial={[]}
        />
        <PeoplePicker
          state={state}
          name="civilServantIds"
          label={t("fields.civilServants")}
          people={civilServants}
          initial={[]}
        />
        <div className="col-span-2">
          <TextInput state={state} name="note" label={t("fields.note")} />
        </div>
      </fieldset>

      <fieldset className="col-span-2 grid grid-cols-2 gap-4 rounded-md border border-slate-200 p-3">
        <legend className="px-1 text-sm font-semibold text-slate-800">{s("recurrenceLegend")}</legend>
        <div>
          <label htmlFor="rule" className={labelClass}>
            {s("fields.rule")}
          </label>
          {/* Uncontrolled like the kit's selects: React resets the form after its action, and
              keying on the echoed value re-selects it (a controlled select would show the reset). */}
          <select
            key={echoedRule}
            id="rule"
            name="rule"
            defaultValue={echoedRule}
            onChange={(e) => setRule(e.target.value)}
            className={inputClass}
            {...invalidProps("rule", state.fieldErrors?.rule)}
          >
            {(["weekly", "biweekly", "monthly"] as const).map((r) => (
              <option key={r} value={r}>
                {s(`rules.${r}`)}
              </option>
            ))}
          </select>
          <FieldErrors name="rule" errors={state.fieldErrors?.rule} />
        </div>
        <Select
          state={state}
          name="weekday"
          label={s("fields.weekday")}
          defaultValue="6"
          options={weekdays.map((label, i) => ({ value: String((i + 1) % 7), label }))}
        />
        {rule === "monthly" ? (
          <Select
            state={state}
            name="nth"
            label={s("fields.nth")}
            defaultValue="2"
            options={(["1", "2", "3", "4", "-1"] as const).map((n) => ({ value: n, label: s(`ordinals.${n}`) }))}
          />
        ) : null}
        <TextInput
          state={state}
          name="startDay"
          label={`${s("fields.startDay")} (${t("fields.dayHint")})`}
          defaultValue={defaults.startDay}
          required
        />
        <Select
          state={state}
          name="months"
          label={s("fields.months")}
          defaultValue="3"
          options={[1, 2, 3, 4, 5, 6].map((n) => ({ value: String(n), label: s("monthsOption", { count: n }) }))}
        />
        <TextInput state={state} name="until" label={`${s("fields.until")} (${t("fields.dayHint")})`} />
        <div className="col-span-2">
          <IntentButton intent="preview" label={s("preview")} pendingLabel={s("previewing")} primary={!preview} />
        </div>
      </fieldset>

      {preview ? (
        <section className="col-span-2 space-y-3" aria-labelledby="series-days-title" data-testid="series-days">
          <h2 id="series-days-title" className="text-sm font-semibold text-slate-800">
            {s("daysTitle", { count: preview.days.length, village: preview.villageName })}
          </h2>
          <p className="text-xs text-slate-600">{s("daysHint")}</p>
          {preview.capped ? <p className="text-xs text-gap-700">{s("capped", { max: preview.days.length })}</p> : null}
          <fieldset className="min-w-0" {...invalidProps("days", state.fieldErrors?.days)}>
            <legend className="sr-only">
              {s("daysTitle", { count: preview.days.length, village: preview.villageName })}
            </legend>
            <ul className="divide-y divide-slate-100 rounded-md border border-slate-200">
              {preview.days.map(({ day, conflicts }) => {
                const hard = conflicts.some((c) => c.severity === "hard");
                const errors = state.fieldErrors?.[`day-${day}`];
                return (
                  <li key={day} className="px-3 py-2" data-testid={`series-day-${day}`}>
                    <label className="flex items-center gap-2 text-sm text-slate-800">
                      <input
                        key={`${day}-${ticked(day, hard)}-${state.from}`}
                        type="checkbox"
                        name="days"
                        value={day}
                        defaultChecked={ticked(day, hard)}
                        className="h-4 w-4 rounded border-slate-300"
                        {...invalidProps(`day-${day}`, errors)}
                      />
                      <span className="tabular font-medium">
                        {weekdayName(day)}, {formatDate(day)}
                      </span>
                      {conflicts.length === 0 ? <span className="text-xs text-covered-700">✓ {s("clear")}</span> : null}
                    </label>
                    {conflicts.length > 0 ? (
                      <ul className="mt-0.5 ml-6 space-y-0.5 text-xs">
                        {conflicts.map((c, i) => (
                          <li
                            key={i}
                            className={c.severity === "hard" ? "text-danger-700" : "text-gap-700"}
                            data-severity={c.severity}
                          >
                            {c.severity === "hard" ? "⛔ " : "⚠ "}
                            {conflictText(c)}
                          </li>
                        ))}
                      </ul>
                    ) : null}
                    <div className="ml-6">
                      <FieldErrors name={`day-${day}`} errors={errors} />
                    </div>
                  </li>
                );
              })}
            </ul>
            <FieldErrors name="days" errors={state.fieldErrors?.days} />
          </fieldset>
          <div>
            <Checkbox state={state} name="acceptWarnings" label={t("fields.acceptWarnings")} />
            {state.fieldErrors?.acceptWarnings ? (
              <p className="mt-1 text-xs text-danger-700" data-testid="error-acceptWarnings">
                {t("errors.acceptWarnings")}
              </p>
            ) : null}
          </div>
          {stale ? (
            <p className="text-sm text-gap-700" data-testid="series-stale">
              {s("stale")}
            </p>
          ) : (
            <IntentButton intent="save" label={s("save")} pendingLabel={s("saving")} primary />
          )}
        </section>
      ) : null}
      <div className="col-span-2">
        <FormMessage state={state} id="series-form-status" />
      </div>
    </form>
  );
}
