"use client";

import { useFormStatus } from "react-dom";

/** A form's submit button that shows its pending state and can't be pressed twice. */
export function SubmitButton({
  children,
  pendingLabel,
  className = "",
  variant = "primary",
}: {
  children: React.ReactNode;
  pendingLabel: string;
  className?: string;
  variant?: "primary" | "secondary";
}) {
  const { pending } = useFormStatus();
  const look =
    variant === "primary"
      ? "bg-union-600 text-white hover:bg-union-700 disabled:bg-union-300"
      : "border border-slate-300 bg-white text-slate-700 hover:bg-slate-50 disabled:text-slate-400";
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className={`inline-flex items-center justify-center rounded-md px-4 py-2 text-sm font-medium shadow-sm transition ${look} ${className}`}
    >
      {pending ? pendingLabel : children}
    </button>
  );
}
