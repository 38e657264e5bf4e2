"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useActionState, useCallback, useEffect, useRef, useState, useTransition } from "react";
import { Checkbox, FieldErrors, FormMessage, Select, TextInput, invalidProps } from "@/components/ui/form";
import { SubmitButton } from "@/components/ui/submit-button";
import { idleState, type FormState } from "@/lib/actions/form-state";
import { checkDeskAction, createDeskAction, updateDeskAction } from "@/lib/desks/actions";
import type { Conflict } from "@/lib/desks/conflicts";
import { ConflictList } from "./conflict-list";
import { ConflictNotice } from "./conflict-notice";
import type { DeskFormDesk, Person } from "./types";

/** A group of checkboxes (volunteers, civil servants) named `name`, echoing the user's ticks after an error. */
export function PeoplePicker({
  state,
  name,
  label,
  people,
  initial,
}: {
  state: FormState;
  name: string;
  label: string;
  people: readonly Person[];
  initial: readonly number[];
}) {
  const errors = state.fieldErrors?.[name];
  const echoed = state.values?.[name];
  const ticked = new Set(echoed !== undefined ? echoed.split(",").filter(Boolean).map(Number) : initial);
  return (
    <fieldset className="min-w-0" {...invalidProps(name, errors)}>
      <legend className="block text-sm font-medium text-slate-700">{label}</legend>
      <div className="mt-1 grid max-h-48 grid-cols-2 gap-x-3 gap-y-0.5 overflow-y-auto rounded-md border border-slate-200 p-2">
        {people.map((p) => (
          <label key={`${p.id}-${ticked.has(p.id)}`} className="flex items-center gap-2 text-sm text-slate-700">
            <input
              type="checkbox"
              name={name}
              value={p.id}
              defaultChecked={ticked.has(p.id)}
              className="h-4 w-4 rounded border-slate-300"
            />
            {p.name}
          </label>
        ))}
      </div>
      <FieldErrors name={name} errors={errors} />
    </fieldset>
  );
}

/** Create or edit (move) a desk. Conflicts are checked as the form changes, before anything is saved. */
export function DeskForm({
  desk,
  villages,
  volunteers,
  civilServants,
  defaults,
}: {
  desk?: DeskFormDesk;
  villages: readonly { id: number; name: string }[];
  volunteers: readonly Person[];
  civilServants: readonly Person[];
  defaults?: { day?: string; villageId?: number };
}) {
  const t = useTranslations("desks");
  const router = useRouter();
  const [state, action] = useActionState<FormState, FormData>(desk ? updateDeskAction : createDeskAction, idleState);
  const [conflicts, setConflicts] = useState<Conflict[] | null>(null);
  const [checking, startCheck] = useTransition();
  // The desk as this user first read it: after a conflict the page reloads the stored desk and
  // the notice shows what the other person changed against it.
  const [base] = useState(desk);
  const form = useRef<HTMLFormElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const check = useCallback(() => {
    const data = form.current ? new FormData(form.current) : null;
    if (!data) return;
    const input = {
      id: String(data.get("id") ?? ""),
      villageId: String(data.get("villageId") ?? ""),
      day: String(data.get("day") ?? ""),
      volunteerIds: data.getAll("volunteerIds").map(String),
      civilServantIds: data.getAll("civilServantIds").map(String),
    };
    if (!input.villageId || !input.day) return setConflicts(null);
    startCheck(async () => setConflicts(await checkDeskAction(input)));
  }, []);
  const scheduleCheck = () => {
    clearTimeout(timer.current);
    timer.current = setTimeout(check, 350);
  };

  useEffect(() => {
    check();
    if (state.message === "desks.errors.conflict") router.refresh();
  }, [state, check, router]);

  const dayValue = desk ? desk.day.split("-").reverse().join("/") : (defaults?.day ?? "");
  return (
    <form
      ref={form}
      action={action}
      noValidate
      onChange={scheduleCheck}
      className="grid max-w-3xl grid-cols-2 gap-4 p-4"
      aria-describedby="desk-form-status"
    >
      {desk ? (
        <>
          <input type="hidden" name="id" value={desk.id} />
          <input type="hidden" name="version" value={desk.version} />
        </>
      ) : null}
      {desk && base && state.message === "desks.errors.conflict" ? (
        <ConflictNotice base={base} current={desk} villages={villages} people={[...volunteers, ...civilServants]} />
      ) : null}
      <div className="col-span-2">
        <Select
          state={state}
          name="villageId"
          label={t("fields.village")}
          required
          defaultValue={String(desk?.villageId ?? defaults?.villageId ?? "")}
          emptyLabel=""
          options={villages.map((v) => ({ value: String(v.id), label: v.name }))}
        />
      </div>
      <TextInput
        state={state}
        name="day"
        label={`${t("fields.day")} (${t("fields.dayHint")})`}
        defaultValue={dayValue}
        required
      />
      <div className="grid grid-cols-2 gap-2">
        <TextInput
          state={state}
          name="startTime"
          label={t("fields.startTime")}
          defaultValue={desk?.startTime ?? "07:30"}
          required
        />
        <TextInput
          state={state}
          name="endTime"
          label={t("fields.endTime")}
          defaultValue={desk?.endTime ?? "11:30"}
          required
        />
      </div>
      <div className="col-span-2">
        <TextInput
          state={state}
          name="place"
          label={t("fields.place")}
          defaultValue={desk?.place}
          placeholder={t("fields.placeHint")}
          required
        />
      </div>
      <PeoplePicker
        state={state}
        name="volunteerIds"
        label={t("fields.volunteers")}
        people={volunteers}
        initial={desk?.volunteerIds ?? []}
      />
      <PeoplePicker
        state={state}
        name="civilServantIds"
        label={t("fields.civilServants")}
        people={civilServants}
        initial={desk?.civilServantIds ?? []}
      />
      <div className="col-span-2">
        <TextInput state={state} name="note" label={t("fields.note")} defaultValue={desk?.note} />
      </div>
      <div className="col-span-2 space-y-3">
        <ConflictList conflicts={conflicts} checking={checking} />
        <div>
          <Checkbox state={state} name="acceptWarnings" label={t("fields.acceptWarnings")} />
          {state.fieldErrors?.acceptWarnings ? (
            <p className="mt-1 text-xs text-danger-700" data-testid="error-acceptWarnings">
              {t("errors.acceptWarnings")}
            </p>
          ) : null}
        </div>
        <FormMessage state={state} id="desk-form-status" />
        <SubmitButton pendingLabel={t("actions.saving")}>{t("actions.save")}</SubmitButton>
      </div>
    </form>
  );
}
