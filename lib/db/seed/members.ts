import type { Executor } from "@/lib/db/client";
import { members, teamMembers, teams, trainingAttendance, trainings } from "@/lib/db/schema";
import { insertReturningIds, insertRows } from "./bulk";
import { addDays } from "./demo-calendar";
import { personName } from "./names";
import { Random } from "./random";
import type { MemberKind, TeamSpec } from "./demo-campaigns";
import type { DemoContext, SeededCommune, SeededMember, SeededVillage } from "./demo-context";

// Volunteers and civil servants, their teams, and the trainings they attended.

const memberKinds: readonly MemberKind[] = ["union_member", "student", "military_youth", "civil_servant"];

interface PlannedMember {
  commune: SeededCommune;
  kind: MemberKind;
  village: SeededVillage | null;
  fullName: string;
  affiliation: string | null;
  joinedOn: string;
}

function planMembers(seed: number, commune: SeededCommune): PlannedMember[] {
  const campaign = commune.campaign!;
  const rng = Random.for(seed, `members:${commune.spec.code}`);
  const weights = commune.villages.map(
    (v) => [v, v.spec.households * (campaign.memberVillageBoost?.[v.spec.abbr] ?? 1)] as const,
  );
  const out: PlannedMember[] = [];
  for (const kind of memberKinds) {
    for (let i = 0; i < campaign.members[kind]; i++) {
      const village = kind === "civil_servant" ? null : rng.weighted(weights);
      // Local union members in ethnic-minority villages mostly carry their people's names.
      const local = village && kind === "union_member" && rng.chance(village.spec.ethnicRate ?? 0);
      const fullName = personName(rng, { group: local ? village.nameGroup : "kinh", region: commune.region });
      const affiliations = campaign.affiliations[kind];
      const lateJoiner = rng.chance(0.1);
      out.push({
        commune,
        kind,
        village,
        fullName,
        affiliation: affiliations ? rng.pick(affiliations) : null,
        joinedOn: lateJoiner ? addDays(campaign.startsOn, rng.int(7, 60)) : addDays(campaign.startsOn, -rng.int(3, 30)),
      });
    }
  }
  return out;
}

interface PlannedTeam {
  commune: SeededCommune;
  kind: TeamSpec["kind"];
  name: string;
  villageId: number | null;
  weekday: number | null;
  memberIds: number[];
  civilServantIds: number[];
}

function planTeams(seed: number, commune: SeededCommune): PlannedTeam[] {
  const campaign = commune.campaign!;
  const rng = Random.for(seed, `teams:${commune.spec.code}`);
  const volunteers = commune.members.filter((m) => m.kind !== "civil_servant");
  const civilServants = commune.members.filter((m) => m.kind === "civil_servant");
  const out: PlannedTeam[] = [];

  for (const village of commune.villages) {
    const own = volunteers.filter((m) => m.villageId === village.id);
    if (own.length === 0) continue;
    out.push({
      commune,
      kind: "door_to_door",
      name: `${campaign.doorTeamPrefix} ${village.spec.name}`,
      villageId: village.id,
      weekday: null,
      memberIds: own.map((m) => m.id),
      civilServantIds: [],
    });
  }

  const used = new Map<string, Set<number>>();
  const order = rng.shuffle(volunteers);
  for (const spec of campaign.teams) {
    const village = spec.village ? commune.villages.find((v) => v.spec.abbr === spec.village) : undefined;
    const taken = spec.partition ? (used.get(spec.partition) ?? new Set<number>()) : new Set<number>();
    const pool = order.filter(
      (m: SeededMember) => (spec.pool === "core" ? m.kind === "union_member" : true) && !taken.has(m.id),
    );
    const ranked = [
      ...pool.filter((m) => village && m.villageId === village.id),
      ...pool.filter((m) => !village || m.villageId !== village.id),
    ];
    if (ranked.length < spec.size) throw new Error(`${commune.spec.name}: not enough members for ${spec.name}`);
    const chosen = ranked.slice(0, spec.size).map((m) => m.id);
    if (spec.partition) {
      for (const id of chosen) taken.add(id);
      used.set(spec.partition, taken);
    }
    out.push({
      commune,
      kind: spec.kind,
      name: spec.name,
      villageId: village?.id ?? null,
      weekday: spec.weekday ?? null,
      memberIds: chosen,
      civilServantIds: rng.sample(civilServants, spec.withCivilServants ?? 0).map((m) => m.id),
    });
  }
  return out;
}

export async function seedMembers(tx: Executor, ctx: DemoContext): Promise<void> {
  const active = ctx.communes.filter((c) => c.campaign);

  const planned = active.flatMap((c) => planMembers(ctx.seed, c));
  const memberIds = await insertReturningIds(
    tx,
    members,
    planned.map((m) => ({
      communeId: m.commune.id,
      fullName: m.fullName,
      kind: m.kind,
      villageId: m.village?.id ?? null,
      affiliation: m.affiliation,
      joinedOn: m.joinedOn,
      active: true,
    })),
  );
  planned.forEach((m, i) => {
    m.commune.members.push({
      id: memberIds[i]!,
      communeId: m.commune.id,
      kind: m.kind,
      villageId: m.village?.id ?? null,
      fullName: m.fullName,
      joinedOn: m.joinedOn,
    });
  });

  const plannedTeams = active.flatMap((c) => planTeams(ctx.seed, c));
  const teamIds = await insertReturningIds(
    tx,
    teams,
    plannedTeams.map((t) => ({
      communeId: t.commune.id,
      name: t.name,
      kind: t.kind,
      villageId: t.villageId,
      dutyWeekday: t.weekday,
      active: true,
    })),
  );
  plannedTeams.forEach((t, i) =>
    t.commune.teams.push({
      id: teamIds[i]!,
      kind: t.kind,
      name: t.name,
      weekday: t.weekday,
      villageId: t.villageId,
      memberIds: t.memberIds,
      civilServantIds: t.civilServantIds,
    }),
  );
  await insertRows(
    tx,
    teamMembers,
    plannedTeams.flatMap((t, i) =>
      [...t.memberIds, ...t.civilServantIds].map((memberId, j) => ({
        teamId: teamIds[i]!,
        memberId,
        communeId: t.commune.id,
        isLeader: j === 0,
      })),
    ),
  );

  await seedTrainings(tx, ctx);
}

async function seedTrainings(tx: Executor, ctx: DemoContext): Promise<void> {
  const planned = ctx.communes.flatMap((c) => (c.campaign?.trainings ?? []).map((t) => ({ commune: c, spec: t })));
  if (planned.length === 0) return;
  const ids = await insertReturningIds(
    tx,
    trainings,
    planned.map(({ commune, spec }) => ({
      communeId: commune.id,
      heldOn: spec.heldOn,
      title: spec.title,
      topics: [...spec.topics],
      place: spec.place,
    })),
  );
  const attendance = planned.flatMap(({ commune, spec }, i) => {
    const rng = Random.for(ctx.seed, `training:${commune.spec.code}:${spec.heldOn}`);
    return commune.members
      .filter((m) => m.joinedOn <= spec.heldOn)
      .filter((m) => rng.chance(m.kind === "civil_servant" ? 0.5 : spec.attendRate))
      .map((m) => ({ trainingId: ids[i]!, memberId: m.id, communeId: commune.id }));
  });
  await insertRows(tx, trainingAttendance, attendance);
}
