import "server-only";
import { redirect } from "next/navigation";
import { guardAction, type FormState } from "@/lib/actions/form-state";
import { auditRefusalOf, type Attempt } from "@/lib/audit/refusal";
import type { Viewer } from "@/lib/auth/roles";
import { getActingViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import type { Database } from "@/lib/db/client";

/**
 * The thin part every field action shares: the viewer (none → forbidden), the command inside
 * guardAction (a refusal audited as `attempt`), then `after` (revalidate, and the path to go to)
 * and redirect() outside the try.
 */
export async function runFieldAction<R>(
  formData: FormData,
  attempt: Attempt,
  command: (db: Database, viewer: Viewer, input: unknown) => Promise<R>,
  after: (result: R) => string | undefined,
  input: unknown = Object.fromEntries(formData),
): Promise<FormState> {
  const viewer = await getActingViewer();
  if (!viewer) return { status: "error", message: "errors.forbidden" };
  let target: string | undefined;
  const state = await guardAction(formData, async () => {
    target = after(await command(db, viewer, input));
    return { status: "ok" };
  }, auditRefusalOf(viewer, attempt));
  if (state.status === "ok" && target) redirect(target);
  return state;
}
