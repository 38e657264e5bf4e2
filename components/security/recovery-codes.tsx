"use client";

import { useTranslations } from "next-intl";

/** The freshly made recovery codes, shown once; "saved" reloads the page to its new state. */
export function RecoveryCodes({ codes }: { codes: string[] }) {
  const t = useTranslations("security.recovery");
  return (
    <div className="space-y-3 rounded-md border border-gap-500/40 bg-gap-50 p-4" data-testid="recovery-codes">
      <h3 className="text-sm font-semibold text-slate-900">{t("title")}</h3>
      <p className="text-sm text-slate-700">{t("shownOnce")}</p>
      <ol className="grid grid-cols-2 gap-x-6 gap-y-1 font-mono text-sm tabular-nums text-slate-900 sm:grid-cols-5">
        {codes.map((code) => (
          <li key={code} data-testid="recovery-code">
            {code}
          </li>
        ))}
      </ol>
      <a
        href="/account/security"
        className="inline-flex rounded-md bg-union-600 px-4 py-2 text-sm font-medium text-white hover:bg-union-700"
      >
        {t("done")}
      </a>
    </div>
  );
}
