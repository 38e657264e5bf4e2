import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Changes } from "@/lib/audit/diff";
import { formatDateTime } from "@/lib/i18n/format";
import { AuditChanges, type UnitNames } from "./audit-changes";

interface Row {
  id: number;
  at: Date;
  action: string;
  entity: string;
  entityId: string | null;
  changes: Changes;
  userId: number | null;
  username: string | null;
  displayName: string | null;
  provinceName: string | null;
  communeName: string | null;
  /** Security events: how they ended and where they came from. */
  outcome?: string;
  address?: string | null;
  userAgent?: string | null;
}

const outcomeTone: Record<string, string> = {
  failure: "bg-gap-50 text-gap-700",
  refused: "bg-danger-50 text-danger-700",
};

/** The audit rows, newest first. Account ids link to the account when the viewer manages accounts. */
export async function AuditTable({
  rows,
  linkAccounts,
  unitNames,
  compact = false,
}: {
  rows: Row[];
  linkAccounts: boolean;
  unitNames?: UnitNames;
  compact?: boolean;
}) {
  const t = await getTranslations("audit");
  if (rows.length === 0) return <p className="px-4 py-8 text-center text-sm text-slate-500">{t("empty")}</p>;
  const label = (group: "actions" | "entities", key: string) => (t.has(`${group}.${key}`) ? t(`${group}.${key}`) : key);
  return (
    <table className="w-full text-sm" data-testid="audit-table">
      <thead className="bg-slate-50 text-left text-xs text-slate-500">
        <tr>
          <th scope="col" className="w-32 px-3 py-2 font-medium">
            {t("columns.at")}
          </th>
          {compact ? null : (
            <th scope="col" className="px-3 py-2 font-medium">
              {t("columns.user")}
            </th>
          )}
          <th scope="col" className="px-3 py-2 font-medium">
            {t("columns.action")}
          </th>
          {compact ? null : (
            <th scope="col" className="px-3 py-2 font-medium">
              {t("columns.entity")}
            </th>
          )}
          {compact ? null : (
            <th scope="col" className="px-3 py-2 font-medium">
              {t("columns.unit")}
            </th>
          )}
          {compact ? null : (
            <th scope="col" className="px-3 py-2 font-medium">
              {t("columns.origin")}
            </th>
          )}
          <th scope="col" className="px-3 py-2 font-medium">
            {t("columns.changes")}
          </th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100 align-top">
        {rows.map((r) => (
          <tr key={r.id} data-testid="audit-row">
            <td className="tabular whitespace-nowrap px-3 py-1.5 text-xs text-slate-600">{formatDateTime(r.at)}</td>
            {compact ? null : (
              <td className="px-3 py-1.5">
                {r.username ? (
                  <>
                    <span className="text-slate-800">{r.displayName}</span>
                    <span className="block font-mono text-[11px] text-slate-500">{r.username}</span>
                  </>
                ) : (
                  <span className="text-xs text-slate-500">{t("unknownUser")}</span>
                )}
              </td>
            )}
            <td className="whitespace-nowrap px-3 py-1.5 text-xs">
              {label("actions", r.action)}
              {r.outcome && r.outcome !== "success" ? (
                <span
                  className={`ml-1 rounded px-1.5 py-0.5 text-[11px] font-medium ${outcomeTone[r.outcome] ?? ""}`}
                  data-testid="audit-outcome"
                >
                  {t.has(`outcomes.${r.outcome}`) ? t(`outcomes.${r.outcome}`) : r.outcome}
                </span>
              ) : null}
            </td>
            {compact ? null : (
              <td className="whitespace-nowrap px-3 py-1.5 text-xs">
                {label("entities", r.entity)}
                {r.entityId ? (
                  r.entity === "account" && linkAccounts ? (
                    <Link href={`/accounts/${r.entityId}`} className="ml-1 font-mono text-union-700 hover:underline">
                      #{r.entityId}
                    </Link>
                  ) : (
                    <span className="ml-1 font-mono text-slate-500">#{r.entityId}</span>
                  )
                ) : null}
              </td>
            )}
            {compact ? null : (
              <td className="px-3 py-1.5 text-xs text-slate-600">{r.communeName ?? r.provinceName ?? "—"}</td>
            )}
            {compact ? null : (
              <td className="max-w-48 px-3 py-1.5 text-xs text-slate-600" data-testid="audit-origin">
                {r.address ? <span className="block font-mono">{r.address}</span> : "—"}
                {r.userAgent ? (
                  <span className="block truncate text-[11px] text-slate-500" title={r.userAgent}>
                    {r.userAgent}
                  </span>
                ) : null}
              </td>
            )}
            <td className="px-3 py-1.5">
              <AuditChanges changes={r.changes} unitNames={unitNames} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
