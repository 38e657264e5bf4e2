import { fileURLToPath } from "node:url";
import type { Role } from "@/lib/auth/roles";

/** Every demo account's password (the demo seed sets it; it is not a secret). */
export const demoPassword = "Demo@2026";

/** The demo seed's accounts, one per role and scope the e2e specs need to look through. */
export const demoAccounts = {
  admin: { role: "admin" },
  "tinhdoan.danang": { role: "provincial_officer" },
  "tinhdoan.cantho": { role: "provincial_officer" },
  "bithu.haivan": { role: "commune_secretary" },
  "bithu.hoaxuan": { role: "commune_secretary" },
  "giamdoc.haivan": { role: "center_director" },
} as const satisfies Record<string, { role: Role }>;

export type DemoUser = keyof typeof demoAccounts;
export const demoUsers = Object.keys(demoAccounts) as DemoUser[];

/**
 * The saved session of a demo account, written once per run by e2e/auth.setup.ts.
 * In a spec: `test.use({ storageState: storageStateFor("bithu.haivan") })`.
 */
export function storageStateFor(user: DemoUser): string {
  return fileURLToPath(new URL(`../.auth/${user}.json`, import.meta.url));
}
