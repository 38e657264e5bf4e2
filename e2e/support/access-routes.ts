import type { Role } from "@/lib/auth/roles";
import type { DemoUser } from "./accounts";

// The page half of the access matrix (docs/access-matrix.md): every page with an id in its URL,
// and where to find ids that belong to a known unit. e2e/access-matrix.spec.ts opens each page
// as every matrix account: inside the account's scope it must render (200), outside it must be
// 404 (or 403) with none of the other unit's data in the HTML.

/** Units the demo seed is known to contain, each with data in every feature. */
export type Unit = "haivan" | "hoaxuan" | "cairang";

/** Which units each matrix account may see (its scope in the seed). */
export const matrixAccounts: Record<DemoUser, { role: Role; sees: readonly Unit[] }> = {
  admin: { role: "admin", sees: ["haivan", "hoaxuan", "cairang"] },
  "tinhdoan.danang": { role: "provincial_officer", sees: ["haivan", "hoaxuan"] },
  "tinhdoan.cantho": { role: "provincial_officer", sees: ["cairang"] },
  "bithu.haivan": { role: "commune_secretary", sees: ["haivan"] },
  "giamdoc.haivan": { role: "center_director", sees: ["haivan"] },
  "bithu.hoaxuan": { role: "commune_secretary", sees: ["hoaxuan"] },
};

export interface IdSample {
  /** The unit the discovered record belongs to. */
  unit: Unit;
  /** Who opens the list (an account that sees the unit). */
  as: DemoUser;
  /** The list page (with filters in the URL) whose first link to the route gives the id. */
  list: string;
}

export interface AccessRoute {
  /** The page's path with ":id" where the id goes, e.g. "/accounts/:id". */
  path: string;
  /** Roles that may open the feature at all (inside their scope); others get 404/403 for any id. */
  roles: readonly Role[];
  /** One sample per unit; at least two units, so every account meets an id outside its scope. */
  samples: readonly IdSample[];
  /** Whether the page shows the link's text (the record's name): checked when the page renders. */
  showsLinkText?: boolean;
  /** What an id looks like in the URL; digits unless said otherwise (so "/accounts/new" is no id). */
  id?: RegExp;
}

export const accessRoutes: readonly AccessRoute[] = [
  {
    path: "/accounts/:id",
    roles: ["admin", "provincial_officer"],
    samples: [
      { unit: "haivan", as: "admin", list: "/accounts?q=bithu.haivan" },
      { unit: "hoaxuan", as: "admin", list: "/accounts?q=bithu.hoaxuan" },
      { unit: "cairang", as: "admin", list: "/accounts?q=bithu.cairang" },
    ],
  },
];

/** Pages with an id in the URL that the matrix does not open, each with the reason. */
export const exemptRoutes: Record<string, string> = {};
