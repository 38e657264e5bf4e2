import { and, eq, ne, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ExpectedError } from "@/lib/actions/form-state";
import type { Viewer } from "@/lib/auth/roles";
import { communes, households, members, teams } from "@/lib/db/schema";
import { createDemoDatabase, type TestDatabase } from "@/lib/db/testing";
import { viewerFor } from "@/lib/testing/viewers";
import { rowForWrite } from "./scoped-row";
import { isUniqueViolation, uniqueInCommune } from "./unique-guard";

let db: TestDatabase;
let haiVan: Viewer;
let hoaXuan: Viewer;
let director: Viewer;
let admin: Viewer;

beforeAll(async () => {
  db = await createDemoDatabase();
  haiVan = await viewerFor(db.db, "bithu.haivan");
  hoaXuan = await viewerFor(db.db, "bithu.hoaxuan");
  director = await viewerFor(db.db, "giamdoc.haivan");
  admin = await viewerFor(db.db, "admin");
}, 180_000);
afterAll(() => db?.close());

/** The command's ExpectedError key and field errors; fails the test if the work succeeded. */
async function refusal(work: Promise<unknown>) {
  try {
    await work;
  } catch (error) {
    if (error instanceof ExpectedError) return { key: error.key, fields: error.fieldErrors ?? {} };
    throw error;
  }
  throw new Error("expected a refusal");
}

/** Some row of a commune-owned table in the viewer's commune, and one in another commune. */
async function rowsAround(table: typeof members | typeof households | typeof teams, communeId: number) {
  const [own] = await db.db.select({ id: table.id }).from(table).where(eq(table.communeId, communeId)).limit(1);
  const [other] = await db.db.select({ id: table.id }).from(table).where(ne(table.communeId, communeId)).limit(1);
  if (!own || !other) throw new Error("the demo seed has rows in several communes");
  return { own: own.id, other: other.id };
}

describe("rowForWrite", () => {
  it("loads a row of the viewer's commune with the commune's province", async () => {
    const [commune] = await db.db.select().from(communes).where(eq(communes.id, haiVan.communeId!));
    for (const table of [members, households, teams]) {
      const { own } = await rowsAround(table, haiVan.communeId!);
      const { row, provinceId } = await rowForWrite(db.db, haiVan, "members.manage", table, own);
      expect(row).toMatchObject({ id: own, communeId: haiVan.communeId });
      expect(provinceId).toBe(commune!.provinceId);
    }
  });

  it("answers not found for another commune's row, as for an id that does not exist", async () => {
    const { other } = await rowsAround(households, haiVan.communeId!);
    expect(await refusal(rowForWrite(db.db, haiVan, "households.manage", households, other))).toMatchObject({
      key: "errors.notFound",
    });
    expect(await refusal(rowForWrite(db.db, haiVan, "households.manage", households, 999_999_999))).toMatchObject({
      key: "errors.notFound",
    });
  });

  it("refuses a viewer without the capability before reading anything", async () => {
    const { own } = await rowsAround(members, director.communeId!);
    expect(await refusal(rowForWrite(db.db, director, "members.manage", members, own))).toMatchObject({
      key: "errors.forbidden",
    });
  });

  it("lets an admin reach every commune", async () => {
    const { other } = await rowsAround(teams, haiVan.communeId!);
    expect((await rowForWrite(db.db, admin, "teams.manage", teams, other)).row.id).toBe(other);
  });
});

describe("uniqueInCommune", () => {
  const code = uniqueInCommune({
    table: households,
    column: households.code,
    constraint: "households_code_uq",
    field: "code",
    message: "households.errors.codeTaken",
  });

  it("refuses a code the commune already has, on the code field", async () => {
    const [taken] = await db.db.select().from(households).where(eq(households.communeId, haiVan.communeId!)).limit(1);
    expect(await refusal(code.ensureFree(db.db, taken!.communeId, taken!.code))).toEqual({
      key: "errors.invalid",
      fields: { code: ["households.errors.codeTaken"] },
    });
    // The row being edited may keep its own code.
    await expect(code.ensureFree(db.db, taken!.communeId, taken!.code, taken!.id)).resolves.toBeUndefined();
  });

  it("allows the same code in another commune", async () => {
    const [elsewhere] = await db.db
      .select()
      .from(households)
      .where(eq(households.communeId, hoaXuan.communeId!))
      .limit(1);
    const [clash] = await db.db
      .select({ id: households.id })
      .from(households)
      .where(and(eq(households.communeId, haiVan.communeId!), eq(households.code, elsewhere!.code)));
    if (!clash) await expect(code.ensureFree(db.db, haiVan.communeId!, elsewhere!.code)).resolves.toBeUndefined();
    await expect(code.ensureFree(db.db, haiVan.communeId!, `${elsewhere!.code}-không-có`)).resolves.toBeUndefined();
  });

  it("turns a write that races past the check into the same field error", async () => {
    const [taken] = await db.db.select().from(households).where(eq(households.communeId, haiVan.communeId!)).limit(1);
    const { id: _id, createdAt: _c, updatedAt: _u, ...copy } = taken!;
    const racing = db.db.insert(households).values(copy).returning();
    expect(await refusal(code.guard(racing))).toEqual({
      key: "errors.invalid",
      fields: { code: ["households.errors.codeTaken"] },
    });
  });

  it("lets other database errors through", async () => {
    const failing = db.db.execute(sql`select 1 / 0`);
    await expect(code.guard(failing)).rejects.not.toBeInstanceOf(ExpectedError);
    expect(isUniqueViolation(new Error("boom"))).toBe(false);
  });
});
