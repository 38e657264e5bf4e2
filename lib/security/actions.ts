"use server";

import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import { forbidden, guardAction, type FormState } from "@/lib/actions/form-state";
import { auditRefusalOf, type Attempt } from "@/lib/audit/refusal";
import { requestContext } from "@/lib/auth/request-context";
import type { Viewer } from "@/lib/auth/roles";
import { getActingViewer, getViewer } from "@/lib/auth/viewer";
import {
  beginTotpEnrolment,
  confirmTotpEnrolment,
  disableTotp,
  regenerateRecoveryCodes,
  setRoleTotpPolicy,
} from "./commands";

export interface RecoveryCodesState extends FormState {
  /** Shown once, right after they are made; only their hashes are stored. */
  recoveryCodes?: string[];
}

const input = (formData: FormData) => Object.fromEntries(formData) as Record<string, unknown>;

/**
 * guardAction with the viewer (none → forbidden) and its refusals audited as `attempt`.
 * The viewer's own second factor uses the plain viewer: an account whose role requires TOTP must
 * be able to enrol before it passes that gate. Policy changes use the acting viewer, past the
 * password-change and second-factor gates, so an admin with a temporary password or without the
 * second factor its role requires can't switch the protection off.
 */
async function guardSecurity<S extends FormState>(
  formData: FormData,
  attempt: Attempt,
  body: (viewer: Viewer) => Promise<S>,
  viewerOf: () => Promise<Viewer | null> = getViewer,
): Promise<S> {
  const viewer = await viewerOf();
  return guardAction(formData, () => (viewer ? body(viewer) : Promise.reject(forbidden())), auditRefusalOf(viewer, attempt)) as Promise<S>;
}

export async function beginTotpEnrolmentAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return guardSecurity(formData, { entity: "user", action: "totp.enrolment_started" }, async (viewer) => {
    await beginTotpEnrolment(db, viewer, input(formData));
    revalidatePath("/account/security");
    return { status: "ok" };
  });
}

// The two actions below don't revalidate: the page would re-render without the codes before the
// user has copied them. The form offers a link that reloads the page once they are saved.
export async function confirmTotpEnrolmentAction(_prev: RecoveryCodesState, formData: FormData): Promise<RecoveryCodesState> {
  return guardSecurity(formData, { entity: "user", action: "totp.enabled" }, async (viewer) => {
    const { recoveryCodes } = await confirmTotpEnrolment(db, viewer, input(formData), await requestContext());
    return { status: "ok", recoveryCodes };
  });
}

export async function regenerateRecoveryCodesAction(_prev: RecoveryCodesState, formData: FormData): Promise<RecoveryCodesState> {
  return guardSecurity(formData, { entity: "user", action: "recovery_codes.regenerated" }, async (viewer) => {
    const { recoveryCodes } = await regenerateRecoveryCodes(db, viewer, input(formData), await requestContext());
    return { status: "ok", recoveryCodes };
  });
}

export async function disableTotpAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return guardSecurity(formData, { entity: "user", action: "totp.disabled" }, async (viewer) => {
    await disableTotp(db, viewer, input(formData), await requestContext());
    revalidatePath("/account/security");
    return { status: "ok" };
  });
}

export async function setRoleTotpPolicyAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return guardSecurity(
    formData,
    { entity: "role_policy", action: "update" },
    async (viewer) => {
      await setRoleTotpPolicy(db, viewer, input(formData), await requestContext());
      revalidatePath("/admin/security");
      return { status: "ok" };
    },
    getActingViewer,
  );
}
