import { eq } from "drizzle-orm";
import type { ActionRegistry, CaseContext } from "@/lib/access/action-case-types";
import { decryptTotpSecret, totpCodeAt } from "@/lib/auth/totp";
import { users } from "@/lib/db/schema";
import {
  beginTotpEnrolment,
  confirmTotpEnrolment,
  disableTotp,
  regenerateRecoveryCodes,
  setRoleTotpPolicy,
} from "./commands";

/** The code the viewer's authenticator shows `stepsAhead` steps from now (each code is good once). */
async function codeOf({ db, viewer }: CaseContext, stepsAhead = 0): Promise<string> {
  const [row] = await db.select({ stored: users.totpSecret }).from(users).where(eq(users.id, viewer.id));
  const secret = row?.stored ? decryptTotpSecret(row.stored, viewer.id) : null;
  if (!secret) throw new Error(`${viewer.username} has no TOTP secret`);
  return totpCodeAt(secret, Math.floor(Date.now() / 1000) + 30 * stepsAhead);
}

let keptRecoveryCodes: string[] = [];

const ownAccount = "acts only on the signed-in account (its id comes from the session, never from the input)";

export const securityActionCases: ActionRegistry = {
  "lib/security/actions.ts#beginTotpEnrolmentAction": {
    command: beginTotpEnrolment,
    noRefusalBecause: ownAccount,
    cases: [{ name: "any account starts enrolment", as: "bithu.hoaxuan", input: () => ({}), expect: "ok" }],
  },
  "lib/security/actions.ts#confirmTotpEnrolmentAction": {
    command: confirmTotpEnrolment,
    noRefusalBecause: ownAccount,
    cases: [
      { name: "a wrong code", as: "bithu.hoaxuan", input: () => ({ code: "000000" }), expect: "rejected" },
      { name: "not six digits", as: "bithu.hoaxuan", input: () => ({ code: "12a" }), expect: "rejected" },
      { name: "nothing pending", as: "giamdoc.haivan", input: () => ({ code: "123456" }), expect: "rejected" },
      {
        name: "the app's code",
        as: "bithu.hoaxuan",
        input: (ctx) => codeOf(ctx).then((code) => ({ code })),
        expect: "ok",
      },
      {
        name: "again once on",
        as: "bithu.hoaxuan",
        input: (ctx) => codeOf(ctx, 1).then((code) => ({ code })),
        expect: "rejected",
      },
    ],
  },
  "lib/security/actions.ts#regenerateRecoveryCodesAction": {
    command: regenerateRecoveryCodes,
    noRefusalBecause: ownAccount,
    cases: [
      { name: "without TOTP on", as: "giamdoc.haivan", input: () => ({ code: "123456" }), expect: "rejected" },
      {
        name: "a replayed code",
        as: "bithu.hoaxuan",
        input: (ctx) => codeOf(ctx).then((code) => ({ code })),
        expect: "rejected",
      },
      {
        name: "a fresh code",
        as: "bithu.hoaxuan",
        input: (ctx) => codeOf(ctx, 1).then((code) => ({ code })),
        expect: "ok",
        onResult: (result) => (keptRecoveryCodes = (result as { recoveryCodes: string[] }).recoveryCodes),
      },
    ],
  },
  "lib/security/actions.ts#disableTotpAction": {
    command: disableTotp,
    noRefusalBecause: ownAccount,
    cases: [
      { name: "a wrong code", as: "bithu.hoaxuan", input: () => ({ code: "ABCDE-FGHJK" }), expect: "rejected" },
      { name: "when it is off", as: "giamdoc.haivan", input: () => ({ code: "123456" }), expect: "rejected" },
      {
        name: "a recovery code",
        as: "bithu.hoaxuan",
        input: () => ({ code: keptRecoveryCodes[0] }),
        expect: "ok",
      },
    ],
  },
  "lib/security/actions.ts#setRoleTotpPolicyAction": {
    command: setRoleTotpPolicy,
    cases: [
      {
        name: "a provincial officer",
        as: "tinhdoan.danang",
        input: () => ({ role: "commune_secretary", requireTotp: "true" }),
        expect: "refused",
      },
      {
        name: "a secretary",
        as: "bithu.haivan",
        input: () => ({ role: "commune_secretary", requireTotp: "true" }),
        expect: "refused",
      },
      {
        name: "a director",
        as: "giamdoc.haivan",
        input: () => ({ role: "admin", requireTotp: "false" }),
        expect: "refused",
      },
      {
        name: "an unknown role",
        as: "admin",
        input: () => ({ role: "superuser", requireTotp: "true" }),
        expect: "rejected",
      },
      {
        name: "the admin",
        as: "admin",
        input: () => ({ role: "provincial_officer", requireTotp: "true" }),
        expect: "ok",
      },
      // Relaxing needs a fresh code from the admin's own authenticator (lib/security/commands.test.ts).
      {
        name: "the admin, back, with no second factor of its own",
        as: "admin",
        input: () => ({ role: "provincial_officer", requireTotp: "false" }),
        expect: "rejected",
      },
    ],
  },
};
