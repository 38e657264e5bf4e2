import { getTranslations } from "next-intl/server";
import { Card, CardHeader } from "@/components/ui/card";

/** Members × topics: a check where the member attended a training on the topic. */
export async function TrainingMatrix({
  rows,
  topics,
}: {
  rows: { id: number; fullName: string; topics: string[] }[];
  topics: { code: string; name: string }[];
}) {
  const t = await getTranslations("trainings");
  return (
    <Card>
      <CardHeader title={t("matrix")} />
      {rows.length === 0 ? (
        <p className="px-4 py-6 text-sm text-slate-500">{t("matrixEmpty")}</p>
      ) : (
        <div className="max-h-[32rem] overflow-auto">
          <table className="w-full text-xs" data-testid="training-matrix">
            <thead className="sticky top-0 bg-slate-50 text-slate-500">
              <tr>
                <th scope="col" className="px-3 py-2 text-left font-medium">
                  {t("fields.member")}
                </th>
                {topics.map((topic) => (
                  <th key={topic.code} scope="col" className="w-20 px-1 py-2 text-center align-bottom font-medium">
                    {topic.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((r) => {
                const has = new Set(r.topics);
                return (
                  <tr key={r.id}>
                    <th scope="row" className="whitespace-nowrap px-3 py-1 text-left font-normal">
                      <a href={`/members/${r.id}`} className="text-union-600 hover:underline">
                        {r.fullName}
                      </a>
                    </th>
                    {topics.map((topic) => (
                      <td key={topic.code} className="px-1 py-1 text-center">
                        {has.has(topic.code) ? (
                          <span className="font-semibold text-covered-600" aria-label={t("trained")}>
                            ✓
                          </span>
                        ) : (
                          <span className="text-slate-500" aria-label={t("notTrained")}>
                            ·
                          </span>
                        )}
                      </td>
                    ))}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}
