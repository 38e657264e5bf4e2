import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { echoValues, guardAction, type FormState } from "@/lib/actions/form-state";
import { auditRefusalOf, type Attempt } from "@/lib/audit/refusal";
import type { Viewer } from "@/lib/auth/roles";
import { getActingViewer, getViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import type { Database } from "@/lib/db/client";

/** A page to refresh after a write: a path, or a path with its layout (everything under it). */
export type Revalidation = string | readonly [path: string, type: "layout" | "page"];

/** What the success state may carry besides status "ok": a message key, values, extra fields. */
type Success = Omit<FormState, "status"> & Record<string, unknown>;

/** What an action answers: the FormState, plus whatever its `ok` adds (an account, recovery codes). */
export type ActionState<X extends Success = Omit<FormState, "status">> = FormState & Partial<Omit<X, keyof FormState>>;

export interface ActionSpec<R, X extends Success> {
  /** The audit vocabulary of the write; a refusal (forbidden / not found) is audited as this. */
  attempt: Attempt;
  /**
   * Who acts. "acting" (the default) is the viewer past the password-change and second-factor
   * gates; "plain" is the signed-in account before them, only for what those gates themselves
   * ask of it (replacing a temporary password, enrolling the second factor) — say why where used.
   */
  viewer?: "acting" | "plain";
  /** The command's input from the form; by default every field's first value. */
  input?: (formData: FormData) => unknown;
  /** The write (lib/<feature>/commands.ts): it validates, authorizes, writes and audits. */
  command: (db: Database, viewer: Viewer, input: unknown) => Promise<R>;
  /** Pages to refresh once the command succeeded. */
  revalidate?: readonly Revalidation[] | ((result: R) => readonly Revalidation[]);
  /** Where to go after success (redirect() runs outside the try: Next throws to redirect). */
  redirect?: (result: R, formData: FormData) => string | undefined | Promise<string | undefined>;
  /** What the success state carries besides status "ok": a message key, extra fields. */
  ok?: (result: R) => X;
  /** Extra values echoed on error (e.g. every ticked checkbox, which echoValues keeps only once). */
  echo?: (formData: FormData) => Record<string, string>;
}

/**
 * The one way a form's server action is written: the viewer (none → forbidden), the command inside
 * guardAction with its refusals audited, revalidation, then redirect() outside the try. Returns an
 * async (prev, formData) function, so a 'use server' file can `export const x = defineAction(…)`.
 */
export function defineAction<R, X extends Success = Omit<FormState, "status">>(spec: ActionSpec<R, X>) {
  return async (_prev: ActionState<X>, formData: FormData): Promise<ActionState<X>> => {
    const viewer = await (spec.viewer === "plain" ? getViewer() : getActingViewer());
    let state: FormState;
    let result: { value: R } | undefined;
    if (!viewer) {
      state = { status: "error", message: "errors.forbidden", values: echoValues(formData) };
    } else {
      state = await guardAction(
        formData,
        async () => {
          const value = await spec.command(
            db,
            viewer,
            spec.input ? await spec.input(formData) : Object.fromEntries(formData),
          );
          result = { value };
          const paths = typeof spec.revalidate === "function" ? spec.revalidate(value) : (spec.revalidate ?? []);
          for (const path of paths) {
            if (typeof path === "string") revalidatePath(path);
            else revalidatePath(path[0], path[1]);
          }
          return { ...spec.ok?.(value), status: "ok" };
        },
        auditRefusalOf(viewer, spec.attempt),
      );
    }
    if (state.status === "error" && spec.echo)
      state = { ...state, values: { ...state.values, ...spec.echo(formData) } };
    if (state.status === "ok" && result && spec.redirect) {
      const target = await spec.redirect(result.value, formData);
      if (target) redirect(target);
    }
    return state as ActionState<X>;
  };
}
