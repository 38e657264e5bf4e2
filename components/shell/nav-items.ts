import type { Role } from "@/lib/auth/roles";

export type NavKey =
  | "overview"
  | "province"
  | "map"
  | "records"
  | "households"
  | "assignments"
  | "members"
  | "desks"
  | "roster"
  | "trainings"
  | "reports"
  | "accounts"
  | "audit";

export interface NavItem {
  key: NavKey;
  /** null while the section is not built yet: shown, marked "soon", not a link. */
  href: string | null;
  roles: readonly Role[];
}

const everyone: readonly Role[] = ["admin", "provincial_officer", "commune_secretary", "center_director"];
const communeRoles: readonly Role[] = ["admin", "commune_secretary", "center_director"];

export const navGroups: { key: "watch" | "field" | "plan" | "admin"; items: NavItem[] }[] = [
  {
    key: "watch",
    items: [
      { key: "overview", href: "/", roles: everyone },
      { key: "province", href: "/province", roles: ["admin", "provincial_officer"] },
      { key: "map", href: "/map", roles: everyone },
      { key: "reports", href: "/reports", roles: everyone },
    ],
  },
  {
    key: "field",
    items: [
      { key: "records", href: "/records", roles: communeRoles },
      { key: "households", href: "/households", roles: ["admin", "commune_secretary"] },
      { key: "assignments", href: "/assignments", roles: ["admin", "commune_secretary"] },
      { key: "members", href: "/members", roles: communeRoles },
      { key: "trainings", href: "/trainings", roles: ["admin", "commune_secretary"] },
    ],
  },
  {
    key: "plan",
    items: [
      { key: "desks", href: "/desks", roles: everyone },
      { key: "roster", href: "/roster", roles: everyone },
    ],
  },
  {
    key: "admin",
    items: [
      { key: "accounts", href: "/accounts", roles: ["admin", "provincial_officer"] },
      { key: "audit", href: "/audit", roles: everyone },
    ],
  },
];

export const visibleNav = (role: Role) =>
  navGroups
    .map((g) => ({ ...g, items: g.items.filter((i) => i.roles.includes(role)) }))
    .filter((g) => g.items.length > 0);
