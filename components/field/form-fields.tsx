"use client";

import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/actions/form-state";

export const inputClass =
  "mt-1 block w-full rounded-md border border-slate-300 px-2.5 py-1.5 text-sm shadow-sm focus:border-union-500 focus:ring-1 focus:ring-union-500 focus:outline-none aria-invalid:border-danger-500";

/** Field-level messages: translated message keys under an input. */
export function FieldErrors({ state, name }: { state: FormState; name: string }) {
  const t = useTranslations();
  const errors = state.fieldErrors?.[name];
  if (!errors?.length) return null;
  return (
    <p id={`${name}-error`} className="mt-1 text-xs text-danger-700" data-testid={`error-${name}`}>
      {errors.map((key) => t(key)).join(" ")}
    </p>
  );
}

/** The form's status line, read out by screen readers. */
export function FormStatus({ state, id }: { state: FormState; id: string }) {
  const t = useTranslations();
  return (
    <div aria-live="polite" id={id} data-testid="form-status">
      {state.status === "error" && state.message ? (
        <p className="rounded-md border border-danger-500/30 bg-danger-50 px-3 py-2 text-sm text-danger-700">{t(state.message)}</p>
      ) : null}
    </div>
  );
}

const described = (state: FormState, name: string) =>
  state.fieldErrors?.[name]?.length ? { "aria-invalid": true as const, "aria-describedby": `${name}-error` } : {};

export function TextField({
  state,
  name,
  label,
  defaultValue,
  placeholder,
  required,
}: {
  state: FormState;
  name: string;
  label: string;
  defaultValue?: string | null;
  placeholder?: string;
  required?: boolean;
}) {
  return (
    <div>
      <label htmlFor={name} className="block text-sm font-medium text-slate-700">
        {label}
        {required ? <span className="text-danger-500"> *</span> : null}
      </label>
      <input
        id={name}
        name={name}
        defaultValue={state.values?.[name] ?? defaultValue ?? ""}
        placeholder={placeholder}
        className={inputClass}
        {...described(state, name)}
      />
      <FieldErrors state={state} name={name} />
    </div>
  );
}

export function SelectField({
  state,
  name,
  label,
  options,
  defaultValue,
  emptyLabel,
  required,
}: {
  state: FormState;
  name: string;
  label: string;
  options: { value: string; label: string }[];
  defaultValue?: string | null;
  emptyLabel?: string;
  required?: boolean;
}) {
  return (
    <div>
      <label htmlFor={name} className="block text-sm font-medium text-slate-700">
        {label}
        {required ? <span className="text-danger-500"> *</span> : null}
      </label>
      {/* React resets a form after its action; keying on the echoed value re-selects it. */}
      <select key={state.values?.[name] ?? defaultValue ?? ""} id={name} name={name} defaultValue={state.values?.[name] ?? defaultValue ?? ""} className={inputClass} {...described(state, name)}>
        {emptyLabel != null ? <option value="">{emptyLabel}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldErrors state={state} name={name} />
    </div>
  );
}

export function CheckboxField({ state, name, label, defaultChecked }: { state: FormState; name: string; label: string; defaultChecked?: boolean }) {
  const checked = state.values ? state.values[name] === "on" : Boolean(defaultChecked);
  return (
    <label className="flex items-center gap-2 text-sm text-slate-700">
      <input key={String(checked)} type="checkbox" name={name} defaultChecked={checked} className="h-4 w-4 rounded border-slate-300 text-union-600" />
      {label}
    </label>
  );
}
