"use client";

import { useTranslations } from "next-intl";
import type { Conflict } from "@/lib/desks/conflicts";
import { formatDate } from "@/lib/i18n/format";

/** A conflict in words (the form's list and the planner's proposal rows). */
export function useConflictText() {
  const t = useTranslations("desks.conflicts");
  return (c: Conflict) => {
    switch (c.kind) {
      case "doubleBooked":
        return t("doubleBooked", { name: c.name, deskId: c.deskId, village: c.villageName });
      case "onDuty":
        return t("onDuty", { name: c.name });
      case "villageRecent":
        return t("villageRecent", { date: formatDate(c.day), days: c.days });
      case "holiday":
        return t("holiday", { holiday: c.holiday });
      case "overLoad":
        return t("overLoad", { name: c.name, desks: c.desks, limit: c.limit });
    }
  };
}

/** What saving would run into, listed before saving: hard conflicts in red, warnings in amber. */
export function ConflictList({ conflicts, checking }: { conflicts: readonly Conflict[] | null; checking: boolean }) {
  const t = useTranslations("desks.conflicts");
  const text = useConflictText();
  const hard = conflicts?.some((c) => c.severity === "hard");
  const warn = conflicts?.some((c) => c.severity === "warning");
  return (
    <section
      aria-live="polite"
      aria-label={t("title")}
      className="rounded-md border border-slate-200 bg-slate-50 px-3 py-2 text-sm"
      data-testid="desk-conflicts"
    >
      <h2 className="text-xs font-semibold text-slate-700">{t("title")}</h2>
      {checking ? <p className="text-xs text-slate-500">{t("checking")}</p> : null}
      {conflicts && conflicts.length === 0 ? <p className="text-xs text-covered-700">{t("clear")}</p> : null}
      {conflicts && conflicts.length > 0 ? (
        <ul className="mt-1 space-y-0.5">
          {conflicts.map((c, i) => (
            <li
              key={i}
              className={c.severity === "hard" ? "text-danger-700" : "text-gap-700"}
              data-severity={c.severity}
            >
              {c.severity === "hard" ? "⛔ " : "⚠ "}
              {text(c)}
            </li>
          ))}
        </ul>
      ) : null}
      {hard ? <p className="mt-1 text-xs font-medium text-danger-700">{t("hardNote")}</p> : null}
      {!hard && warn ? <p className="mt-1 text-xs text-gap-700">{t("warningNote")}</p> : null}
    </section>
  );
}
