import { getTranslations } from "next-intl/server";
import type { Changes } from "@/lib/audit/diff";
import { isRole } from "@/lib/auth/roles";

/** Province and commune names by id, for the provinceId / communeId fields. */
export type UnitNames = Record<"provinceId" | "communeId", Record<number, string>>;

const shownFields = 6;

/** The changed fields of one audit row, compactly: "Field: before → after". */
export async function AuditChanges({ changes, unitNames }: { changes: Changes; unitNames?: UnitNames }) {
  const [t, tRoles] = await Promise.all([getTranslations("audit"), getTranslations("roles")]);
  const entries = Object.entries(changes);
  if (entries.length === 0) return <span className="text-xs text-slate-400">{t("noChanges")}</span>;

  const show = (field: string, value: unknown) => {
    if ((field === "provinceId" || field === "communeId") && typeof value === "number" && unitNames?.[field][value]) {
      return unitNames[field][value];
    }
    if (value === null || value === undefined || value === "") return <i className="text-slate-400">{t("blank")}</i>;
    if (typeof value === "boolean") return t(value ? "yes" : "no");
    if (isRole(value)) return tRoles(value);
    const text = typeof value === "object" ? JSON.stringify(value) : String(value);
    return text.length > 60 ? `${text.slice(0, 59)}…` : text;
  };

  return (
    <ul className="space-y-0.5 text-xs">
      {entries.slice(0, shownFields).map(([field, { before, after }]) => (
        <li key={field}>
          <span className="text-slate-500">{t.has(`fields.${field}`) ? t(`fields.${field}`) : field}:</span>{" "}
          {before !== null && before !== undefined ? (
            <>
              <span className="text-slate-500 line-through decoration-slate-300">{show(field, before)}</span> →{" "}
            </>
          ) : null}
          <span className="text-slate-800">{show(field, after)}</span>
        </li>
      ))}
      {entries.length > shownFields ? <li className="text-slate-400">{t("more", { count: entries.length - shownFields })}</li> : null}
    </ul>
  );
}
