import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ExpectedError } from "@/lib/actions/form-state";
import { queryRows } from "@/lib/db/rows";
import { seedDemo } from "@/lib/db/seed";
import { createTestDatabase, type TestDatabase } from "@/lib/db/testing";
import { viewerFor } from "@/lib/testing/viewers";
import { saveCommuneBoundary, updateVillage } from "./commands";
import { villageById } from "./village-page";

let test: TestDatabase;
let haiVanId: number;
let hoaXuanId: number;
let taLangId: number;
let hoaXuanVillageId: number;

const square = {
  type: "Polygon",
  coordinates: [
    [
      [108.0, 16.05],
      [108.2, 16.05],
      [108.2, 16.2],
      [108.0, 16.2],
      [108.0, 16.05],
    ],
  ],
};

const rejection = async (work: Promise<unknown>) => {
  try {
    await work;
  } catch (error) {
    if (error instanceof ExpectedError) return { key: error.key, fields: error.fieldErrors };
    throw error;
  }
  throw new Error("expected the command to be refused");
};
const auditRows = (entity: string, entityId: number) =>
  queryRows<{ user_id: number; changes: Record<string, { before: unknown; after: unknown }> }>(
    test.db,
    sql`select user_id, changes from audit_log where entity = ${entity} and entity_id = ${String(entityId)} order by id`,
  );

beforeAll(async () => {
  test = await createTestDatabase();
  await seedDemo(test.db);
  const rows = await queryRows<{ k: string; id: number }>(
    test.db,
    sql`select 'HV' as k, id from communes where code = 'HAI-VAN' union all select 'HX', id from communes where code = 'HOA-XUAN'
        union all select 'TL', v.id from villages v join communes c on c.id = v.commune_id where c.code = 'HAI-VAN' and v.name = 'Tà Lang'
        union all (select 'HXV', v.id from villages v join communes c on c.id = v.commune_id where c.code = 'HOA-XUAN' order by v.id limit 1)`,
  );
  const id = (k: string) => rows.find((r) => r.k === k)!.id;
  [haiVanId, hoaXuanId, taLangId, hoaXuanVillageId] = [id("HV"), id("HX"), id("TL"), id("HXV")];
}, 300_000);
afterAll(() => test?.close());

describe("saveCommuneBoundary", () => {
  it("stores a valid boundary for the admin and audits it without the coordinates", async () => {
    const admin = await viewerFor(test.db, "admin");
    const result = await saveCommuneBoundary(test.db, admin, {
      communeId: String(haiVanId),
      geojson: JSON.stringify({ type: "Feature", properties: {}, geometry: square }),
    });
    expect(result).toEqual({ communeId: haiVanId, vertices: 5 });
    const [row] = await queryRows<{ boundary: unknown }>(
      test.db,
      sql`select boundary from communes where id = ${haiVanId}`,
    );
    expect(row!.boundary).toEqual(square);
    const audit = await auditRows("commune_boundary", haiVanId);
    expect(audit).toHaveLength(1);
    expect(audit[0]!.user_id).toBe(admin.id);
    expect(audit[0]!.changes.vertices).toEqual({ before: null, after: 5 });
  });

  it("refuses bad GeoJSON with a field message and writes nothing", async () => {
    const admin = await viewerFor(test.db, "admin");
    const outside = { type: "Polygon", coordinates: [square.coordinates[0]!.map(([x, y]) => [x! - 20, y])] };
    expect(
      await rejection(saveCommuneBoundary(test.db, admin, { communeId: hoaXuanId, geojson: JSON.stringify(outside) })),
    ).toEqual({
      key: "map.errors.boundaryOutsideVietnam",
      fields: { geojson: ["map.errors.boundaryOutsideVietnam"] },
    });
    expect((await rejection(saveCommuneBoundary(test.db, admin, { communeId: hoaXuanId, geojson: "{" }))).key).toBe(
      "map.errors.boundaryNotJson",
    );
    const [row] = await queryRows<{ boundary: unknown }>(
      test.db,
      sql`select boundary from communes where id = ${hoaXuanId}`,
    );
    expect(row!.boundary).toBeNull();
    expect(await auditRows("commune_boundary", hoaXuanId)).toHaveLength(0);
  });

  it("is the admin's alone", async () => {
    for (const user of ["bithu.haivan", "tinhdoan.danang"]) {
      const viewer = await viewerFor(test.db, user);
      expect(
        (
          await rejection(
            saveCommuneBoundary(test.db, viewer, { communeId: haiVanId, geojson: JSON.stringify(square) }),
          )
        ).key,
      ).toBe("errors.forbidden");
    }
  });
});

describe("updateVillage", () => {
  const formFor = async (villageId: number, viewerName: string, change: Record<string, string>) => {
    const admin = await viewerFor(test.db, "admin");
    const village = (await villageById(admin, villageId))!;
    return {
      villageId: String(villageId),
      name: village.name,
      lat: String(village.lat),
      lng: String(village.lng),
      updatedAt: village.updatedAt,
      ...change,
      _viewer: viewerName,
    };
  };

  it("moves and renames a village for its secretary: history row, audit row, exact coordinates", async () => {
    const viewer = await viewerFor(test.db, "bithu.haivan");
    const input = await formFor(taLangId, "bithu.haivan", { name: "Tà Lang (thôn)", lat: "16,1123", lng: "107.9876" });
    expect(await updateVillage(test.db, viewer, input)).toEqual({ villageId: taLangId, renamed: true });
    const village = await villageById(viewer, taLangId);
    expect(village).toMatchObject({ name: "Tà Lang (thôn)", lat: 16.1123, lng: 107.9876, coordsApproximate: false });
    const history = await queryRows<{ event: string; previous_name: string }>(
      test.db,
      sql`select event::text, previous_name from village_history where village_id = ${taLangId}`,
    );
    expect(history).toEqual([{ event: "renamed", previous_name: "Tà Lang" }]);
    const audit = await auditRows("village", taLangId);
    expect(audit.at(-1)!.changes).toMatchObject({
      name: { before: "Tà Lang", after: "Tà Lang (thôn)" },
      lat: { after: 16.1123 },
    });
  });

  it("stores the village's monthly desk target (0–8, empty for the default), audited; absent leaves it", async () => {
    const viewer = await viewerFor(test.db, "bithu.haivan");
    await updateVillage(test.db, viewer, await formFor(taLangId, "", { deskTargetPerMonth: "3" }));
    expect((await villageById(viewer, taLangId))!.deskTargetPerMonth).toBe(3);
    expect((await auditRows("village", taLangId)).at(-1)!.changes).toMatchObject({
      deskTargetPerMonth: { before: null, after: 3 },
    });
    // A form without the field (an older page) keeps it; an empty field goes back to the default.
    await updateVillage(test.db, viewer, await formFor(taLangId, "", {}));
    expect((await villageById(viewer, taLangId))!.deskTargetPerMonth).toBe(3);
    await updateVillage(test.db, viewer, await formFor(taLangId, "", { deskTargetPerMonth: " " }));
    expect((await villageById(viewer, taLangId))!.deskTargetPerMonth).toBeNull();
    for (const bad of ["9", "-1", "2,5", "hai"]) {
      const refused = await rejection(
        updateVillage(test.db, viewer, await formFor(taLangId, "", { deskTargetPerMonth: bad })),
      );
      expect(refused.fields).toEqual({ deskTargetPerMonth: ["map.errors.deskTarget"] });
    }
    expect((await villageById(viewer, taLangId))!.deskTargetPerMonth).toBeNull();
  });

  it("refuses a stale form as a conflict", async () => {
    const viewer = await viewerFor(test.db, "bithu.haivan");
    const input = await formFor(taLangId, "bithu.haivan", { updatedAt: "2026-01-01T00:00:00.000Z" });
    expect((await rejection(updateVillage(test.db, viewer, input))).key).toBe("errors.conflict");
  });

  it("refuses coordinates outside Vietnam or 100 km from the center, and bad numbers, writing nothing", async () => {
    const viewer = await viewerFor(test.db, "bithu.haivan");
    const before = await villageById(viewer, taLangId);
    expect(
      (await rejection(updateVillage(test.db, viewer, await formFor(taLangId, "", { lat: "48.85", lng: "2.35" }))))
        .fields,
    ).toMatchObject({ lat: ["map.errors.outsideVietnam"] });
    expect(
      (await rejection(updateVillage(test.db, viewer, await formFor(taLangId, "", { lat: "10.03", lng: "105.78" }))))
        .fields,
    ).toEqual({ lat: ["map.errors.tooFarFromCenter"] });
    expect(
      (await rejection(updateVillage(test.db, viewer, await formFor(taLangId, "", { lat: "abc", name: " " })))).fields,
    ).toMatchObject({
      lat: ["map.errors.latInvalid"],
      name: ["map.errors.nameRequired"],
    });
    expect(await villageById(viewer, taLangId)).toEqual(before);
  });

  it("treats another commune's village as not found, and refuses roles that may not edit", async () => {
    const haivan = await viewerFor(test.db, "bithu.haivan");
    expect((await rejection(updateVillage(test.db, haivan, await formFor(hoaXuanVillageId, "", {})))).key).toBe(
      "errors.notFound",
    );
    for (const user of ["giamdoc.haivan", "tinhdoan.danang"]) {
      const viewer = await viewerFor(test.db, user);
      expect((await rejection(updateVillage(test.db, viewer, await formFor(taLangId, "", {})))).key).toBe(
        "errors.forbidden",
      );
    }
  });
});
