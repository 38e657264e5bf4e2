import { and, eq, sql } from "drizzle-orm";
import type { ActionRegistry } from "@/lib/access/action-case-types";
import type { Executor } from "@/lib/db/client";
import { queryRows } from "@/lib/db/rows";
import { villages } from "@/lib/db/schema";
import { saveCommuneBoundary, updateVillage } from "./commands";

// Access-matrix cases for the map actions (docs/access-matrix.md): a secretary corrects the
// villages of its own commune; boundaries are the admin's.

async function communeId(db: Executor, code: string): Promise<number> {
  const [row] = await queryRows<{ id: number }>(db, sql`select id from communes where code = ${code}`);
  if (!row) throw new Error(`no commune ${code}`);
  return Number(row.id);
}

/** The first active village of a commune as its edit form would post it (slightly renamed). */
async function villageForm(db: Executor, code: string) {
  const [row] = await db
    .select({
      id: villages.id,
      name: villages.name,
      lat: villages.lat,
      lng: villages.lng,
      updatedAt: villages.updatedAt,
    })
    .from(villages)
    .where(and(eq(villages.communeId, await communeId(db, code)), eq(villages.active, true)))
    .orderBy(villages.id)
    .limit(1);
  if (!row) throw new Error(`no village in ${code}`);
  return {
    villageId: String(row.id),
    name: `${row.name.replace(/ \(MT\)$/, "")} (MT)`,
    lat: String(row.lat),
    lng: String(row.lng),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** A small square around the commune's center, as pasted GeoJSON. */
async function boundary(db: Executor, code: string) {
  const [row] = await queryRows<{ id: number; lat: number; lng: number }>(
    db,
    sql`select id, center_lat as lat, center_lng as lng from communes where code = ${code}`,
  );
  if (!row) throw new Error(`no commune ${code}`);
  const [lat, lng, d] = [Number(row.lat), Number(row.lng), 0.02];
  const ring = [
    [lng - d, lat - d],
    [lng + d, lat - d],
    [lng + d, lat + d],
    [lng - d, lat + d],
    [lng - d, lat - d],
  ];
  return {
    communeId: String(await communeId(db, code)),
    geojson: JSON.stringify({ type: "Polygon", coordinates: [ring] }),
  };
}

export const mapActionCases: ActionRegistry = {
  "lib/map/actions.ts#updateVillageAction": {
    command: updateVillage,
    cases: [
      {
        name: "another commune's village",
        as: "bithu.hoaxuan",
        input: ({ db }) => villageForm(db, "HAI-VAN"),
        expect: "refused",
      },
      {
        name: "another province's village",
        as: "bithu.cairang",
        input: ({ db }) => villageForm(db, "HAI-VAN"),
        expect: "refused",
      },
      {
        name: "a director edits no villages",
        as: "giamdoc.haivan",
        input: ({ db }) => villageForm(db, "HAI-VAN"),
        expect: "refused",
      },
      {
        name: "a provincial officer edits no villages",
        as: "tinhdoan.danang",
        input: ({ db }) => villageForm(db, "HAI-VAN"),
        expect: "refused",
      },
      { name: "own commune", as: "bithu.haivan", input: ({ db }) => villageForm(db, "HAI-VAN"), expect: "ok" },
      {
        name: "moved far from the commune",
        as: "bithu.haivan",
        input: async ({ db }) => ({ ...(await villageForm(db, "HAI-VAN")), lat: "10,03", lng: "105,78" }),
        expect: "rejected",
      },
    ],
  },
  "lib/map/actions.ts#saveBoundaryAction": {
    command: saveCommuneBoundary,
    cases: [
      {
        name: "a secretary, own commune",
        as: "bithu.haivan",
        input: ({ db }) => boundary(db, "HAI-VAN"),
        expect: "refused",
      },
      {
        name: "a provincial officer",
        as: "tinhdoan.danang",
        input: ({ db }) => boundary(db, "HOA-XUAN"),
        expect: "refused",
      },
      {
        name: "not GeoJSON",
        as: "admin",
        input: async ({ db }) => ({ ...(await boundary(db, "HAI-VAN")), geojson: "{" }),
        expect: "rejected",
      },
      { name: "the admin", as: "admin", input: ({ db }) => boundary(db, "HAI-VAN"), expect: "ok" },
    ],
  },
};
