import type { Executor } from "@/lib/db/client";
import { communes, formerCommunes, provinces, serviceCenters, villages } from "@/lib/db/schema";
import { insertReturningIds } from "./bulk";
import { demoCampaigns, type CampaignSpec } from "./demo-campaigns";
import { MERGED_ON, demoProvinces, type CommuneSpec, type VillageSpec } from "./demo-places";
import { insideVietnamBox, offsetKm, roadDistanceKm, roundPoint, type Point } from "./geo";
import { Random } from "./random";
import type { DemoCalendar } from "./demo-calendar";
import type { DemoContext, SeededCommune } from "./demo-context";

// Provinces, communes, former communes, villages and one service center per commune.

function placeVillage(seed: number, commune: CommuneSpec, village: VillageSpec): Point {
  if (village.at) return village.at;
  const rng = Random.for(seed, `place:${commune.code}:${village.abbr}`);
  const origin = commune.formers.find((f) => f.name === village.former)?.center ?? commune.center;
  const [minKm, maxKm] = village.km ?? [0.5, 3];
  const [fromDeg, toDeg] = village.bearing ?? [0, 360];
  return roundPoint(offsetKm(origin, rng.between(minKm, maxKm), rng.between(fromDeg, toDeg) % 360));
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

// The campaigns' hand-written dates, moved onto the seed day's calendar.
function onCalendar(campaign: CampaignSpec | null, calendar: DemoCalendar): CampaignSpec | null {
  if (!campaign) return null;
  return {
    ...campaign,
    startsOn: calendar.storyDay(campaign.startsOn),
    trainings: campaign.trainings.map((t) => ({ ...t, heldOn: calendar.storyDay(t.heldOn) })),
  };
}

export async function seedUnits(tx: Executor, ctx: DemoContext): Promise<void> {
  const provinceIds = await insertReturningIds(
    tx,
    provinces,
    demoProvinces.map((p) => ({ code: p.code, name: p.name, centerLat: p.center.lat, centerLng: p.center.lng })),
  );
  demoProvinces.forEach((p, i) => ctx.provinceIds.set(p.code, provinceIds[i]!));

  const communeSpecs = demoProvinces.flatMap((p) => p.communes.map((c) => ({ province: p, commune: c })));
  const communeIds = await insertReturningIds(
    tx,
    communes,
    communeSpecs.map(({ province, commune }) => ({
      provinceId: ctx.provinceIds.get(province.code)!,
      code: commune.code,
      name: commune.name,
      kind: commune.kind,
      centerLat: commune.center.lat,
      centerLng: commune.center.lng,
      coordsApproximate: true,
    })),
  );

  for (const [i, { province, commune }] of communeSpecs.entries()) {
    ctx.communes.push({
      id: communeIds[i]!,
      provinceId: ctx.provinceIds.get(province.code)!,
      provinceCode: province.code,
      spec: commune,
      region: province.region,
      campaign: onCalendar(demoCampaigns.find((c) => c.commune === commune.code) ?? null, ctx.calendar),
      serviceCenterId: null,
      formerIds: new Map(),
      villages: [],
      members: [],
      teams: [],
      secretaryUserId: null,
      directorUserId: null,
    });
  }

  const formerRows = ctx.communes.flatMap((c) => c.spec.formers.map((f) => ({ commune: c, name: f.name })));
  const formerIds = await insertReturningIds(
    tx,
    formerCommunes,
    formerRows.map((f) => ({ communeId: f.commune.id, name: f.name, mergedOn: MERGED_ON })),
  );
  formerRows.forEach((f, i) => f.commune.formerIds.set(f.name, formerIds[i]!));

  await seedVillages(tx, ctx);
  await seedServiceCenters(tx, ctx);
}

async function seedVillages(tx: Executor, ctx: DemoContext): Promise<void> {
  const planned = ctx.communes.flatMap((commune) =>
    commune.spec.villages.map((spec) => {
      const point = placeVillage(ctx.seed, commune.spec, spec);
      if (!insideVietnamBox(point)) throw new Error(`${spec.name} falls outside Vietnam's box`);
      return { commune, spec, point, distanceKm: roadDistanceKm(commune.spec.center, point, spec.terrain) };
    }),
  );
  const ids = await insertReturningIds(
    tx,
    villages,
    planned.map(({ commune, spec, point, distanceKm }) => ({
      communeId: commune.id,
      formerCommuneId: spec.former ? commune.formerIds.get(spec.former)! : null,
      code: `${commune.spec.abbr}-${spec.abbr}`,
      name: spec.name,
      kind: spec.kind,
      lat: point.lat,
      lng: point.lng,
      coordsApproximate: true,
      householdsTotal: spec.households,
      distanceKm,
      terrain: spec.terrain,
      remote: spec.remote ?? false,
      priorityGroup: spec.priorityGroup ?? null,
      hasInternet: spec.hasInternet ?? true,
    })),
  );
  planned.forEach(({ commune, spec, point, distanceKm }, i) => {
    commune.villages.push({
      id: ids[i]!,
      communeId: commune.id,
      spec,
      point,
      distanceKm,
      nameGroup: spec.nameGroup ?? "kinh",
      households: [],
    });
  });
}

async function seedServiceCenters(tx: Executor, ctx: DemoContext): Promise<void> {
  const withCenter = ctx.communes.filter((c) => c.spec.villages.length > 0);
  const ids = await insertReturningIds(
    tx,
    serviceCenters,
    withCenter.map((c: SeededCommune) => {
      const rng = Random.for(ctx.seed, `center:${c.spec.code}`);
      const at = roundPoint(offsetKm(c.spec.center, rng.between(0.05, 0.3), rng.between(0, 360)));
      return {
        communeId: c.id,
        name: `Trung tâm Phục vụ hành chính công ${lowerFirst(c.spec.name)}`,
        address: `Trụ sở UBND ${lowerFirst(c.spec.name)}`,
        lat: at.lat,
        lng: at.lng,
        dailyDossiersTypical: c.campaign?.center.dailyDossiersTypical ?? null,
        // What the roster must cover (its gaps): the campaign's fewest a day, weekend duty where added.
        dutyPerDay: c.campaign?.roster.perDay[0] ?? 2,
        saturdayDuty: c.campaign?.center.saturday ? (c.campaign.roster.weekendPerDay ?? 2) : 0,
        sundayDuty: c.campaign?.center.sunday ? (c.campaign.roster.weekendPerDay ?? 2) : 0,
      };
    }),
  );
  withCenter.forEach((c, i) => (c.serviceCenterId = ids[i]!));
}
