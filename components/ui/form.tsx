"use client";

import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/actions/form-state";

// The one form kit: every form's inputs look alike, a field's messages are tied to its input
// (aria-invalid, aria-describedby) and each form announces its outcome in one aria-live region.
// Messages are message keys (lib/actions/form-state.ts), translated here.
//
// Ids: a field's messages are `<name>-error`; a form that shares its page with others passes
// `form`, and they become `<form>-<name>-error` (the same string is their test id then; alone,
// the test id is `error-<name>`).

export const inputClass =
  "mt-1 block w-full rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm shadow-sm focus:border-union-500 focus:ring-1 focus:ring-union-500 focus:outline-none aria-invalid:border-danger-500";
export const labelClass = "block text-sm font-medium text-slate-700";
const compactLabelClass = "block text-xs font-medium text-slate-600";

export const errorId = (name: string, form?: string) => (form ? `${form}-${name}-error` : `${name}-error`);

/** aria props for an input: invalid and pointing at its messages when it has some, and at a hint if any. */
export function invalidProps(
  name: string,
  errors: string[] | undefined,
  options: { form?: string; hintId?: string } = {},
) {
  const invalid = Boolean(errors?.length);
  const describedBy = [invalid ? errorId(name, options.form) : null, options.hintId].filter(Boolean).join(" ");
  return {
    ...(invalid ? { "aria-invalid": true as const } : {}),
    ...(describedBy ? { "aria-describedby": describedBy } : {}),
  };
}

/** A field's messages, translated, under its input. */
export function FieldErrors({ name, errors, form }: { name: string; errors?: string[]; form?: string }) {
  const t = useTranslations();
  if (!errors?.length) return null;
  return (
    <p
      id={errorId(name, form)}
      className="mt-1 text-xs text-danger-700"
      data-testid={form ? errorId(name, form) : `error-${name}`}
    >
      {errors.map((key) => t(key)).join(" ")}
    </p>
  );
}

/** A label, the input given as children, an optional hint and the field's messages. */
export function Field({
  name,
  label,
  errors,
  hint,
  required,
  compact,
  form,
  inputId = name,
  className,
  children,
}: {
  name: string;
  label: string;
  errors?: string[];
  hint?: React.ReactNode;
  required?: boolean;
  /** The small label of dense, keyboard-first forms (the records' quick entry). */
  compact?: boolean;
  form?: string;
  inputId?: string;
  className?: string;
  children: React.ReactNode;
}) {
  return (
    <div className={className}>
      <label htmlFor={inputId} className={compact ? compactLabelClass : labelClass}>
        {label}
        {required ? <span className="text-danger-500"> *</span> : null}
      </label>
      {children}
      {hint && !errors?.length ? <div className="mt-1 text-xs text-slate-500">{hint}</div> : null}
      <FieldErrors name={name} errors={errors} form={form} />
    </div>
  );
}

/** What a field shows: the user's echoed input after an error, else the stored value. */
const shown = (state: FormState, name: string, defaultValue?: string | null) =>
  state.values?.[name] ?? defaultValue ?? "";

export function TextInput({
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
  const errors = state.fieldErrors?.[name];
  return (
    <Field name={name} label={label} errors={errors} required={required}>
      <input
        id={name}
        name={name}
        defaultValue={shown(state, name, defaultValue)}
        placeholder={placeholder}
        className={inputClass}
        {...invalidProps(name, errors)}
      />
    </Field>
  );
}

export function Select({
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
  const errors = state.fieldErrors?.[name];
  const value = shown(state, name, defaultValue);
  return (
    <Field name={name} label={label} errors={errors} required={required}>
      {/* React resets a form after its action; keying on the echoed value re-selects it. */}
      <select
        key={value}
        id={name}
        name={name}
        defaultValue={value}
        className={inputClass}
        {...invalidProps(name, errors)}
      >
        {emptyLabel != null ? <option value="">{emptyLabel}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

export function Checkbox({
  state,
  name,
  label,
  defaultChecked,
}: {
  state: FormState;
  name: string;
  label: string;
  defaultChecked?: boolean;
}) {
  const checked = state.values ? state.values[name] === "on" : Boolean(defaultChecked);
  return (
    <label className="flex items-center gap-2 text-sm text-slate-700">
      <input
        key={String(checked)}
        type="checkbox"
        name={name}
        defaultChecked={checked}
        className="h-4 w-4 rounded border-slate-300 text-union-600"
      />
      {label}
    </label>
  );
}

/**
 * The form's outcome (an error, or a success with a message), announced to screen readers. The
 * live region is always rendered, so the announcement is heard when its text arrives.
 */
export function FormMessage({ state, testId = "form-status", id }: { state: FormState; testId?: string; id?: string }) {
  const t = useTranslations();
  const show = state.message && (state.status === "error" || state.status === "ok");
  return (
    <div aria-live="polite" id={id} data-testid={testId}>
      {show ? (
        <p
          className={`rounded-md border px-3 py-2 text-sm ${
            state.status === "ok"
              ? "border-covered-500/30 bg-covered-50 text-covered-700"
              : "border-danger-500/30 bg-danger-50 text-danger-700"
          }`}
        >
          {t(state.message!)}
        </p>
      ) : null}
    </div>
  );
}
