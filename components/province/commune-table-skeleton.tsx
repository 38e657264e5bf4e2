import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { communeColumns } from "./commune-table";

/**
 * The communes' table while its figures stream in, at the table's final size: the page knows how
 * many communes the province has before the figures arrive, so the skeleton draws the same header,
 * one two-line row per commune and the total and median rows, with the table's own classes. The
 * trend and ranking below then do not jump when the table replaces it (Lighthouse measured a layout
 * shift of 0.6 on /province with a fixed-height block here).
 */
export async function CommuneTableSkeleton({
  count,
  deskDays,
  label,
}: {
  count: number;
  deskDays: number;
  label: string;
}) {
  const t = await getTranslations("province.table");
  const columns = communeColumns(t, deskDays);
  // Each figure cell holds a line of text-sm and a line of 11px under it, as the real cells do.
  const cells = () => [
    <th key="name" scope="row" className="px-2 py-1.5 text-left font-normal">
      <span className="inline-block h-3 w-28 rounded bg-slate-200 align-middle" />
    </th>,
    ...columns.map((c) => (
      <td key={c.key} className="tabular px-2 py-1.5 text-right">
        <span className="inline-block h-3 w-10 rounded bg-slate-200 align-middle" />
        <span className="block text-[11px]">&nbsp;</span>
      </td>
    )),
  ];
  return (
    <Card>
      <div className="animate-pulse" role="status" aria-label={label} data-testid="commune-table-skeleton">
        <div className="border-b border-slate-100 px-4 py-2 text-sm font-semibold text-slate-800">{t("title")}</div>
        {count === 0 ? (
          <p className="px-4 py-8 text-center text-sm">&nbsp;</p>
        ) : (
          <div className="overflow-x-hidden">
            <table className="w-full text-sm" aria-hidden="true">
              <thead className="bg-slate-50 text-xs text-slate-600">
                <tr>
                  {[{ key: "name", label: t("commune") }, ...columns].map((c, i) => (
                    <th
                      key={c.key}
                      scope="col"
                      className={`px-2 py-1.5 font-medium ${i === 0 ? "text-left" : "text-right"}`}
                    >
                      {c.label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {Array.from({ length: count }, (_, i) => (
                  <tr key={i}>{cells()}</tr>
                ))}
              </tbody>
              <tfoot className="border-t-2 border-slate-300 bg-slate-50 font-medium">
                <tr>{cells()}</tr>
                <tr>{cells()}</tr>
              </tfoot>
            </table>
          </div>
        )}
      </div>
    </Card>
  );
}
