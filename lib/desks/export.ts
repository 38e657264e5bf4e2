import type { Cell, Table } from "@/lib/export/table";
import type { DeskRow } from "./queries";

// The desk list as a spreadsheet (CSV or .xlsx through lib/export/table.ts). Pure.

export const deskExportColumns = [
  "id",
  "day",
  "start",
  "end",
  "commune",
  "village",
  "place",
  "status",
  "reason",
  "volunteers",
  "civilServants",
  "people",
] as const;
export type DeskExportColumn = (typeof deskExportColumns)[number];

export function deskExportTable(
  rows: readonly DeskRow[],
  labels: { header: (c: DeskExportColumn) => string; status: (s: DeskRow["status"]) => string },
): Table {
  return {
    header: deskExportColumns.map(labels.header),
    body: rows.map((d): Cell[] => [
      d.id,
      { date: d.day },
      d.startTime,
      d.endTime,
      d.communeName,
      d.villageName,
      d.place,
      labels.status(d.status),
      d.cancelReason ?? "",
      d.volunteers.join("; "),
      d.civilServants.join("; "),
      d.status === "held" ? d.peopleServed : "",
    ]),
  };
}
