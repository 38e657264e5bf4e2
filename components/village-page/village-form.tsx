"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/submit-button";
import { idleState } from "@/lib/actions/form-state";
import { updateVillageAction } from "@/lib/map/actions";

interface Props {
  /** deskTargetPerMonth: "" for the planner's default; null for a village the planner skips (not remote). */
  village: { id: number; name: string; lat: string; lng: string; deskTargetPerMonth: string | null; updatedAt: string };
  center: { lat: number; lng: number };
  /** The planner's monthly target for a village with none stored. */
  defaultTarget: number;
}

export function VillageForm({ village, center, defaultTarget }: Props) {
  const [state, action] = useActionState(updateVillageAction, idleState);
  const t = useTranslations("mapVillage.form");
  const tAll = useTranslations();
  const value = (name: keyof Props["village"]) => state.values?.[name] ?? String(village[name]);
  const errors = (name: string) => state.fieldErrors?.[name] ?? [];
  const field = (name: "name" | "lat" | "lng" | "deskTargetPerMonth", label: string, hint?: string) => (
    <div>
      <label htmlFor={`village-${name}`} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      <input
        id={`village-${name}`}
        name={name}
        defaultValue={value(name)}
        key={`${name}-${state.values?.[name] ?? ""}`}
        inputMode={name === "name" ? undefined : name === "deskTargetPerMonth" ? "numeric" : "decimal"}
        aria-invalid={errors(name).length > 0}
        aria-describedby={`village-${name}-help`}
        className="mt-1 w-full rounded-md border border-slate-300 px-3 py-1.5 text-sm aria-[invalid=true]:border-danger-500"
      />
      <p id={`village-${name}-help`} className="mt-0.5 text-xs text-slate-500">
        {errors(name).map((key) => (
          <span key={key} className="block text-danger-700">
            {tAll(key)}
          </span>
        ))}
        {hint}
      </p>
    </div>
  );
  return (
    <form action={action} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" noValidate>
      <input type="hidden" name="villageId" value={village.id} />
      <input type="hidden" name="updatedAt" value={village.updatedAt} />
      <div aria-live="polite" data-testid="form-message">
        {state.status === "error" && state.message ? (
          <p className="rounded-md border border-danger-500/30 bg-danger-50 px-3 py-2 text-sm text-danger-700">
            {tAll(state.message)}
          </p>
        ) : null}
      </div>
      {field("name", t("name"), t("nameHint"))}
      <div className="grid grid-cols-2 gap-3">
        {field("lat", t("lat"), t("latHint"))}
        {field("lng", t("lng"), t("lngHint"))}
      </div>
      {village.deskTargetPerMonth == null
        ? null
        : field("deskTargetPerMonth", t("deskTarget"), t("deskTargetHint", { default: defaultTarget }))}
      <p className="text-xs text-slate-500">
        {t("centerHint", { lat: center.lat.toFixed(3), lng: center.lng.toFixed(3) })}
      </p>
      <div className="flex items-center gap-2">
        <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
        <Link href={`/villages/${village.id}`} className="text-sm text-slate-600 hover:underline">
          {t("cancel")}
        </Link>
      </div>
    </form>
  );
}
