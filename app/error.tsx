"use client";

import { useTranslations } from "next-intl";

// Unexpected errors are logged on the server; the user sees a calm message, never a stack or a
// database error.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("common");
  return (
    <main className="mx-auto max-w-lg px-6 py-20 text-center">
      <h1 className="text-lg font-semibold text-slate-900">{t("error")}</h1>
      <p className="mt-2 text-sm text-slate-600">{t("errorDetail")}</p>
      <button
        type="button"
        onClick={reset}
        className="mt-6 rounded-md bg-union-600 px-4 py-2 text-sm font-medium text-white hover:bg-union-700"
      >
        {t("retry")}
      </button>
    </main>
  );
}
