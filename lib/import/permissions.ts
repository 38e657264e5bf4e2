import { can } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/roles";
import { writableChannels } from "@/lib/records/permissions";
import { importKinds, type ImportKind } from "./types";

/** The kinds this viewer may import (the same capabilities as the forms). Pure. */
export function importableKinds(viewer: Pick<Viewer, "role">): ImportKind[] {
  return importKinds.filter((kind) =>
    kind === "records"
      ? writableChannels(viewer).length > 0
      : can(viewer, kind === "households" ? "households.manage" : "members.manage"),
  );
}
