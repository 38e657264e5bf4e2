import { getTranslations } from "next-intl/server";
import type { Changes } from "@/lib/audit/diff";
import { isRole } from "@/lib/auth/roles";

/** Province and commune names by id, for the provinceId / communeId fields. */
export type UnitNames = Record<"provinceId" | "communeId", Record<number, string>>;

const shownFields = 8;
// Identity first, then placement, then flags; fields of other entities follow in their own order.
const fieldOrder = ["username", "displayName", "name", "code", "role", "communeId", "provinceId", "active"];
const rank = (field: string) => {
  const i = fieldOrder.indexOf(field);
  return i < 0 ? fieldOrder.length : i;
};

/**
 * The changed fields of one audit row, compactly. A creation reads as one line of values
 * ("Tên đăng nhập: … · Vai trò: …"); an update as "Field: before → after" per field.
 */
export async function AuditChanges({ changes, unitNames }: { changes: Changes; unitNames?: UnitNames }) {
  const [t, tRoles] = await Promise.all([getTranslations("audit"), getTranslations("roles")]);
  const entries = Object.entries(changes).sort(([a], [b]) => rank(a) - rank(b));
  if (entries.length === 0) return <span className="text-xs text-slate-500">{t("noChanges")}</span>;

  const label = (field: string) => (t.has(`fields.${field}`) ? t(`fields.${field}`) : field);
  const show = (field: string, value: unknown) => {
    if ((field === "provinceId" || field === "communeId") && typeof value === "number" && unitNames?.[field][value]) {
      return unitNames[field][value];
    }
    if (value === null || value === undefined || value === "") return <i className="text-slate-500">{t("blank")}</i>;
    if (typeof value === "boolean") return t(value ? "yes" : "no");
    if (isRole(value)) return tRoles(value);
    const text = typeof value === "object" ? JSON.stringify(value) : String(value);
    return text.length > 60 ? `${text.slice(0, 59)}…` : text;
  };
  const shown = entries.slice(0, shownFields);
  const more =
    entries.length > shownFields ? (
      <span className="text-slate-500"> {t("more", { count: entries.length - shownFields })}</span>
    ) : null;

  if (entries.every(([, change]) => change.before === null || change.before === undefined)) {
    return (
      <p className="text-xs leading-relaxed">
        {shown.map(([field, { after }], i) => (
          <span key={field}>
            {i > 0 ? <span className="text-slate-500"> · </span> : null}
            <span className="text-slate-500">{label(field)}:</span>{" "}
            <span className="text-slate-800">{show(field, after)}</span>
          </span>
        ))}
        {more}
      </p>
    );
  }
  return (
    <ul className="space-y-0.5 text-xs">
      {shown.map(([field, { before, after }]) => (
        <li key={field}>
          <span className="text-slate-500">{label(field)}:</span>{" "}
          {before !== null && before !== undefined ? (
            <>
              <span className="text-slate-500 line-through decoration-slate-300">{show(field, before)}</span> →{" "}
            </>
          ) : null}
          <span className="text-slate-800">{show(field, after)}</span>
        </li>
      ))}
      {more ? <li>{more}</li> : null}
    </ul>
  );
}
