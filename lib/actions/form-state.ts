// The shape every form's server action returns to useActionState. Field errors and messages are
// message keys (translated by the form), so the action stays language-neutral; `values` echoes
// what the user typed so nothing is lost on error.
export interface FormState {
  status: "idle" | "ok" | "error";
  /** A message key for the whole form, e.g. "errors.conflict". */
  message?: string;
  /** Field name → message keys. */
  fieldErrors?: Record<string, string[]>;
  values?: Record<string, string>;
}

export const idleState: FormState = { status: "idle" };

/** Raised inside actions for outcomes the user should be told about plainly. */
export class ExpectedError extends Error {
  constructor(
    readonly key: "errors.notFound" | "errors.forbidden" | "errors.conflict" | "errors.invalid" | (string & {}),
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(key);
    this.name = "ExpectedError";
  }
}
export const notFound = () => new ExpectedError("errors.notFound");
export const forbidden = () => new ExpectedError("errors.forbidden");
export const conflict = () => new ExpectedError("errors.conflict");

/** The form's submitted text values (files and secrets left out) for echoing back. */
export function echoValues(
  formData: FormData,
  omit: readonly string[] = ["password", "newPassword", "confirmPassword", "currentPassword"],
) {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !omit.includes(key) && !key.startsWith("$ACTION")) values[key] = value;
  }
  return values;
}

/** A refusal: the viewer may not do this, or the id is not in its scope (which looks the same to it). */
export const isRefusal = (error: ExpectedError) => error.key === "errors.forbidden" || error.key === "errors.notFound";

/**
 * Told about a refusal after the action's transaction has rolled back: lib/audit/refusal.ts's
 * auditRefusalOf(viewer, attempt). Passed in rather than imported because this module is also
 * read by client forms (their state types) and must not pull the database into them.
 */
export type RefusalHook = (error: ExpectedError, formData: FormData) => Promise<unknown>;

/**
 * Runs an action body and maps failures to a FormState: expected errors become their message,
 * anything else is logged and shown as a generic error (never a raw database message). A refusal
 * is also handed to `onRefused` (the audit), whose own failure never changes the answer.
 */
export async function guardAction(
  formData: FormData,
  body: () => Promise<FormState>,
  onRefused?: RefusalHook,
): Promise<FormState> {
  try {
    return await body();
  } catch (error) {
    if (error instanceof ExpectedError) {
      if (onRefused && isRefusal(error)) {
        await onRefused(error, formData).catch((auditError: unknown) =>
          console.error("refusal hook failed", auditError),
        );
      }
      return { status: "error", message: error.key, fieldErrors: error.fieldErrors, values: echoValues(formData) };
    }
    // next/navigation's redirect() and notFound() throw on purpose; let them through.
    if (
      error &&
      typeof error === "object" &&
      "digest" in error &&
      typeof error.digest === "string" &&
      /^NEXT_/.test(error.digest)
    ) {
      throw error;
    }
    console.error("action failed", error);
    return { status: "error", message: "errors.unexpected", values: echoValues(formData) };
  }
}
