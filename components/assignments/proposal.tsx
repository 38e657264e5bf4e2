import { getTranslations } from "next-intl/server";
import { Card, CardHeader } from "@/components/ui/card";
import type { Locale } from "@/lib/i18n/config";
import { formatNumber } from "@/lib/i18n/format";
import { ApplyForm } from "./apply-form";

interface Move {
  householdId: number;
  fromVolunteerId: number | null;
  toVolunteerId: number | null;
  code: string;
  headName: string;
  villageName: string;
  priority: number;
  fromName: string | null;
  toName: string | null;
}

/** The balancer's proposal, grouped by the volunteer who receives the households. */
export async function Proposal({
  moves,
  cap,
  fingerprint,
  locale,
  highlight,
  communeId,
}: {
  moves: Move[];
  cap: number;
  fingerprint: string;
  locale: Locale;
  highlight?: number;
  communeId?: number;
}) {
  const t = await getTranslations("assignments");
  const groups = new Map<string, { title: string; released: boolean; moves: Move[] }>();
  for (const m of moves) {
    const key = m.toVolunteerId == null ? "none" : String(m.toVolunteerId);
    const group = groups.get(key) ?? {
      title: m.toVolunteerId == null ? t("released") : t("to", { name: m.toName ?? "" }),
      released: m.toVolunteerId == null,
      moves: [],
    };
    group.moves.push(m);
    groups.set(key, group);
  }
  const ordered = [...groups.values()].sort(
    (a, b) => Number(a.released) - Number(b.released) || a.title.localeCompare(b.title, "vi"),
  );
  return (
    <Card>
      <CardHeader
        title={t("proposal")}
        aside={
          <span className="tabular text-xs text-slate-500">
            {t("moves", { count: formatNumber(moves.length, locale) })}
          </span>
        }
      />
      <div className="space-y-3 p-4">
        <p className="text-xs text-slate-500">{t("proposalIntro")}</p>
        {moves.length === 0 ? (
          <p className="text-sm text-covered-700" data-testid="no-moves">
            {t("noMoves")}
          </p>
        ) : (
          <>
            <div
              className="grid max-h-[28rem] gap-3 overflow-y-auto lg:grid-cols-2"
              data-testid="proposal"
              tabIndex={0}
              role="region"
              aria-label={t("proposal")}
            >
              {ordered.map((g) => (
                <section
                  key={g.title}
                  className={`rounded border ${g.released ? "border-danger-500/30" : "border-slate-200"}`}
                >
                  <h3
                    className={`border-b px-3 py-1.5 text-sm font-medium ${g.released ? "bg-danger-50 text-danger-700" : "bg-slate-50 text-slate-800"}`}
                  >
                    {g.title}{" "}
                    <span className="tabular text-xs font-normal text-slate-500">
                      (+{formatNumber(g.moves.length, locale)})
                    </span>
                  </h3>
                  <ul className="divide-y divide-slate-100 text-xs">
                    {g.moves.map((m) => (
                      <li
                        key={m.householdId}
                        className={`flex justify-between gap-2 px-3 py-1 ${highlight != null && m.fromVolunteerId === highlight ? "bg-union-50" : ""}`}
                      >
                        <span>
                          <span className="tabular font-medium">{m.code}</span> · {m.headName} · {m.villageName}
                        </span>
                        <span className="shrink-0 text-slate-500">
                          {m.fromName ? t("from", { name: m.fromName }) : t("fromNobody")}
                        </span>
                      </li>
                    ))}
                  </ul>
                </section>
              ))}
            </div>
            <ApplyForm
              cap={cap}
              fingerprint={fingerprint}
              count={formatNumber(moves.length, locale)}
              communeId={communeId}
            />
          </>
        )}
      </div>
    </Card>
  );
}
