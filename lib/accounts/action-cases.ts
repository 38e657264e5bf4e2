import { sql } from "drizzle-orm";
import type { ActionRegistry } from "@/lib/access/action-case-types";
import type { Executor } from "@/lib/db/client";
import { users } from "@/lib/db/schema";
import { DEMO_PASSWORD } from "@/lib/db/seed";
import { createAccount, resetAccountPassword, resetSecondFactor, setAccountActive, updateAccount } from "./commands";
import { changeOwnPassword } from "./own-password";

// Access-matrix cases for the account actions (docs/access-matrix.md).

async function account(db: Executor, username: string) {
  const [row] = await db
    .select({
      id: users.id,
      role: users.role,
      displayName: users.displayName,
      provinceId: users.provinceId,
      communeId: users.communeId,
    })
    .from(users)
    .where(sql`lower(${users.username}) = ${username}`);
  if (!row) throw new Error(`no account ${username}`);
  return row;
}
const created = "matran.hoaxuan";

/** The account, with a second factor switched on (as if its owner had enrolled one). */
async function withSecondFactor(db: Executor, username: string) {
  const row = await account(db, username);
  await db
    .update(users)
    .set({ totpEnabled: true, totpSecret: "JBSWY3DPEHPK3PXP" })
    .where(sql`${users.id} = ${row.id}`);
  return row;
}

/** A new Hòa Xuân secretary placed in `communeOf`'s commune. */
const newSecretary = async (db: Executor, username: string, communeOf: string) => {
  const unit = await account(db, communeOf);
  return {
    username,
    displayName: "Ma Trận Thử",
    role: "commune_secretary",
    provinceId: unit.provinceId,
    communeId: unit.communeId,
    passwordMode: "generate",
  };
};
const edit = async (db: Executor, username: string) => {
  const a = await account(db, username);
  return {
    id: a.id,
    displayName: `${a.displayName} (sửa)`,
    role: a.role,
    provinceId: a.provinceId ?? "",
    communeId: a.communeId ?? "",
  };
};

export const accountActionCases: ActionRegistry = {
  "lib/accounts/actions.ts#createAccountAction": {
    command: createAccount,
    cases: [
      {
        name: "a secretary manages no accounts",
        as: "bithu.haivan",
        input: ({ db }) => newSecretary(db, "matran.x1", "bithu.haivan"),
        expect: "refused",
      },
      {
        name: "another province's commune",
        as: "tinhdoan.danang",
        input: ({ db }) => newSecretary(db, "matran.x2", "bithu.cairang"),
        expect: "refused",
      },
      {
        name: "an officer hands out admin",
        as: "tinhdoan.danang",
        input: () => ({ username: "matran.x3", displayName: "X", role: "admin", passwordMode: "generate" }),
        expect: "refused",
      },
      {
        name: "a bad username",
        as: "tinhdoan.danang",
        input: ({ db }) => newSecretary(db, "Sai Ten!", "bithu.hoaxuan"),
        expect: "rejected",
      },
      {
        name: "in the officer's province",
        as: "tinhdoan.danang",
        input: ({ db }) => newSecretary(db, created, "bithu.hoaxuan"),
        expect: "ok",
      },
    ],
  },
  "lib/accounts/actions.ts#updateAccountAction": {
    command: updateAccount,
    cases: [
      {
        name: "another province's account",
        as: "tinhdoan.danang",
        input: ({ db }) => edit(db, "bithu.cairang"),
        expect: "refused",
      },
      {
        name: "a director manages no accounts",
        as: "giamdoc.haivan",
        input: ({ db }) => edit(db, "bithu.haivan"),
        expect: "refused",
      },
      { name: "in the officer's province", as: "tinhdoan.danang", input: ({ db }) => edit(db, created), expect: "ok" },
    ],
  },
  "lib/accounts/actions.ts#setAccountActiveAction": {
    command: setAccountActive,
    cases: [
      {
        name: "another province's account",
        as: "tinhdoan.cantho",
        input: async ({ db }) => ({ id: (await account(db, created)).id, active: "false" }),
        expect: "refused",
      },
      {
        name: "a secretary manages no accounts",
        as: "bithu.hoaxuan",
        input: async ({ db }) => ({ id: (await account(db, created)).id, active: "false" }),
        expect: "refused",
      },
      {
        name: "deactivate in scope",
        as: "tinhdoan.danang",
        input: async ({ db }) => ({ id: (await account(db, created)).id, active: "false" }),
        expect: "ok",
      },
      {
        name: "reactivate (admin)",
        as: "admin",
        input: async ({ db }) => ({ id: (await account(db, created)).id, active: "true" }),
        expect: "ok",
      },
    ],
  },
  "lib/accounts/actions.ts#resetPasswordAction": {
    command: resetAccountPassword,
    cases: [
      {
        name: "another province's account",
        as: "tinhdoan.danang",
        input: async ({ db }) => ({ id: (await account(db, "bithu.cairang")).id }),
        expect: "refused",
      },
      {
        name: "a director manages no accounts",
        as: "giamdoc.haivan",
        input: async ({ db }) => ({ id: (await account(db, "bithu.haivan")).id }),
        expect: "refused",
      },
      {
        name: "in scope",
        as: "tinhdoan.danang",
        input: async ({ db }) => ({ id: (await account(db, created)).id }),
        expect: "ok",
      },
    ],
  },
  "lib/accounts/actions.ts#resetSecondFactorAction": {
    command: resetSecondFactor,
    cases: [
      {
        name: "another province's account",
        as: "tinhdoan.cantho",
        input: async ({ db }) => ({ id: (await withSecondFactor(db, created)).id }),
        expect: "refused",
      },
      {
        name: "a secretary manages no accounts",
        as: "bithu.hoaxuan",
        input: async ({ db }) => ({ id: (await withSecondFactor(db, created)).id }),
        expect: "refused",
      },
      {
        name: "in scope",
        as: "tinhdoan.danang",
        input: async ({ db }) => ({ id: (await withSecondFactor(db, created)).id }),
        expect: "ok",
      },
    ],
  },
  "lib/accounts/actions.ts#changePasswordAction": {
    command: changeOwnPassword,
    noRefusalBecause: "changes the signed-in account's own password (no id in the input)",
    cases: [
      {
        name: "a wrong current password",
        as: "bithu.cairang",
        input: () => ({
          currentPassword: "Sai@2026xx",
          newPassword: "Cai-Rang#2026-moi",
          confirmPassword: "Cai-Rang#2026-moi",
        }),
        expect: "rejected",
      },
      {
        name: "the right one",
        as: "bithu.cairang",
        input: () => ({
          currentPassword: DEMO_PASSWORD,
          newPassword: "Cai-Rang#2026-moi",
          confirmPassword: "Cai-Rang#2026-moi",
        }),
        expect: "ok",
      },
    ],
  },
};
