import Link from "next/link";
import { getTranslations } from "next-intl/server";

const links = [
  { key: "entry", href: "/records" },
  { key: "list", href: "/records/list" },
  { key: "funnel", href: "/records/funnel" },
] as const;

/** The three views of the records section: entry, the full list, the household funnel. */
export async function RecordsNav({ current }: { current: (typeof links)[number]["key"] | null }) {
  const t = await getTranslations("records.links");
  return (
    <nav
      className="no-print flex gap-1 rounded-md border border-slate-200 bg-white p-0.5 text-sm"
      aria-label={t("list")}
    >
      {links.map((l) => (
        <Link
          key={l.key}
          href={l.href}
          aria-current={current === l.key ? "page" : undefined}
          className={`rounded px-3 py-1 ${current === l.key ? "bg-union-600 text-white" : "text-slate-600 hover:bg-slate-100"}`}
        >
          {t(l.key)}
        </Link>
      ))}
    </nav>
  );
}
