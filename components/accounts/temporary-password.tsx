"use client";

import { useTranslations } from "next-intl";

/** A generated temporary password, shown once. */
export function TemporaryPassword({ password }: { password: string }) {
  const t = useTranslations("accounts.temporaryPassword");
  return (
    <div className="rounded-md border border-gap-500/40 bg-gap-50 px-3 py-2 text-sm">
      <p className="font-medium text-slate-800">{t("label")}</p>
      <p className="mt-1 select-all font-mono text-lg tracking-wide text-slate-900" data-testid="temporary-password">
        {password}
      </p>
      <p className="mt-1 text-xs text-gap-700">{t("onceOnly")}</p>
    </div>
  );
}
