"use client";

import { useTranslations } from "next-intl";
import { FieldErrors, inputClass, invalidProps } from "@/components/ui/form";
import { counterFields } from "@/lib/records/counters";
import type { ProcedureOption } from "@/lib/records/types";

/** The eight counters of a paper form, in its order, typed as plain numbers. */
export function CounterInputs({
  values,
  errors,
}: {
  values: Partial<Record<string, string>>;
  errors: Record<string, string[]>;
}) {
  const t = useTranslations("records.fields");
  return (
    <fieldset>
      <legend className="text-xs font-semibold uppercase tracking-wide text-slate-500">{t("counters")}</legend>
      <div className="mt-1 grid grid-cols-4 items-end gap-3 lg:grid-cols-8">
        {counterFields.map((name) => (
          <div key={name} className="self-start">
            <label htmlFor={name} className="block truncate text-xs font-medium text-slate-600" title={t(name)}>
              {t(name)}
            </label>
            <input
              id={name}
              name={name}
              defaultValue={values[name] ?? ""}
              inputMode="numeric"
              autoComplete="off"
              placeholder="0"
              className={`${inputClass} tabular text-right`}
              {...invalidProps(name, errors[name])}
            />
            <FieldErrors name={name} errors={errors[name]} />
          </div>
        ))}
      </div>
    </fieldset>
  );
}

/** The procedures of the catalogue as checkboxes; funnel steps first (the table's sort order). */
export function ProcedureChecks({
  procedures,
  checked,
  errors,
  locale,
}: {
  procedures: ProcedureOption[];
  checked: readonly string[];
  errors?: string[];
  locale: string;
}) {
  const t = useTranslations("records.fields");
  return (
    <fieldset aria-describedby={errors?.length ? "procedures-error" : undefined}>
      <legend className="text-xs font-semibold uppercase tracking-wide text-slate-500">{t("procedures")}</legend>
      <div className="mt-1 grid grid-cols-2 gap-x-4 gap-y-1 md:grid-cols-3 xl:grid-cols-4">
        {procedures.map((p) => (
          <label key={p.code} className="flex items-center gap-2 text-sm text-slate-700">
            <input
              type="checkbox"
              name="procedures"
              value={p.code}
              defaultChecked={checked.includes(p.code)}
              className="h-4 w-4 rounded border-slate-300 text-union-600 focus:ring-union-500"
            />
            <span className={p.funnelStep ? "font-medium" : undefined}>{locale === "en" ? p.nameEn : p.nameVi}</span>
          </label>
        ))}
      </div>
      <FieldErrors name="procedures" errors={errors} />
    </fieldset>
  );
}
