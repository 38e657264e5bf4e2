import "server-only";
import { auditExport } from "@/lib/audit/export";
import type { Viewer } from "@/lib/auth/roles";
import type { Database } from "@/lib/db/client";
import { exportFile, type ExportFormat } from "@/lib/export/table";
import { listMembers, type MemberFilters } from "./queries";
import type { MemberKind } from "./schemas";

export interface MemberExportLabels {
  columns: [
    name: string,
    kind: string,
    village: string,
    affiliation: string,
    joined: string,
    status: string,
    households: string,
    topics: string,
  ];
  kind: (kind: MemberKind) => string;
  topic: (code: string) => string;
  active: string;
  inactive: string;
  sheet: string;
}

/**
 * The members list with the list's filters, every page of it, as CSV or .xlsx, in the viewer's
 * scope. Names of people leave the system, so the export leaves an audit row.
 */
export async function exportMembers(
  db: Database,
  viewer: Viewer,
  filters: MemberFilters,
  format: ExportFormat,
  labels: MemberExportLabels,
) {
  const { rows } = await listMembers(viewer, filters, { all: true });
  await auditExport(db, viewer, "members", { format, rows: rows.length, filters: { ...filters, page: undefined } });
  const body = rows.map((r) => [
    r.fullName,
    labels.kind(r.kind),
    r.villageName ?? "",
    r.affiliation ?? "",
    r.joinedOn ? { date: r.joinedOn } : "",
    r.active ? labels.active : labels.inactive,
    r.households,
    (r.topics ?? []).map(labels.topic).join("; "),
  ]);
  return exportFile(
    { header: [...labels.columns], body },
    format,
    "tinh-nguyen-vien",
    labels.sheet,
    [28, 18, 22, 26, 14, 16, 12, 50],
  );
}
