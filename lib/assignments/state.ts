import { createHash } from "node:crypto";
import { asc, eq } from "drizzle-orm";
import type { Executor } from "@/lib/db/client";
import { households, members, villages } from "@/lib/db/schema";
import type { BalancerHousehold, BalancerVillage, BalancerVolunteer } from "./balancer";

export interface BalancerState {
  households: BalancerHousehold[];
  volunteers: BalancerVolunteer[];
  villages: BalancerVillage[];
  /** Changes whenever anything the balancer reads changes: the preview's "version". */
  fingerprint: string;
}

/** Everything the balancer needs for one commune, read in one go (inside the apply's transaction too). */
export async function loadBalancerState(tx: Executor, communeId: number): Promise<BalancerState> {
  const [hs, vs, vils] = [
    await tx
      .select({
        id: households.id,
        villageId: households.villageId,
        elderly: households.elderly,
        poor: households.poor,
        ethnicMinority: households.ethnicMinority,
        hasSmartphone: households.hasSmartphone,
        hasProficientMember: households.hasProficientMember,
        assigneeId: households.assignedMemberId,
      })
      .from(households)
      .where(eq(households.communeId, communeId))
      .orderBy(asc(households.id)),
    await tx
      .select({ id: members.id, villageId: members.villageId, active: members.active })
      .from(members)
      .where(eq(members.communeId, communeId))
      .orderBy(asc(members.id)),
    await tx
      .select({ id: villages.id, lat: villages.lat, lng: villages.lng })
      .from(villages)
      .where(eq(villages.communeId, communeId))
      .orderBy(asc(villages.id)),
  ];
  const fingerprint = createHash("sha256")
    .update(JSON.stringify([hs, vs, vils]))
    .digest("hex")
    .slice(0, 32);
  return { households: hs, volunteers: vs, villages: vils, fingerprint };
}
