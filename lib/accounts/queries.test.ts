import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/roles";
import { createDemoDatabase, type TestDatabase } from "@/lib/db/testing";
import { viewerFor } from "@/lib/testing/viewers";
import { defaultAccountListParams, parseAccountListParams } from "./list-params";
import { accountById, listAccounts, unitsInScope } from "./queries";

let test: TestDatabase;
let admin: Viewer;
let daNang: Viewer;
let secretary: Viewer;

beforeAll(async () => {
  test = await createDemoDatabase();
  admin = await viewerFor(test.db, "admin");
  daNang = await viewerFor(test.db, "tinhdoan.danang");
  secretary = await viewerFor(test.db, "bithu.haivan");
}, 240_000); // the demo seed takes a while on a busy 2-core machine
afterAll(async () => {
  await test?.close();
});

const usernames = async (viewer: Viewer, params = defaultAccountListParams) =>
  (await listAccounts(viewer, params)).rows.map((r) => r.username);

describe("the account list", () => {
  it("shows the admin every account", async () => {
    expect(await usernames(admin)).toEqual(
      expect.arrayContaining([
        "admin",
        "tinhdoan.danang",
        "tinhdoan.cantho",
        "bithu.haivan",
        "giamdoc.haivan",
        "bithu.cairang",
      ]),
    );
  });

  it("shows the Đà Nẵng officer its communes' secretaries and directors and itself, nothing of Cần Thơ", async () => {
    const seen = await usernames(daNang);
    expect(seen).toEqual(
      expect.arrayContaining(["tinhdoan.danang", "bithu.haivan", "giamdoc.haivan", "bithu.hoaxuan"]),
    );
    expect(seen).not.toContain("admin");
    expect(seen).not.toContain("tinhdoan.cantho");
    expect(seen).not.toContain("bithu.cairang");
  });

  it("shows a commune secretary nothing", async () => {
    expect(await usernames(secretary)).toEqual([]);
  });

  it("searches names without diacritics, filters and sorts", async () => {
    expect(await usernames(admin, parseAccountListParams({ q: "van hai" }))).toEqual(["bithu.haivan"]);
    expect(
      await usernames(admin, parseAccountListParams({ role: "provincial_officer", sort: "username", dir: "desc" })),
    ).toEqual(["tinhdoan.danang", "tinhdoan.cantho"]);
    const units = await unitsInScope(admin);
    const canTho = units.provinces.find((p) => p.name.includes("Cần Thơ"))!;
    expect(await usernames(admin, parseAccountListParams({ unit: `p${canTho.id}` }))).toEqual([
      "bithu.cairang",
      "tinhdoan.cantho",
    ]);
  });

  it("pages 25 at a time", async () => {
    const list = await listAccounts(admin, { ...defaultAccountListParams, page: 2 });
    expect(list.rows).toEqual([]);
    expect(list.pages).toBe(1);
    expect(list.total).toBeGreaterThanOrEqual(7);
  });
});

describe("one account", () => {
  it("is not found across provinces, and says what the viewer may do", async () => {
    const canTho = (await viewerFor(test.db, "bithu.cairang")).id;
    expect(await accountById(daNang, canTho)).toBeNull();
    expect(await accountById(secretary, secretary.id)).toBeNull();
    expect(await accountById(daNang, secretary.id)).toMatchObject({
      username: "bithu.haivan",
      manageable: true,
      self: false,
    });
    expect(await accountById(daNang, daNang.id)).toMatchObject({ manageable: false, self: true });
    expect(await accountById(admin, daNang.id)).toMatchObject({ manageable: true });
  });

  it("offers the Đà Nẵng officer only Đà Nẵng's communes", async () => {
    const units = await unitsInScope(daNang);
    expect(units.provinces.map((p) => p.name)).toEqual(["Thành phố Đà Nẵng"]);
    expect(units.provinces[0]!.communes.map((c) => c.name)).toEqual(
      expect.arrayContaining(["Phường Hải Vân", "Phường Hòa Xuân"]),
    );
  });
});
