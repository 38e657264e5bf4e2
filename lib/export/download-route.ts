import "server-only";
import { getTranslations } from "next-intl/server";
import { ExpectedError, isRefusal } from "@/lib/actions/form-state";
import { auditRefusal } from "@/lib/audit/refusal";
import type { Viewer } from "@/lib/auth/roles";
import { getActingViewer } from "@/lib/auth/viewer";
import { env } from "@/lib/env";
import { isCrossSiteRequest } from "./cross-site";

const text = (body: string, status: number) =>
  new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

/**
 * The GET handler of every data download (route handlers are not covered by the pages' checks,
 * and the proxy is never the only one): a request sent by another site is refused before
 * anything is read or audited; then the acting viewer (none → 401); then `handler`, which reads
 * in the viewer's scope and audits the export. A refusal it throws (scope, capability) is
 * audited as refused (`entity`) and answered 403.
 */
export function downloadRoute(entity: string, handler: (request: Request, viewer: Viewer) => Promise<Response>) {
  return async function GET(request: Request): Promise<Response> {
    if (isCrossSiteRequest(request.headers, env.PUBLIC_URL ?? env.AUTH_URL)) {
      // Always Vietnamese, like the files: short, and the only thing the user sees in the tab.
      const t = await getTranslations({ locale: "vi", namespace: "errors" });
      return text(t("crossSite"), 403);
    }
    const viewer = await getActingViewer();
    if (!viewer) return text("Unauthorized", 401);
    try {
      return await handler(request, viewer);
    } catch (error) {
      if (error instanceof ExpectedError && isRefusal(error)) {
        await auditRefusal(viewer, { entity, action: "export", reason: error.key });
        const t = await getTranslations({ locale: "vi", namespace: "errors" });
        return text(t("forbidden"), 403);
      }
      throw error;
    }
  };
}
