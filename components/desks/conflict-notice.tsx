"use client";

import { useTranslations } from "next-intl";
import { formatDate } from "@/lib/i18n/format";
import type { DeskFormDesk, Person } from "./types";

/**
 * After a version conflict: what the other person changed, from the desk as this user first read
 * it to the desk as it is stored now. The user's own input stays in the form below.
 */
export function ConflictNotice({
  base,
  current,
  villages,
  people,
}: {
  base: DeskFormDesk;
  current: DeskFormDesk;
  villages: readonly Person[];
  people: readonly Person[];
}) {
  const t = useTranslations("desks");
  const village = (id: number) => villages.find((v) => v.id === id)?.name ?? String(id);
  const names = (ids: readonly number[]) =>
    ids.map((id) => people.find((p) => p.id === id)?.name ?? String(id)).join(", ") || t("none");
  const rows: [string, string, string][] = [];
  const add = (label: string, a: string, b: string) => {
    if (a !== b) rows.push([label, a, b]);
  };
  add(t("fields.village"), village(base.villageId), village(current.villageId));
  add(t("fields.day"), formatDate(base.day), formatDate(current.day));
  add(t("fields.time"), `${base.startTime}–${base.endTime}`, `${current.startTime}–${current.endTime}`);
  add(t("fields.place"), base.place, current.place);
  add(t("fields.note"), base.note ?? "", current.note ?? "");
  add(t("fields.volunteers"), names(base.volunteerIds), names(current.volunteerIds));
  add(t("fields.civilServants"), names(base.civilServantIds), names(current.civilServantIds));
  return (
    <div
      className="col-span-2 rounded-md border border-gap-500/40 bg-gap-50 px-3 py-2 text-sm text-slate-800"
      role="status"
      data-testid="desk-version-conflict"
    >
      <p className="font-semibold">{t("conflict.title")}</p>
      <p className="text-xs">{t("conflict.intro")}</p>
      {rows.length === 0 ? (
        <p className="text-xs italic">{t("conflict.none")}</p>
      ) : (
        <ul className="mt-1 list-disc pl-5">
          {rows.map(([label, before, after]) => (
            <li key={label}>
              {label}: <s>{before}</s> → <strong>{after}</strong>
            </li>
          ))}
        </ul>
      )}
      <p className="mt-1 text-xs">{t("conflict.retry")}</p>
    </div>
  );
}
