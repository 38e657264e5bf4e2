import "server-only";
import { asc } from "drizzle-orm";
import type { Viewer } from "@/lib/auth/roles";
import { communeScope } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import { communes } from "@/lib/db/schema";

/** Communes an account without one of its own may import into (its scope); null for commune roles. */
export async function importCommuneOptions(viewer: Viewer): Promise<{ id: number; name: string }[] | null> {
  if (viewer.communeId != null) return null;
  return db
    .select({ id: communes.id, name: communes.name })
    .from(communes)
    .where(communeScope(viewer, communes.id))
    .orderBy(asc(communes.name));
}
