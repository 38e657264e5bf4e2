import Link from "next/link";
import { PrintButton } from "@/components/records/print-button";
import { secondaryLink } from "@/components/ui/page-header";

/** Above the document, never printed: back, print, the PDF file and the tables as .xlsx. */
export function ReportToolbar({
  exportQuery,
  labels,
  notes,
}: {
  exportQuery: string;
  labels: { back: string; print: string; pdf: string; xlsx: string };
  notes: React.ReactNode;
}) {
  return (
    <div className="no-print mx-auto mb-3 max-w-[210mm] space-y-2">
      <div className="flex flex-wrap items-center gap-2">
        <Link href="/reports" className="text-sm text-union-600 hover:underline">
          {labels.back}
        </Link>
        <span className="flex-1" />
        <PrintButton label={labels.print} />
        <a
          href={`/reports/export?format=pdf&${exportQuery}`}
          className={secondaryLink}
          data-testid="download-pdf"
          download
        >
          {labels.pdf}
        </a>
        <a
          href={`/reports/export?format=xlsx&${exportQuery}`}
          className={secondaryLink}
          data-testid="download-xlsx"
          download
        >
          {labels.xlsx}
        </a>
      </div>
      {notes}
    </div>
  );
}
