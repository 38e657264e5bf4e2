import { getTranslations } from "next-intl/server";

const tone = {
  planned: "bg-union-50 text-union-700",
  held: "bg-covered-50 text-covered-700",
  cancelled: "bg-slate-100 text-slate-600 line-through",
} as const;

/** A desk's status in words (never colour alone). */
export async function StatusBadge({ status }: { status: keyof typeof tone }) {
  const t = await getTranslations("desks.status");
  return <span className={`rounded px-1.5 py-0.5 text-[11px] font-medium ${tone[status]}`}>{t(status)}</span>;
}
