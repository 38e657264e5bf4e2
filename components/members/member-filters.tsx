import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { filterInput, secondaryLink } from "@/components/ui/page-header";
import { trainingTopics } from "@/lib/reference/procedures";

const kinds = ["union_member", "student", "military_youth", "civil_servant"] as const;

/** Search and filters as a plain GET form: every view is a URL. */
export async function MemberFilters({
  values,
  teams,
  locale,
}: {
  values: { q?: string; kind?: string; team?: string; topic?: string; active?: string; sort?: string; dir?: string };
  teams: { id: number; name: string }[];
  locale: "vi" | "en";
}) {
  const [t, tUi] = await Promise.all([getTranslations("members"), getTranslations("fieldUi")]);
  return (
    <form method="get" className="flex flex-wrap items-end gap-2" role="search" aria-label={tUi("search")}>
      <input
        type="search"
        name="q"
        defaultValue={values.q}
        placeholder={t("searchPlaceholder")}
        aria-label={tUi("search")}
        className={`${filterInput} w-44`}
      />
      <select name="kind" defaultValue={values.kind ?? ""} aria-label={t("fields.kind")} className={filterInput}>
        <option value="">
          {t("fields.kind")}: {tUi("all")}
        </option>
        {kinds.map((k) => (
          <option key={k} value={k}>
            {t(`kinds.${k}`)}
          </option>
        ))}
      </select>
      <select name="team" defaultValue={values.team ?? ""} aria-label={t("fields.team")} className={filterInput}>
        <option value="">
          {t("fields.team")}: {tUi("all")}
        </option>
        {teams.map((team) => (
          <option key={team.id} value={team.id}>
            {team.name}
          </option>
        ))}
      </select>
      <select
        name="topic"
        defaultValue={values.topic ?? ""}
        aria-label={t("fields.topic")}
        className={`${filterInput} max-w-44`}
      >
        <option value="">
          {t("fields.topic")}: {tUi("all")}
        </option>
        {trainingTopics.map((topic) => (
          <option key={topic.code} value={topic.code}>
            {locale === "vi" ? topic.nameVi : topic.nameEn}
          </option>
        ))}
      </select>
      <select name="active" defaultValue={values.active ?? ""} aria-label={t("fields.status")} className={filterInput}>
        <option value="">
          {t("fields.status")}: {tUi("all")}
        </option>
        <option value="yes">{t("active")}</option>
        <option value="no">{t("inactive")}</option>
      </select>
      {values.sort ? <input type="hidden" name="sort" value={values.sort} /> : null}
      {values.dir ? <input type="hidden" name="dir" value={values.dir} /> : null}
      <button
        type="submit"
        className="rounded-md bg-union-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-union-700"
      >
        {tUi("filter")}
      </button>
      <Link href="/members" className={secondaryLink}>
        {tUi("clear")}
      </Link>
    </form>
  );
}
