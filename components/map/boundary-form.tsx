"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { Card, CardHeader } from "@/components/ui/card";
import { SubmitButton } from "@/components/ui/submit-button";
import { idleState } from "@/lib/actions/form-state";
import { saveBoundaryAction } from "@/lib/map/actions";
import { BOUNDARY_MAX_BYTES } from "@/lib/map/boundary";

export function BoundaryForm({
  communes,
  selected,
}: {
  communes: { id: number; label: string }[];
  selected: number | null;
}) {
  const [state, action] = useActionState(saveBoundaryAction, idleState);
  const [tooBig, setTooBig] = useState(false);
  const t = useTranslations("map.boundary");
  const tAll = useTranslations();
  const errors = [...(state.fieldErrors?.geojson ?? []), ...(state.fieldErrors?.communeId ?? [])];
  return (
    <Card>
      <CardHeader title={t("formTitle")} />
      <form action={action} className="space-y-3 p-4" onSubmit={(e) => tooBig && e.preventDefault()}>
        <div aria-live="polite" data-testid="form-message">
          {tooBig ? (
            <p className="rounded-md bg-danger-50 px-3 py-2 text-sm text-danger-700">
              {tAll("map.errors.boundaryTooLarge")}
            </p>
          ) : null}
          {state.status === "error" && state.message ? (
            <p className="rounded-md bg-danger-50 px-3 py-2 text-sm text-danger-700">{tAll(state.message)}</p>
          ) : null}
          {state.status === "ok" ? (
            <p className="rounded-md bg-covered-50 px-3 py-2 text-sm text-covered-700">
              {t("saved", { vertices: state.values?.vertices ?? "" })}
            </p>
          ) : null}
        </div>
        <div>
          <label htmlFor="boundary-commune" className="block text-sm font-medium text-slate-700">
            {t("commune")}
          </label>
          <select
            id="boundary-commune"
            name="communeId"
            defaultValue={state.values?.communeId ?? selected ?? ""}
            className="mt-1 w-full rounded-md border border-slate-300 px-2 py-1.5 text-sm"
          >
            {communes.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="boundary-file" className="block text-sm font-medium text-slate-700">
            {t("file")}
          </label>
          <input
            id="boundary-file"
            name="file"
            type="file"
            accept=".geojson,.json,application/geo+json,application/json"
            className="mt-1 block text-sm"
            onChange={(e) => setTooBig((e.target.files?.[0]?.size ?? 0) > BOUNDARY_MAX_BYTES)}
          />
        </div>
        <div>
          <label htmlFor="boundary-text" className="block text-sm font-medium text-slate-700">
            {t("text")}
          </label>
          <textarea
            id="boundary-text"
            name="geojson"
            rows={6}
            defaultValue={state.status === "error" ? (state.values?.geojson ?? "") : ""}
            aria-invalid={errors.length > 0}
            aria-describedby="boundary-help"
            className="mt-1 w-full rounded-md border border-slate-300 px-3 py-1.5 font-mono text-xs"
          />
          <p id="boundary-help" className="text-xs text-slate-500">
            {errors.map((key) => (
              <span key={key} className="block text-danger-700">
                {tAll(key)}
              </span>
            ))}
            {t("help")}
          </p>
        </div>
        <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
      </form>
    </Card>
  );
}
