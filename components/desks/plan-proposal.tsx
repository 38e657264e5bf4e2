"use client";

import { useTranslations } from "next-intl";
import { startTransition, useActionState, useState } from "react";
import { FieldErrors, FormMessage, invalidProps } from "@/components/ui/form";
import { idleState, type FormState } from "@/lib/actions/form-state";
import { acceptPlanAction } from "@/lib/desks/actions";
import type { Conflict } from "@/lib/desks/conflicts";
import { formatDate } from "@/lib/i18n/format";
import { useConflictText } from "./conflict-list";
import type { Person } from "./types";

/** One proposed desk as the page hands it over (plain data: no database types in the bundle). */
export interface ProposedDeskRow {
  villageId: number;
  villageName: string;
  /** yyyy-MM-dd */
  day: string;
  startTime: string;
  endTime: string;
  place: string;
  volunteers: Person[];
  civilServants: Person[];
  why: { householdsNotReached: number; daysSinceLastDesk: number | null; distanceKm: number };
}

interface Editable {
  picked: boolean;
  /** Chosen people by slot, as option values ("" for nobody). */
  volunteerIds: string[];
  civilServantIds: string[];
  /** dd/MM/yyyy, as typed. */
  day: string;
  villageId: string;
  startTime: string;
  endTime: string;
  place: string;
}

const cell = "px-2 py-1.5 align-top";
const small =
  "rounded-md border border-slate-300 bg-white px-2 py-1 text-sm shadow-sm focus:border-union-500 focus:ring-1 focus:ring-union-500 focus:outline-none aria-invalid:border-danger-500";
/** A row's people as select values, padded with "" (nobody) to the desk's need. */
const slots = (people: readonly Person[], need: number) => [
  ...people.map((p) => String(p.id)),
  ...Array.from({ length: Math.max(0, need - people.length) }, () => ""),
];
/** yyyy-MM-dd → dd/MM/yyyy, the way the desk forms write a day. */
const vietnameseDay = (iso: string) => iso.split("-").reverse().join("/");

/**
 * The planner's proposal as a form: each desk can be unticked, moved to another day or village,
 * given other hours or place, and other people (from those the planner could choose: trained
 * volunteers, the civil servants); "Chấp nhận" saves the ticked ones together through the
 * create-desk rules (or none, with the reason on the row: a person on two desks the same day, on
 * duty or on leave). The rows are controlled state, so what the user changed survives an error.
 */
export function PlanProposal({
  month,
  communeId,
  desks,
  conflicts,
  villages,
  volunteers,
  civilServants,
  need,
}: {
  month: string;
  /** The admin's chosen commune (sent back for the redirect); null for the commune's own people. */
  communeId: number | null;
  desks: readonly ProposedDeskRow[];
  /** What the create-desk rules say of each proposed desk against the stored plan, by row. */
  conflicts: readonly (readonly Conflict[])[];
  villages: readonly Person[];
  /** Who may staff a desk, by role (the planner's people). */
  volunteers: readonly Person[];
  civilServants: readonly Person[];
  /** People a desk takes, per role: the number of choices each row offers. */
  need: { volunteers: number; civilServants: number };
}) {
  const t = useTranslations("desks.plan");
  const conflictText = useConflictText();
  const [state, action, pending] = useActionState<FormState, FormData>(acceptPlanAction, idleState);
  // Submitted by hand rather than through <form action>: React resets a form after its action,
  // which would put the unticked boxes back; the rows are this component's state instead.
  const submit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => action(data));
  };
  const [rows, setRows] = useState<Editable[]>(() =>
    desks.map((d) => ({
      picked: true,
      day: vietnameseDay(d.day),
      villageId: String(d.villageId),
      startTime: d.startTime,
      endTime: d.endTime,
      place: d.place,
      volunteerIds: slots(d.volunteers, need.volunteers),
      civilServantIds: slots(d.civilServants, need.civilServants),
    })),
  );
  const [acceptWarnings, setAcceptWarnings] = useState(false);
  const edit = (i: number, change: Partial<Editable>) =>
    setRows((all) => all.map((row, j) => (j === i ? { ...row, ...change } : row)));
  const chosen = rows.filter((r) => r.picked).length;

  const why = (d: ProposedDeskRow) =>
    [
      t("whyNotReached", { count: d.why.householdsNotReached }),
      d.why.daysSinceLastDesk == null ? t("whyNever") : t("whyDays", { days: d.why.daysSinceLastDesk }),
      t("whyDistance", { km: d.why.distanceKm }),
    ].join(" · ");

  return (
    <form onSubmit={submit} noValidate className="space-y-3" aria-describedby="plan-form-status">
      <input type="hidden" name="month" value={month} />
      {communeId != null ? <input type="hidden" name="commune" value={communeId} /> : null}
      <p className="text-sm text-slate-600">{t("proposalHint")}</p>
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <button
          type="button"
          onClick={() => setRows((all) => all.map((r) => ({ ...r, picked: true })))}
          className="rounded-md border border-slate-300 bg-white px-3 py-1 text-slate-700 hover:bg-slate-50"
        >
          {t("pickAll")}
        </button>
        <button
          type="button"
          onClick={() => setRows((all) => all.map((r) => ({ ...r, picked: false })))}
          className="rounded-md border border-slate-300 bg-white px-3 py-1 text-slate-700 hover:bg-slate-50"
        >
          {t("pickNone")}
        </button>
        <span className="text-slate-600" data-testid="plan-chosen" aria-live="polite">
          {t("chosen", { count: chosen, total: rows.length })}
        </span>
      </div>
      <div className="overflow-x-auto">
        <table className="w-full text-sm" data-testid="plan-proposal">
          <thead>
            <tr className="border-b border-slate-200 text-left text-xs text-slate-600">
              <th scope="col" className={cell}>
                {t("pick")}
              </th>
              <th scope="col" className={cell}>
                {t("day")}
              </th>
              <th scope="col" className={cell}>
                {t("village")}
              </th>
              <th scope="col" className={cell}>
                {t("hours")}
              </th>
              <th scope="col" className={cell}>
                {t("place")}
              </th>
              <th scope="col" className={cell}>
                {t("staff")}
              </th>
              <th scope="col" className={cell}>
                {t("why")}
              </th>
            </tr>
          </thead>
          <tbody>
            {desks.map((d, i) => {
              const row = rows[i]!;
              const errors = state.fieldErrors?.[`desk-${i}`];
              const described = invalidProps(`desk-${i}`, errors, { form: "plan" });
              const n = i + 1;
              return (
                <tr
                  key={i}
                  className={`border-b border-slate-100 ${row.picked ? "" : "bg-slate-50 text-slate-500"}`}
                  data-testid="plan-row"
                  data-picked={row.picked}
                >
                  <td className={cell}>
                    <input
                      type="checkbox"
                      name="pick"
                      value={i}
                      checked={row.picked}
                      onChange={(e) => edit(i, { picked: e.target.checked })}
                      aria-label={t("pickRow", { village: d.villageName, date: formatDate(d.day) })}
                      className="mt-1.5 h-4 w-4 rounded border-slate-300"
                    />
                  </td>
                  <td className={cell}>
                    <input
                      name={`day-${i}`}
                      value={row.day}
                      inputMode="numeric"
                      placeholder="dd/mm/yyyy"
                      onChange={(e) => edit(i, { day: e.target.value })}
                      aria-label={t("dayOf", { n })}
                      className={`${small} w-28`}
                      {...described}
                    />
                  </td>
                  <td className={cell}>
                    <select
                      name={`villageId-${i}`}
                      value={row.villageId}
                      onChange={(e) => edit(i, { villageId: e.target.value })}
                      aria-label={t("villageOf", { n })}
                      className={`${small} w-36`}
                    >
                      {villages.map((v) => (
                        <option key={v.id} value={v.id}>
                          {v.name}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td className={cell}>
                    <span className="flex items-center gap-1">
                      <input
                        name={`startTime-${i}`}
                        value={row.startTime}
                        onChange={(e) => edit(i, { startTime: e.target.value })}
                        aria-label={t("startOf", { n })}
                        className={`${small} w-16 text-center`}
                      />
                      –
                      <input
                        name={`endTime-${i}`}
                        value={row.endTime}
                        onChange={(e) => edit(i, { endTime: e.target.value })}
                        aria-label={t("endOf", { n })}
                        className={`${small} w-16 text-center`}
                      />
                    </span>
                  </td>
                  <td className={cell}>
                    <input
                      name={`place-${i}`}
                      value={row.place}
                      onChange={(e) => edit(i, { place: e.target.value })}
                      aria-label={t("placeOf", { n })}
                      className={`${small} w-56`}
                    />
                  </td>
                  <td className={cell}>
                    <span className="flex flex-col gap-1">
                      {(
                        [
                          ["volunteerIds", volunteers, "volunteerOf"],
                          ["civilServantIds", civilServants, "servantOf"],
                        ] as const
                      ).map(([field, people, label]) =>
                        row[field].map((value, k) => (
                          <select
                            key={`${field}-${k}`}
                            name={`${field}-${i}`}
                            value={value}
                            onChange={(e) =>
                              edit(i, { [field]: row[field].map((v, j) => (j === k ? e.target.value : v)) })
                            }
                            aria-label={t(label, { n, k: k + 1 })}
                            className={`${small} w-44 ${field === "civilServantIds" ? "text-slate-700" : ""}`}
                            data-testid={`plan-${field}`}
                          >
                            <option value="">{t("nobody")}</option>
                            {people.map((p) => (
                              <option key={p.id} value={p.id}>
                                {p.name}
                              </option>
                            ))}
                          </select>
                        )),
                      )}
                    </span>
                  </td>
                  <td className={`${cell} text-xs text-slate-700`}>
                    <span data-testid="plan-why">{why(d)}</span>
                    {conflicts[i]?.length ? (
                      <ul className="mt-1 space-y-0.5" aria-label={t("warnings")} data-testid="plan-warnings">
                        {conflicts[i]!.map((c, k) => (
                          <li
                            key={k}
                            className={c.severity === "hard" ? "text-danger-700" : "text-gap-700"}
                            data-severity={c.severity}
                          >
                            {c.severity === "hard" ? "⛔ " : "⚠ "}
                            {conflictText(c)}
                          </li>
                        ))}
                      </ul>
                    ) : null}
                    <FieldErrors name={`desk-${i}`} errors={errors} form="plan" />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div>
        <label className="flex items-center gap-2 text-sm text-slate-700">
          <input
            type="checkbox"
            name="acceptWarnings"
            checked={acceptWarnings}
            onChange={(e) => setAcceptWarnings(e.target.checked)}
            className="h-4 w-4 rounded border-slate-300"
            {...invalidProps("acceptWarnings", state.fieldErrors?.acceptWarnings, { form: "plan" })}
          />
          {t("acceptWarnings")}
        </label>
        <FieldErrors name="acceptWarnings" errors={state.fieldErrors?.acceptWarnings} form="plan" />
      </div>
      <FormMessage state={state} id="plan-form-status" />
      <button
        type="submit"
        disabled={pending}
        aria-disabled={pending}
        className="inline-flex items-center justify-center rounded-md bg-union-600 px-4 py-2 text-sm font-medium text-white shadow-sm transition hover:bg-union-700 disabled:bg-union-300"
      >
        {pending ? t("accepting") : t("accept")}
      </button>
    </form>
  );
}
