import type { Executor } from "@/lib/db/client";
import { households } from "@/lib/db/schema";
import { insertReturningIds } from "./bulk";
import { addDays, daysBetween, isoWeekday, laterOf } from "./demo-calendar";
import { DEMO_FIGURES } from "./demo-campaigns";
import { personName } from "./names";
import { Random } from "./random";
import type { DemoContext, SeededCommune, SeededHousehold, SeededMember, SeededVillage } from "./demo-context";

// Households (village.householdsTotal of them per village), their "1" (about 20 per volunteer,
// in the volunteer's own village first), and the door-to-door visits each one gets by the end of the demo's history.

interface PlannedHousehold extends Omit<SeededHousehold, "id"> {
  code: string;
  headName: string;
  hasProficientMember: boolean;
}

const poorRate = { urban: 0.02, plain: 0.05, midland: 0.07, mountain: 0.12, island: 0.05 } as const;
const smartphoneRate = { urban: 0.9, plain: 0.82, midland: 0.75, mountain: 0.6, island: 0.8 } as const;

function planVillageHouseholds(seed: number, commune: SeededCommune, village: SeededVillage): PlannedHousehold[] {
  const rng = Random.for(seed, `households:${commune.spec.abbr}-${village.spec.abbr}`);
  const { spec } = village;
  const out: PlannedHousehold[] = [];
  for (let i = 1; i <= spec.households; i++) {
    const ethnicMinority = rng.chance(spec.ethnicRate ?? 0);
    const remoteEthnic = ethnicMinority && (spec.remote ?? false);
    const elderly = rng.chance(spec.terrain === "urban" ? 0.15 : 0.22);
    out.push({
      villageId: village.id,
      communeId: commune.id,
      code: `${commune.spec.abbr}-${spec.abbr}-${String(i).padStart(4, "0")}`,
      headName: personName(rng, {
        group: ethnicMinority ? village.nameGroup : "kinh",
        region: commune.region,
        sex: rng.chance(0.7) ? "male" : "female",
      }),
      elderly,
      poor: rng.chance(poorRate[spec.terrain] + (remoteEthnic ? 0.25 : 0)),
      ethnicMinority,
      hasSmartphone: rng.chance(smartphoneRate[spec.terrain] * (spec.remote ? 0.75 : 1) - (elderly ? 0.1 : 0)),
      hasProficientMember: false,
      assignedMemberId: null,
      visits: [],
      smartphoneOn: null,
    });
  }
  return out;
}

/** About 20 households per volunteer: their own village first, then their former commune, then any. */
function assign(seed: number, commune: SeededCommune, byVillage: Map<number, PlannedHousehold[]>): void {
  const rng = Random.for(seed, `assign:${commune.spec.code}`);
  const volunteers = commune.members.filter((m) => m.kind !== "civil_servant");
  const capacity = new Map(volunteers.map((m) => [m.id, rng.int(18, 22)]));
  const queues = new Map([...byVillage].map(([id, list]) => [id, [...list]]));
  const take = (member: SeededMember, villageId: number) => {
    const queue = queues.get(villageId)!;
    while ((capacity.get(member.id) ?? 0) > 0 && queue.length > 0) {
      queue.shift()!.assignedMemberId = member.id;
      capacity.set(member.id, capacity.get(member.id)! - 1);
    }
  };
  for (const m of volunteers) if (m.villageId !== null) take(m, m.villageId);
  const formerOf = new Map(commune.villages.map((v) => [v.id, v.spec.former]));
  for (const m of volunteers) {
    const own = m.villageId === null ? undefined : formerOf.get(m.villageId);
    const nearby = commune.villages.filter((v) => v.spec.former === own);
    for (const v of [...nearby, ...commune.villages]) take(m, v.id);
  }
}

/** A day in [from, to], weekends weighted 1.6× (students go out on weekends). */
function pickDay(rng: Random, from: string, to: string): string {
  const span = daysBetween(from, to);
  for (;;) {
    const day = addDays(from, rng.int(0, span));
    if (isoWeekday(day) >= 6 || rng.chance(1 / 1.6)) return day;
  }
}

function planVisits(seed: number, historyEnd: string, commune: SeededCommune, list: PlannedHousehold[]): void {
  const campaign = commune.campaign!;
  const rng = Random.for(seed, `visits:${commune.spec.code}`);
  const launch = commune.spec.code === "HAI-VAN" ? DEMO_FIGURES.haiVanLaunch : null;
  const regularFrom = addDays(campaign.startsOn, launch?.days ?? 0);
  const joinedOn = new Map(commune.members.map((m) => [m.id, m.joinedOn]));
  for (const h of list) {
    if (h.assignedMemberId === null || !rng.chance(campaign.coverage)) continue;
    const from = laterOf(regularFrom, joinedOn.get(h.assignedMemberId)!);
    if (from > historyEnd) continue;
    h.visits.push(pickDay(rng, from, historyEnd));
  }
  if (launch) {
    // Hải Vân's first days: the launch visits, by members who were there from the start.
    const eligible = list.filter((h) => h.visits.length > 0 && joinedOn.get(h.assignedMemberId!)! <= campaign.startsOn);
    rng.sample(eligible, launch.records).forEach((h, k) => (h.visits[0] = addDays(campaign.startsOn, k % launch.days)));
  }
  for (const h of list) {
    let last = h.visits[0];
    for (const p of [0.35, 0.12]) {
      if (!last || !rng.chance(p)) break;
      const next = addDays(last, rng.int(3, 40));
      if (next > historyEnd) break;
      h.visits.push(next);
      last = next;
    }
  }
  if (commune.spec.code === "NINH-KIEU") {
    // 14 smartphones donated to poor households, on a visit by their volunteer.
    const reached = list.filter((h) => h.visits.length > 0);
    const recipients = [...reached.filter((h) => h.poor), ...rng.shuffle(reached.filter((h) => !h.poor))];
    for (const h of recipients.slice(0, DEMO_FIGURES.ninhKieuSmartphones)) {
      h.poor = true;
      h.hasSmartphone = true;
      h.smartphoneOn = h.visits[h.visits.length - 1]!;
    }
  }
  for (const h of list) {
    const reached = h.visits.length > 0;
    h.hasProficientMember = rng.chance(reached ? (h.hasSmartphone ? 0.75 : 0.45) : h.hasSmartphone ? 0.3 : 0.05);
  }
}

export async function seedHouseholds(tx: Executor, ctx: DemoContext): Promise<void> {
  const planned: { village: SeededVillage; household: PlannedHousehold }[] = [];
  for (const commune of ctx.communes) {
    if (!commune.campaign) continue;
    const byVillage = new Map(commune.villages.map((v) => [v.id, planVillageHouseholds(ctx.seed, commune, v)]));
    assign(ctx.seed, commune, byVillage);
    const all = commune.villages.flatMap((v) => byVillage.get(v.id)!);
    planVisits(ctx.seed, ctx.calendar.historyEnd, commune, all);
    for (const v of commune.villages)
      for (const household of byVillage.get(v.id)!) planned.push({ village: v, household });
  }
  const ids = await insertReturningIds(
    tx,
    households,
    planned.map(({ household: h }) => ({
      communeId: h.communeId,
      villageId: h.villageId,
      code: h.code,
      headName: h.headName,
      elderly: h.elderly,
      poor: h.poor,
      ethnicMinority: h.ethnicMinority,
      hasSmartphone: h.hasSmartphone,
      hasProficientMember: h.hasProficientMember,
      assignedMemberId: h.assignedMemberId,
    })),
  );
  planned.forEach(({ village, household: h }, i) => {
    const { code: _code, headName: _head, hasProficientMember: _p, ...rest } = h;
    village.households.push({ ...rest, id: ids[i]! });
  });
}
