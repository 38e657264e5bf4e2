import { getTranslations } from "next-intl/server";
import { getActingViewer } from "@/lib/auth/viewer";
import { importTemplate } from "@/lib/import/templates";
import { isImportKind } from "@/lib/import/types";
import type { NextRequest } from "next/server";

// A template per kind, CSV or .xlsx: the Vietnamese headers the import reads, and one example row.
export async function GET(request: NextRequest) {
  const viewer = await getActingViewer();
  if (!viewer) return new Response("Unauthorized", { status: 401 });
  const params = request.nextUrl.searchParams;
  const kind = params.get("kind");
  if (!isImportKind(kind)) return new Response("Not found", { status: 404 });
  const format = params.get("format") === "xlsx" ? "xlsx" : "csv";
  // Always Vietnamese: templates go to ward offices and come back through the import.
  const t = await getTranslations({ locale: "vi", namespace: "import.templates" });
  const file = await importTemplate(kind, format, {
    headers: t.raw(`${kind}.headers`) as string[],
    examples: t.raw(`${kind}.examples`) as string[][],
    notes: t.has(`${kind}.notes`) ? (t.raw(`${kind}.notes`) as { column: string; text: string }[]) : undefined,
    sheet: t(`${kind}.sheet`),
    fileName: t(`${kind}.fileName`),
  });
  return new Response(new Uint8Array(file.body), {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": `attachment; filename="${file.fileName}"`,
      "Cache-Control": "no-store",
    },
  });
}
