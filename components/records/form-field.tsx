"use client";

import { useTranslations } from "next-intl";

export const inputClass =
  "mt-1 block w-full rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm shadow-sm focus:border-union-500 focus:ring-1 focus:ring-union-500 focus:outline-none aria-[invalid=true]:border-danger-500";

/** The error message keys of one field, translated, under the field; ids tie them to the input. */
export function FieldErrors({ name, errors }: { name: string; errors?: string[] }) {
  const t = useTranslations();
  if (!errors?.length) return null;
  return (
    <p id={`${name}-error`} className="mt-1 text-xs text-danger-700" data-testid={`error-${name}`}>
      {errors.map((key) => t(key)).join(" ")}
    </p>
  );
}

/** Props that mark an input invalid and point it at its message. */
export function invalidProps(name: string, errors?: string[]) {
  return errors?.length ? { "aria-invalid": true as const, "aria-describedby": `${name}-error` } : {};
}

export function Field({
  name,
  label,
  errors,
  hint,
  className = "",
  children,
}: {
  name: string;
  label: string;
  errors?: string[];
  hint?: React.ReactNode;
  className?: string;
  children: React.ReactNode;
}) {
  return (
    <div className={className}>
      <label htmlFor={name} className="block text-xs font-medium text-slate-600">
        {label}
      </label>
      {children}
      {hint && !errors?.length ? <div className="mt-1 text-xs text-slate-500">{hint}</div> : null}
      <FieldErrors name={name} errors={errors} />
    </div>
  );
}
