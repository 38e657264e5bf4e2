import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { UnitOptions } from "@/components/accounts/role-unit-fields";
import { UnitFilterSelect } from "@/components/accounts/unit-filter-select";
import { unitParam } from "@/lib/accounts/list-params";
import { auditGroups, auditOutcomes, type AuditListParams } from "@/lib/audit/list-params";

const control =
  "mt-1 block w-full rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm aria-[invalid=true]:border-danger-500";

interface Options {
  actors: { id: number; username: string; displayName: string }[];
  entities: string[];
  actions: string[];
}

/** A plain GET form; the filters land in the URL. Dates are typed dd/MM/yyyy. */
export async function AuditFilters({
  params,
  units,
  options,
}: {
  params: AuditListParams;
  units: UnitOptions;
  options: Options;
}) {
  const [t, tAudit] = await Promise.all([getTranslations("audit.filters"), getTranslations("audit")]);
  const label = (group: "actions" | "entities", key: string) =>
    tAudit.has(`${group}.${key}`) ? tAudit(`${group}.${key}`) : key;
  const dateField = (name: "from" | "to", value: string) => {
    const invalid = params.invalid.includes(name);
    return (
      <label className="w-28 text-xs font-medium text-slate-600">
        {t(name)}
        <input
          name={name}
          defaultValue={value}
          placeholder={t("datePlaceholder")}
          inputMode="numeric"
          aria-invalid={invalid}
          aria-describedby={invalid ? "audit-date-error" : undefined}
          className={`${control} tabular px-2`}
        />
      </label>
    );
  };
  return (
    <form
      method="get"
      action="/audit"
      aria-label={t("label")}
      className="flex flex-wrap items-start gap-x-2.5 gap-y-3 px-4 py-3"
    >
      {params.entityId ? <input type="hidden" name="entityId" value={params.entityId} /> : null}
      {units.provinces.length > 0 ? (
        <UnitFilterSelect
          units={units}
          defaultValue={params.unit ? unitParam(params.unit) : ""}
          label={t("unit")}
          allLabel={t("allUnits")}
          className="w-40 text-xs font-medium text-slate-600"
          selectClassName={control}
        />
      ) : null}
      <label className="w-40 text-xs font-medium text-slate-600">
        {t("user")}
        <select name="user" defaultValue={params.userId ? String(params.userId) : ""} className={control}>
          <option value="">{t("allUsers")}</option>
          {options.actors.map((a) => (
            <option key={a.id} value={a.id}>
              {a.displayName} ({a.username})
            </option>
          ))}
        </select>
      </label>
      <label className="w-36 text-xs font-medium text-slate-600">
        {t("entity")}
        <select name="entity" defaultValue={params.entity} className={control}>
          <option value="">{t("allEntities")}</option>
          {options.entities.map((e) => (
            <option key={e} value={e}>
              {label("entities", e)}
            </option>
          ))}
        </select>
      </label>
      <label className="w-36 text-xs font-medium text-slate-600">
        {t("action")}
        <select name="action" defaultValue={params.action} className={control}>
          <option value="">{t("allActions")}</option>
          {options.actions.map((a) => (
            <option key={a} value={a}>
              {label("actions", a)}
            </option>
          ))}
        </select>
      </label>
      <label className="w-36 text-xs font-medium text-slate-600">
        {t("group")}
        <select name="group" defaultValue={params.group} className={control}>
          <option value="">{t("allGroups")}</option>
          {auditGroups.map((g) => (
            <option key={g} value={g}>
              {t("groupSecurity")}
            </option>
          ))}
        </select>
      </label>
      <label className="w-32 text-xs font-medium text-slate-600">
        {t("outcome")}
        <select name="outcome" defaultValue={params.outcome} className={control}>
          <option value="">{t("allOutcomes")}</option>
          {auditOutcomes.map((o) => (
            <option key={o} value={o}>
              {tAudit(`outcomes.${o}`)}
            </option>
          ))}
        </select>
      </label>
      {dateField("from", params.fromText)}
      {dateField("to", params.toText)}
      <div className="flex items-center gap-2.5 pt-5">
        <button
          type="submit"
          className="rounded-md bg-union-600 px-4 py-1.5 text-sm font-medium text-white hover:bg-union-700"
        >
          {t("apply")}
        </button>
        <Link href="/audit" className="text-sm text-slate-600 hover:text-slate-900">
          {t("reset")}
        </Link>
      </div>
      {params.invalid.length > 0 ? (
        <p id="audit-date-error" role="status" className="basis-full text-xs text-danger-700">
          {params.invalid.map((name) => `${t(name)}: ${t("invalidDate")}`).join(" ")}
        </p>
      ) : null}
    </form>
  );
}
