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
  /** A page path (":id" for the id, digits) whose first link on `list` is opened first, when the
   * route's links live there (e.g. an edit link on the record's own page). */
  via?: string;
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
  /** When the list's link reads a generic label ("Sửa"): a selector in the link's table row whose
   * text (a name) is the marker instead. */
  markerIn?: string;
  /** What an id looks like in the URL; digits unless said otherwise (so "/accounts/new" is no id). */
  id?: RegExp;
  /**
   * For pages only linked from another id page (e.g. "/members/:id/edit" from "/members/:id"):
   * the lists' links to this path give the ids, and this route opens the same ids.
   */
  idsFrom?: string;
}

export const accessRoutes: readonly AccessRoute[] = [
  // A duty on the roster: every reader in scope opens it (the director also edits it there).
  {
    path: "/roster/entries/:id",
    roles: ["admin", "provincial_officer", "commune_secretary", "center_director"],
    samples: [
      { unit: "haivan", as: "giamdoc.haivan", list: "/roster?view=month" },
      { unit: "hoaxuan", as: "bithu.hoaxuan", list: "/roster?view=month" },
      { unit: "cairang", as: "tinhdoan.cantho", list: "/roster?view=month" },
    ],
  },
  {
    path: "/accounts/:id",
    roles: ["admin", "provincial_officer"],
    samples: [
      { unit: "haivan", as: "admin", list: "/accounts?q=bithu.haivan" },
      { unit: "hoaxuan", as: "admin", list: "/accounts?q=bithu.hoaxuan" },
      { unit: "cairang", as: "admin", list: "/accounts?q=bithu.cairang" },
    ],
  },
  {
    // The list links read "Sửa" (edit): the row's commune is the marker. Targets are the province's: a Đà Nẵng target
    // stands for Đà Nẵng's units (only the admin and provincial officers may open the page at all).
    path: "/province/targets/:id",
    roles: ["admin", "provincial_officer"],
    samples: [
      { unit: "haivan", as: "tinhdoan.danang", list: "/province/targets" },
      { unit: "cairang", as: "tinhdoan.cantho", list: "/province/targets" },
    ],
    markerIn: "th",
    showsLinkText: false,
  },
  {
    // Center records: the center director may edit those too; the admin and provincial officers
    // edit no records (the page needs a commune). The list's link reads "Sửa": the row's
    // volunteer is the marker.
    path: "/records/:id/edit",
    roles: ["commune_secretary", "center_director"],
    samples: [
      { unit: "haivan", as: "bithu.haivan", list: "/records/list?channel=center" },
      { unit: "hoaxuan", as: "bithu.hoaxuan", list: "/records/list?channel=center" },
    ],
    markerIn: "td:nth-child(6)",
    showsLinkText: false,
  },
  {
    // Ids from the village list beside a secretary's commune map.
    path: "/villages/:id",
    roles: ["admin", "provincial_officer", "commune_secretary", "center_director"],
    samples: [
      { unit: "haivan", as: "bithu.haivan", list: "/map" },
      { unit: "hoaxuan", as: "bithu.hoaxuan", list: "/map" },
    ],
    showsLinkText: false,
  },
  {
    // The edit link is on the village page itself; the village's name on the map list is the marker.
    path: "/villages/:id/edit",
    roles: ["admin", "commune_secretary"],
    samples: [
      { unit: "haivan", as: "bithu.haivan", list: "/map", via: "/villages/:id" },
      { unit: "hoaxuan", as: "bithu.hoaxuan", list: "/map", via: "/villages/:id" },
    ],
    showsLinkText: false,
  },
  // Field features (members, teams, households): any role may read inside its scope (the lists and
  // pages are scoped by communeScope); only roles that may save the form get the edit pages.
  // Members and teams: the two Đà Nẵng wards (a Cần Thơ officer meets both as out of scope).
  {
    path: "/members/:id",
    roles: ["admin", "provincial_officer", "commune_secretary", "center_director"],
    samples: [
      { unit: "haivan", as: "bithu.haivan", list: "/members" },
      { unit: "hoaxuan", as: "bithu.hoaxuan", list: "/members" },
    ],
  },
  {
    path: "/members/:id/edit",
    idsFrom: "/members/:id",
    roles: ["admin", "commune_secretary"],
    samples: [
      { unit: "haivan", as: "bithu.haivan", list: "/members" },
      { unit: "hoaxuan", as: "bithu.hoaxuan", list: "/members" },
    ],
  },
  {
    path: "/members/teams/:id",
    roles: ["admin", "provincial_officer", "commune_secretary", "center_director"],
    samples: [
      { unit: "haivan", as: "bithu.haivan", list: "/members/teams" },
      { unit: "hoaxuan", as: "bithu.hoaxuan", list: "/members/teams" },
    ],
  },
  // Household codes start with the commune's abbreviation (HV-, HX-, CR-).
  {
    path: "/households/:id",
    roles: ["admin", "provincial_officer", "commune_secretary", "center_director"],
    samples: [
      { unit: "haivan", as: "bithu.haivan", list: "/households?q=HV-" },
      { unit: "hoaxuan", as: "bithu.hoaxuan", list: "/households?q=HX-" },
      { unit: "cairang", as: "tinhdoan.cantho", list: "/households?q=CR-" },
    ],
  },
  {
    path: "/households/:id/edit",
    idsFrom: "/households/:id",
    roles: ["admin", "commune_secretary"],
    samples: [
      { unit: "haivan", as: "bithu.haivan", list: "/households?q=HV-" },
      { unit: "hoaxuan", as: "bithu.hoaxuan", list: "/households?q=HX-" },
      { unit: "cairang", as: "tinhdoan.cantho", list: "/households?q=CR-" },
    ],
  },
];

/** Pages with an id in the URL that the matrix does not open, each with the reason. */
// The mobile-desk pages: the seed plans desks only in communes with remote villages (Hải Vân, not
// Hòa Xuân or Cái Răng), so the matrix's second unit has no desk to sample. Their cross-scope
// checks live in e2e/desks.spec.ts (Hòa Xuân's secretary and Cần Thơ's officer get 404 on a Hải
// Vân desk's pages, and its village never appears) and lib/desks/commands.test.ts.
const deskPages = "no desk in a second matrix unit (no remote villages there); cross-scope 404s in e2e/desks.spec.ts";
export const exemptRoutes: Record<string, string> = {
  "/desks/:id": deskPages,
  "/desks/:id/edit": deskPages,
  "/desks/:id/cancel": deskPages,
  "/desks/:id/close": deskPages,
  // The demo holds no issued report (one exists only once a secretary issues it), so the matrix
  // has no id to sample; e2e/reports.spec.ts issues one and checks another commune's secretary
  // gets 404, and lib/reports/reports.test.ts checks the scope of the query for every role kind.
  "/reports/:id": "issued reports are created by e2e/reports.spec.ts, which checks the cross-scope 404",
};
