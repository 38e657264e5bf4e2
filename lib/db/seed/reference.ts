import type { Executor } from "@/lib/db/client";
import { procedures, rolePolicies, role } from "@/lib/db/schema";
import { procedureCatalogue } from "@/lib/reference/procedures";

// Reference data every installation starts with: the procedures catalogue and one security policy
// per role (no second factor required until the admin says so). Idempotent.
export async function seedReference(tx: Executor): Promise<void> {
  await tx
    .insert(procedures)
    .values(procedureCatalogue.map((p, i) => ({ ...p, sortOrder: (i + 1) * 10, active: true })))
    .onConflictDoNothing();
  await tx
    .insert(rolePolicies)
    .values(role.enumValues.map((r) => ({ role: r, requireTotp: false })))
    .onConflictDoNothing();
}
