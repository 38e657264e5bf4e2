"use server";

import type { FormState } from "@/lib/actions/form-state";
import { requestContext } from "@/lib/auth/request-context";
import { defineAction } from "@/lib/core/define-action";
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

// The viewer's own second factor uses the plain viewer: an account whose role requires TOTP must
// be able to enrol before it passes that gate. Policy changes use the acting viewer (the default),
// past the password-change and second-factor gates, so an admin with a temporary password or
// without the second factor its role requires can't switch the protection off.

export const beginTotpEnrolmentAction = defineAction({
  attempt: { entity: "user", action: "totp.enrolment_started" },
  viewer: "plain",
  command: beginTotpEnrolment,
  revalidate: ["/account/security"],
});

// The two actions below don't revalidate: the page would re-render without the codes before the
// user has copied them. The form offers a link that reloads the page once they are saved.
export const confirmTotpEnrolmentAction = defineAction({
  attempt: { entity: "user", action: "totp.enabled" },
  viewer: "plain",
  command: async (db, viewer, input) => confirmTotpEnrolment(db, viewer, input, await requestContext()),
  ok: ({ recoveryCodes }) => ({ recoveryCodes }),
});

export const regenerateRecoveryCodesAction = defineAction({
  attempt: { entity: "user", action: "recovery_codes.regenerated" },
  viewer: "plain",
  command: async (db, viewer, input) => regenerateRecoveryCodes(db, viewer, input, await requestContext()),
  ok: ({ recoveryCodes }) => ({ recoveryCodes }),
});

export const disableTotpAction = defineAction({
  attempt: { entity: "user", action: "totp.disabled" },
  viewer: "plain",
  command: async (db, viewer, input) => disableTotp(db, viewer, input, await requestContext()),
  revalidate: ["/account/security"],
});

export const setRoleTotpPolicyAction = defineAction({
  attempt: { entity: "role_policy", action: "update" },
  command: async (db, viewer, input) => setRoleTotpPolicy(db, viewer, input, await requestContext()),
  revalidate: ["/admin/security"],
});
