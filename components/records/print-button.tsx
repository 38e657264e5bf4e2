"use client";

import { Printer } from "lucide-react";

/** Opens the browser's print dialog; the page's print CSS gives an A4 sheet for the next round. */
export function PrintButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="no-print inline-flex items-center gap-1.5 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-700 hover:bg-slate-50"
    >
      <Printer className="h-4 w-4" aria-hidden />
      {label}
    </button>
  );
}
