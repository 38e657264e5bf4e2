import type { DemoUser } from "./accounts";

// The accessibility scan's half of the page registry. Pages with an id in their URL come from the
// access matrix (e2e/support/access-routes.ts, which finds real ids); every other page is listed
// here. lib/access/a11y-registry.test.ts fails when a page under app/ is in neither list, so a new
// page cannot be left out of e2e/a11y.spec.ts.

/** One account per role (secretary, director, provincial officer, admin). */
export const scanAccounts: readonly DemoUser[] = ["bithu.haivan", "giamdoc.haivan", "tinhdoan.danang", "admin"];

export interface StaticPage {
  /** Who opens it (each must get a 200): the roles whose view differs; every role appears somewhere. */
  as: readonly DemoUser[];
  /** Opened signed out as well (the sign-in page). */
  anonymous?: true;
  /** Query string for a view with data (e.g. a period that has records). */
  query?: string;
}

const secretary: DemoUser = "bithu.haivan";
const director: DemoUser = "giamdoc.haivan";
const officer: DemoUser = "tinhdoan.danang";
const admin: DemoUser = "admin";

/** Every page without an id in its URL. */
export const staticPages: Record<string, StaticPage> = {
  "/": { as: [secretary, director, officer, admin], query: "?period=quarter" },
  "/province": { as: [officer, admin], query: "?period=quarter" },
  "/province/targets": { as: [officer] },
  "/map": { as: [secretary, officer, admin] },
  "/records": { as: [secretary, director] },
  "/records/list": { as: [director] },
  "/records/funnel": { as: [secretary] },
  "/households": { as: [secretary] },
  "/households/new": { as: [secretary] },
  "/assignments": { as: [secretary] },
  "/members": { as: [director] },
  "/members/new": { as: [secretary, admin] },
  "/members/teams": { as: [secretary] },
  "/members/teams/new": { as: [secretary] },
  "/trainings": { as: [secretary] },
  "/import": { as: [secretary, admin], query: "?kind=households" },
  "/trainings/new": { as: [secretary] },
  "/roster": { as: [director, officer, secretary], query: "?view=month" },
  "/roster/manage": { as: [director] },
  "/accounts": { as: [admin, officer] },
  "/accounts/new": { as: [admin] },
  "/audit": { as: [admin, secretary] },
  "/reports": { as: [secretary, officer] },
  "/reports/preview": { as: [secretary, officer], query: "?period=quarter" },
  "/admin/boundaries": { as: [admin] },
  "/admin/security": { as: [admin] },
  "/account/security": { as: [director] },
  "/account/password": { as: [officer] },
  "/desks": { as: [secretary, director, officer, admin] },
  "/desks/new": { as: [secretary] },
  "/desks/series": { as: [secretary] },
  "/desks/plan": { as: [secretary, admin], query: "?propose=1" },
  "/login": { as: [], anonymous: true },
};

/** What a page shows in a state worth scanning on its own (after a failed submit, empty, English…). */
export interface PageState {
  name: string;
  /** null: signed out. */
  as: DemoUser | null;
  url: string;
  locale?: "en";
  /** Submits the page's first form in <main> with the browser's own checks off (the server's errors show). */
  submitEmpty?: true;
  /** Text the state must show, so the scan is of the state and not of something else. */
  shows: RegExp;
  /** The HTTP status the state answers with. */
  status?: number;
}

const nothing = "khong-co-ket-qua-nao-zz";

export const pageStates: readonly PageState[] = [
  // A failed submit: field errors, the aria-live summary and the kept input.
  {
    name: "sign-in, wrong password",
    as: null,
    url: "/login",
    submitEmpty: true,
    shows: /Nhập tên đăng nhập|không đúng/,
  },
  {
    name: "new member, empty",
    as: "bithu.haivan",
    url: "/members/new",
    submitEmpty: true,
    shows: /Nhập|bắt buộc|không hợp lệ/i,
  },
  {
    name: "new household, empty",
    as: "bithu.haivan",
    url: "/households/new",
    submitEmpty: true,
    shows: /Nhập|bắt buộc|không hợp lệ|Chọn/i,
  },
  {
    name: "new team, empty",
    as: "bithu.haivan",
    url: "/members/teams/new",
    submitEmpty: true,
    shows: /Nhập|bắt buộc|không hợp lệ|Chọn/i,
  },
  {
    name: "new training, empty",
    as: "bithu.haivan",
    url: "/trainings/new",
    submitEmpty: true,
    shows: /Nhập|bắt buộc|không hợp lệ|Chọn/i,
  },
  {
    name: "support record, empty",
    as: "bithu.haivan",
    url: "/records",
    submitEmpty: true,
    shows: /Nhập|bắt buộc|không hợp lệ|Chọn/i,
  },
  {
    name: "new mobile desk, empty",
    as: "bithu.haivan",
    url: "/desks/new",
    submitEmpty: true,
    shows: /Nhập|Chọn|không hợp lệ/i,
  },
  {
    name: "desk series, empty",
    as: "bithu.haivan",
    url: "/desks/series",
    submitEmpty: true,
    shows: /Nhập|Chọn|không hợp lệ/i,
  },
  {
    name: "new account, empty",
    as: "admin",
    url: "/accounts/new",
    submitEmpty: true,
    shows: /Nhập|bắt buộc|không hợp lệ|Chọn/i,
  },
  {
    name: "province target, empty",
    as: "tinhdoan.danang",
    url: "/province/targets",
    submitEmpty: true,
    shows: /Nhập|bắt buộc|không hợp lệ|Chọn|phải/i,
  },
  // Empty states of lists and overviews.
  { name: "households, none found", as: "bithu.haivan", url: `/households?q=${nothing}`, shows: /Không/ },
  { name: "members, none found", as: "bithu.haivan", url: `/members?q=${nothing}`, shows: /Không|Chưa/ },
  { name: "accounts, none found", as: "admin", url: `/accounts?q=${nothing}`, shows: /Không|Chưa/ },
  {
    name: "overview, a period with no records",
    as: "bithu.haivan",
    url: "/?period=custom&from=01/01/2020&to=31/01/2020",
    shows: /Chưa có|Không có/,
  },
  // Overview states: a bad custom date, one channel.
  {
    name: "overview, bad custom date",
    as: "bithu.haivan",
    url: "/?period=custom&from=31/02/2026&to=10/11/2026",
    shows: /Ngày không hợp lệ/,
  },
  {
    name: "overview, mobile desks only",
    as: "bithu.haivan",
    url: "/?period=quarter&channel=mobile_desk",
    shows: /không lọc theo hình thức/i,
  },
  // English.
  {
    name: "overview in English",
    as: "bithu.haivan",
    url: "/?period=quarter",
    locale: "en",
    shows: /Overview|overview/,
  },
  { name: "provincial overview in English", as: "tinhdoan.danang", url: "/province", locale: "en", shows: /commune/i },
  { name: "records in English", as: "bithu.haivan", url: "/records", locale: "en", shows: /record/i },
  { name: "households in English", as: "bithu.haivan", url: "/households", locale: "en", shows: /ousehold/ },
  { name: "sign-in in English", as: null, url: "/login", locale: "en", shows: /Sign in/ },
  { name: "map in English", as: "tinhdoan.danang", url: "/map", locale: "en", shows: /map|Map/ },
  // Not found, signed in (the app's 404) and a scoped id that does not exist.
  { name: "unknown page", as: "bithu.haivan", url: "/khong-ton-tai", shows: /404/, status: 404 },
  { name: "unknown village on the overview", as: "bithu.haivan", url: "/?village=abc", shows: /404/, status: 404 },
  { name: "unknown page in English", as: "admin", url: "/no-such-page", locale: "en", shows: /404/, status: 404 },
];

/**
 * Pages with an id that the access matrix cannot sample (see exemptRoutes in access-routes.ts)
 * and that a feature's own spec scans with axe instead: path → the spec.
 */
export const scannedInSpec: Record<string, string> = {
  "/desks/:id": "e2e/desks.spec.ts",
  "/desks/:id/edit": "e2e/desks.spec.ts",
  "/desks/:id/cancel": "e2e/desks.spec.ts",
  "/desks/:id/close": "e2e/desks.spec.ts",
  "/reports/:id": "e2e/reports.spec.ts",
};
