import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { BoundaryForm } from "@/components/map/boundary-form";
import { Card, CardHeader } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/viewer";
import { communesForBoundaries } from "@/lib/map/boundary-queries";
import type { Metadata } from "next";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("map.boundary"))("title") };
}

export default async function BoundariesPage({ searchParams }: { searchParams: Promise<{ commune?: string }> }) {
  const viewer = await requireViewer();
  if (!can(viewer, "boundaries.manage")) notFound();
  const [communes, t, { commune }] = await Promise.all([
    communesForBoundaries(viewer),
    getTranslations("map.boundary"),
    searchParams,
  ]);
  const selected = communes.find((c) => String(c.id) === commune)?.id ?? null;
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-xl font-semibold text-slate-900">{t("title")}</h1>
        <p className="text-sm text-slate-500">{t("intro")}</p>
      </div>
      <div className="grid gap-4 lg:grid-cols-[1fr_1fr]">
        <BoundaryForm
          communes={communes.map((c) => ({ id: c.id, label: `${c.name} · ${c.provinceName}` }))}
          selected={selected}
        />
        <Card>
          <CardHeader title={t("listTitle")} />
          {communes.length === 0 ? (
            <p className="px-4 py-6 text-sm text-slate-500">{t("empty")}</p>
          ) : (
            <table className="w-full text-sm" data-testid="boundary-list">
              <tbody className="divide-y divide-slate-100">
                {communes.map((c) => (
                  <tr key={c.id}>
                    <th scope="row" className="px-4 py-1.5 text-left font-normal">
                      <Link href={`/map?commune=${c.id}`} className="text-union-700 hover:underline">
                        {c.name}
                      </Link>
                      <span className="text-xs text-slate-500"> · {c.provinceName}</span>
                    </th>
                    <td className="px-4 py-1.5 text-right text-xs">
                      {c.hasBoundary ? (
                        <span className="text-covered-700">{t("has", { type: c.geometryType ?? "" })}</span>
                      ) : (
                        <span className="text-slate-500">{t("none")}</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </Card>
      </div>
    </div>
  );
}
