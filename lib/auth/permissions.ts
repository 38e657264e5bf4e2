import type { Role, Viewer } from "./roles";

// What each role may change (issue: accounts, roles and scoped access). Reads follow the scope;
// writes need the capability AND the scope. Anything not listed is refused: roles fail closed.
export const capabilities = [
  "units.manage",
  "reference.manage",
  "accounts.manage",
  "targets.manage",
  "members.manage",
  "teams.manage",
  "households.manage",
  "households.export",
  "assignments.manage",
  "records.write",
  "records.write.center",
  "desks.manage",
  "desks.staff.civil_servants",
  "trainings.manage",
  "roster.manage",
  // The commune secretary proposes roster swaps; the center director decides (roster.manage).
  "roster.propose",
  "audit.read",
  "boundaries.manage",
  // Issuing a commune's report freezes its figures under the commune Youth Union's name.
  "reports.issue.commune",
  // Issuing the province report freezes the figures of every commune under the province Youth Union's name.
  "reports.issue.province",
  // Issuing a service center's report freezes the center's figures under the center's name (its director).
  "reports.issue.center",
  // Security policy for every role (e.g. a second factor required): nation-wide, so admins only.
  "security.manage",
] as const;
export type Capability = (typeof capabilities)[number];

const grants: Record<Role, readonly Capability[]> = {
  admin: capabilities,
  provincial_officer: [
    "targets.manage",
    "accounts.manage",
    "audit.read",
    "households.export",
    "reports.issue.province",
  ],
  commune_secretary: [
    "members.manage",
    "teams.manage",
    "households.manage",
    "households.export",
    "assignments.manage",
    "records.write",
    "records.write.center",
    "desks.manage",
    "desks.staff.civil_servants",
    "trainings.manage",
    "roster.propose",
    "audit.read",
    "reports.issue.commune",
  ],
  center_director: [
    "roster.manage",
    "desks.staff.civil_servants",
    "records.write.center",
    "audit.read",
    "reports.issue.center",
  ],
};

export function can(viewer: Pick<Viewer, "role"> | null | undefined, capability: Capability): boolean {
  if (!viewer) return false;
  const granted = Object.prototype.hasOwnProperty.call(grants, viewer.role) ? grants[viewer.role] : undefined;
  return granted?.includes(capability) ?? false;
}

/** Roles an account manager may hand out: admins any, provincial officers only commune roles. */
export function assignableRoles(viewer: Pick<Viewer, "role">): Role[] {
  if (viewer.role === "admin") return ["admin", "provincial_officer", "commune_secretary", "center_director"];
  if (viewer.role === "provincial_officer") return ["commune_secretary", "center_director"];
  return [];
}
