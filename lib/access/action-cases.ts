import { fieldActionCases } from "@/lib/access/field-action-cases";
import { accountActionCases } from "@/lib/accounts/action-cases";
import { deskActionCases } from "@/lib/desks/action-cases";
import { deskSeriesActionCases } from "@/lib/desks/series-action-cases";
import { mapActionCases } from "@/lib/map/action-cases";
import { supportActionCases } from "@/lib/records/action-cases";
import { reportActionCases } from "@/lib/reports/action-cases";
import { rosterActionCases } from "@/lib/roster/action-cases";
import { securityActionCases } from "@/lib/security/action-cases";
import { targetActionCases } from "@/lib/targets/action-cases";
import type { ActionRegistry } from "./action-case-types";

// Every exported server action ('use server' lib/**/actions.ts) is listed here, with the command
// it calls and cases run against the seeded demo (lib/access/actions-registry.test.ts). A new
// action without an entry fails the suite. See docs/access-matrix.md.

const sessionActions: ActionRegistry = {
  "lib/auth/actions.ts#signInAction": {
    exempt:
      "signs in through Auth.js; its rules (one bcrypt per attempt, throttle, second factor) are tested in lib/auth/authenticate.test.ts",
  },
  "lib/auth/actions.ts#signOutAction": { exempt: "ends the caller's own session; reads and writes no data" },
  "lib/i18n/actions.ts#setLocaleAction": {
    exempt: "sets the caller's language (a cookie, and users.locale of the session's own account only); takes no ids",
  },
};

export const actionRegistry: ActionRegistry = {
  ...sessionActions,
  ...securityActionCases,
  ...accountActionCases,
  ...supportActionCases,
  ...targetActionCases,
  ...reportActionCases,
  ...mapActionCases,
  ...fieldActionCases,
  ...deskActionCases,
  ...deskSeriesActionCases,
  ...rosterActionCases,
};
