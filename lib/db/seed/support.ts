import type { Executor } from "@/lib/db/client";
import { supportRecordProcedures, supportRecords } from "@/lib/db/schema";
import { insertReturningIds, insertRows } from "./bulk";
import { addDays, eachDay, isoWeekday } from "./demo-calendar";
import { DEMO_FIGURES } from "./demo-campaigns";
import { Random, distribute } from "./random";
import { clampToPeople, householdContact, proceduresFor, walkIns, type Counters } from "./support-counters";
import type { DemoContext, SeededCommune, SeededVillage } from "./demo-context";

// Support records for every commune up to the day before the seed day: door-to-door visits (naming the household
// and its volunteer), mobile desks (named households plus walk-ins), and the service center (a
// few records per open day). Then the reported figures are made exact.

type Channel = "door_to_door" | "mobile_desk" | "center";
interface PlannedRecord extends Counters {
  communeId: number;
  villageId: number;
  householdId: number | null;
  memberId: number | null;
  mobileDeskId: number | null;
  servedOn: string;
  channel: Channel;
  createdBy: number | null;
  note: string | null;
}

const base = (commune: SeededCommune, villageId: number, servedOn: string, channel: Channel) => ({
  communeId: commune.id,
  villageId,
  servedOn,
  channel,
  householdId: null as number | null,
  memberId: null as number | null,
  mobileDeskId: null as number | null,
  createdBy: commune.secretaryUserId,
  note: null as string | null,
});

const launchDays = (commune: SeededCommune) => (commune.spec.code === "HAI-VAN" ? DEMO_FIGURES.haiVanLaunch.days : 0);

function doorRecords(seed: number, commune: SeededCommune): PlannedRecord[] {
  const rng = Random.for(seed, `door:${commune.spec.code}`);
  const out: PlannedRecord[] = [];
  for (const village of commune.villages) {
    for (const h of village.households) {
      h.visits.forEach((day, k) => {
        const counters = householdContact(rng, { first: k === 0, needy: h.poor || (village.spec.remote ?? false) });
        if (h.smartphoneOn === day) counters.smartphonesDonated = 1;
        out.push({
          ...base(commune, village.id, day, "door_to_door"),
          householdId: h.id,
          memberId: h.assignedMemberId,
          ...counters,
        });
      });
    }
  }
  return out;
}

function deskRecords(seed: number, ctx: DemoContext, commune: SeededCommune): PlannedRecord[] {
  const out: PlannedRecord[] = [];
  const villages = new Map(commune.villages.map((v) => [v.id, v]));
  for (const desk of ctx.desksHeld.filter((d) => d.communeId === commune.id)) {
    const rng = Random.for(seed, `desk-records:${desk.id}`);
    const village = villages.get(desk.villageId)!;
    const member = () => (desk.volunteerIds.length > 0 ? rng.pick(desk.volunteerIds) : null);
    for (const h of rng.sample(village.households, rng.int(4, 10))) {
      const counters = householdContact(rng, { first: h.visits.length === 0 || h.visits[0]! > desk.day, needy: true });
      out.push({
        ...base(commune, village.id, desk.day, "mobile_desk"),
        householdId: h.id,
        memberId: member(),
        mobileDeskId: desk.id,
        ...counters,
      });
    }
    const people = rng.int(8, 35);
    const counters = walkIns(rng, people, { dossiers: rng.binomial(people, 0.3), sims: 0.12 });
    out.push({
      ...base(commune, village.id, desk.day, "mobile_desk"),
      memberId: member(),
      mobileDeskId: desk.id,
      ...counters,
    });
  }
  return out;
}

function weightedDistinct(rng: Random, villages: readonly SeededVillage[], count: number): SeededVillage[] {
  const left = [...villages];
  const out: SeededVillage[] = [];
  while (out.length < count && left.length > 0) {
    const v = rng.weighted(left.map((x) => [x, x.spec.households] as const));
    out.push(v);
    left.splice(left.indexOf(v), 1);
  }
  return out;
}

function centerRecords(seed: number, ctx: DemoContext, commune: SeededCommune): PlannedRecord[] {
  const campaign = commune.campaign!;
  const rng = Random.for(seed, `center:${commune.spec.code}`);
  const onDuty = new Map(ctx.roster.filter((r) => r.communeId === commune.id).map((r) => [r.day, r.memberIds]));
  const out: PlannedRecord[] = [];
  for (const day of eachDay(addDays(campaign.startsOn, launchDays(commune)), ctx.calendar.historyEnd)) {
    const weekday = isoWeekday(day);
    const weekend = (weekday === 6 && campaign.center.saturday) || (weekday === 7 && campaign.center.sunday);
    if (!ctx.calendar.isWorkingDay(day) && !(weekend && !ctx.calendar.holidays.has(day))) continue;
    const scale = weekend ? 0.5 : 1;
    const people = Math.max(1, Math.round(rng.int(...campaign.center.peoplePerDay) * scale));
    const dossiers = campaign.center.dossiersPerDay
      ? Math.round(rng.int(...campaign.center.dossiersPerDay) * scale)
      : null;
    const villages = weightedDistinct(rng, commune.villages, Math.min(people, rng.int(1, 3)));
    const peopleSplit = distribute(rng, people, villages.length, { floors: villages.map(() => 1) });
    const dossierSplit = dossiers === null ? null : distribute(rng, dossiers, villages.length);
    const duty = onDuty.get(day) ?? [];
    villages.forEach((v, i) => {
      const counters = walkIns(rng, peopleSplit[i]!, dossierSplit ? { dossiers: dossierSplit[i]! } : {});
      // Members also take elderly people home after their procedures (the reports' material help).
      const rides = rng.chance(0.06) ? Math.min(counters.peopleServed, rng.int(1, 3)) : 0;
      const note = rides > 0 ? `Đưa ${rides} người cao tuổi về nhà sau khi làm thủ tục` : null;
      out.push({
        ...base(commune, v.id, day, "center"),
        memberId: duty.length > 0 ? rng.pick(duty) : null,
        note,
        ...counters,
      });
    });
  }
  return out;
}

/** Hải Vân's first days: exactly 86 people, 3 digital signatures, 29 SIMs, as reported. */
function shapeHaiVanLaunch(rng: Random, commune: SeededCommune, records: PlannedRecord[]): void {
  const { days, records: count, people, signatures, sims } = DEMO_FIGURES.haiVanLaunch;
  const until = addDays(commune.campaign!.startsOn, days);
  const launch = records.filter((r) => r.communeId === commune.id && r.servedOn < until);
  if (launch.length !== count || launch.some((r) => r.channel !== "door_to_door")) {
    throw new Error(`Hải Vân launch: expected ${count} door-to-door records, planned ${launch.length}`);
  }
  const peopleSplit = distribute(rng, people, count, { floors: launch.map(() => 1), caps: launch.map(() => 6) });
  const withSignature = new Set(rng.sample(launch, signatures));
  const simSplit = distribute(rng, sims, count, { caps: peopleSplit.map((p) => Math.min(p, 2)) });
  launch.forEach((r, i) => {
    r.peopleServed = peopleSplit[i]!;
    r.signaturesInstalled = withSignature.has(r) ? 1 : 0;
    r.simsGiven = simSplit[i]!;
    r.eidActivated = Math.min(r.eidActivated, r.peopleServed);
    r.paymentAppsInstalled = Math.min(r.paymentAppsInstalled, r.peopleServed);
  });
}

/** Thới Hưng: more than 1,600 people guided to install e-payment apps. */
function shapeThoiHungPayments(rng: Random, commune: SeededCommune, records: PlannedRecord[]): void {
  const mine = records.filter((r) => r.communeId === commune.id);
  const split = distribute(rng, DEMO_FIGURES.thoiHungPaymentApps, mine.length, {
    caps: mine.map((r) => r.peopleServed),
  });
  mine.forEach((r, i) => (r.paymentAppsInstalled = split[i]!));
}

export async function seedSupportRecords(tx: Executor, ctx: DemoContext): Promise<void> {
  const records: PlannedRecord[] = [];
  for (const commune of ctx.communes) {
    if (!commune.campaign) continue;
    const mine = [
      ...doorRecords(ctx.seed, commune),
      ...deskRecords(ctx.seed, ctx, commune),
      ...centerRecords(ctx.seed, ctx, commune),
    ];
    const rng = Random.for(ctx.seed, `figures:${commune.spec.code}`);
    if (commune.spec.code === "HAI-VAN") shapeHaiVanLaunch(rng, commune, mine);
    if (commune.spec.code === "THOI-HUNG") shapeThoiHungPayments(rng, commune, mine);
    mine.sort((a, b) => (a.servedOn < b.servedOn ? -1 : a.servedOn > b.servedOn ? 1 : 0));
    for (const r of mine) records.push({ ...r, ...clampToPeople(r) });
  }

  const ids = await insertReturningIds(tx, supportRecords, records);
  const rng = Random.for(ctx.seed, "procedures");
  const links = records.flatMap((r, i) =>
    proceduresFor(rng, r).map((procedureCode) => ({ recordId: ids[i]!, procedureCode })),
  );
  await insertRows(tx, supportRecordProcedures, links);
}
