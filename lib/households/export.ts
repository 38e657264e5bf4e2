import { forbidden } from "@/lib/actions/form-state";
import { auditExport } from "@/lib/audit/export";
import { can } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/roles";
import type { Database } from "@/lib/db/client";
import { exportFile, type ExportFormat } from "@/lib/export/table";
import { allHouseholds, type HouseholdFilters } from "./queries";

export interface ExportLabels {
  columns: [
    code: string,
    head: string,
    village: string,
    elderly: string,
    poor: string,
    ethnic: string,
    smartphone: string,
    proficient: string,
    volunteer: string,
    reached: string,
  ];
  yes: string;
  no: string;
  sheet: string;
}

/**
 * The household list as CSV (UTF-8 with BOM, so Excel shows Vietnamese) or .xlsx, in the viewer's
 * scope. Exporting household lists is privileged: it needs households.export and leaves an audit row.
 */
export async function exportHouseholds(
  db: Database,
  viewer: Viewer,
  filters: HouseholdFilters,
  format: ExportFormat,
  labels: ExportLabels,
) {
  if (!can(viewer, "households.export")) throw forbidden();
  const rows = await allHouseholds(viewer, filters, db);
  await auditExport(db, viewer, "households", { format, rows: rows.length, filters: { ...filters, page: undefined } });
  const yesNo = (v: boolean) => (v ? labels.yes : labels.no);
  const body = rows.map((r) => [
    r.code,
    r.headName,
    r.villageName,
    yesNo(r.elderly),
    yesNo(r.poor),
    yesNo(r.ethnicMinority),
    yesNo(r.hasSmartphone),
    yesNo(r.hasProficientMember),
    r.volunteerName ?? "",
    r.firstReachedOn ? { date: r.firstReachedOn } : "",
  ]);
  return exportFile(
    { header: [...labels.columns], body },
    format,
    "ho-gia-dinh",
    labels.sheet,
    [14, 26, 20, 10, 10, 12, 12, 12, 26, 14],
  );
}
