import { getTranslations } from "next-intl/server";
import { getActingViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { eventResponse, importResponse } from "@/lib/import/http";
import type { NextRequest } from "next/server";

// Import preview / commit: POST the file's bytes (?kind=records|households|members&mode=preview|commit
// [&communeId=…][&sha256=…][&skipExisting=1], X-File-Name header). The answer streams NDJSON progress events.
// Not behind the proxy's body buffering (proxy.ts matcher): this handler checks the viewer itself
// and reads the body as a stream, refusing more than 50 MB as soon as it is seen. Same origin only
// (lib/import/same-origin.ts): a cross-site POST gets 403 before anything is read.
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function POST(request: NextRequest) {
  const t = await getTranslations();
  const viewer = await getActingViewer();
  if (!viewer) return eventResponse(401, { type: "error", message: t("errors.forbidden") });
  if (viewer.mustChangePassword) return eventResponse(403, { type: "error", message: t("errors.forbidden") });
  const params = request.nextUrl.searchParams;
  return importResponse(
    db,
    viewer,
    {
      kind: params.get("kind"),
      mode: params.get("mode"),
      communeId: params.get("communeId"),
      sha256: params.get("sha256"),
      fileName: request.headers.get("x-file-name"),
      contentLength: request.headers.get("content-length"),
      skipExisting: params.get("skipExisting"),
      origin: request.headers.get("origin"),
      host: request.headers.get("x-forwarded-host") ?? request.headers.get("host"),
      body: request.body,
    },
    (key, values) => t(key, values),
  );
}
