import { hashPassword } from "@/lib/auth/password";
import type { Executor } from "@/lib/db/client";
import { users } from "@/lib/db/schema";
import { insertReturningIds } from "./bulk";
import { demoAccounts } from "./demo-accounts";
import type { DemoContext } from "./demo-context";

// The demo's accounts (demo-accounts.ts). bcrypt is slow on purpose, so each distinct password
// is hashed once.
export async function seedAccounts(tx: Executor, ctx: DemoContext): Promise<void> {
  const hashes = new Map<string, string>();
  for (const password of new Set(demoAccounts.map((a) => a.password)))
    hashes.set(password, await hashPassword(password));

  const communeByCode = new Map(ctx.communes.map((c) => [c.spec.code, c]));
  const ids = await insertReturningIds(
    tx,
    users,
    demoAccounts.map((a) => {
      const commune = a.commune ? communeByCode.get(a.commune) : undefined;
      if (a.commune && !commune) throw new Error(`Demo account ${a.username}: unknown commune ${a.commune}`);
      return {
        username: a.username,
        displayName: a.displayName,
        passwordHash: hashes.get(a.password)!,
        role: a.role,
        provinceId: a.province ? ctx.provinceIds.get(a.province)! : null,
        communeId: commune?.id ?? null,
        locale: "vi",
      };
    }),
  );
  demoAccounts.forEach((a, i) => {
    ctx.userIds.set(a.username, ids[i]!);
    const commune = a.commune ? communeByCode.get(a.commune) : undefined;
    if (commune && a.role === "commune_secretary") commune.secretaryUserId = ids[i]!;
    if (commune && a.role === "center_director") commune.directorUserId = ids[i]!;
  });
}
