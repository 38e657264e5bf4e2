import type { Executor } from "@/lib/db/client";
import { mobileDeskStaff, mobileDesks } from "@/lib/db/schema";
import { insertReturningIds, insertRows } from "./bulk";
import { addDays, isoWeekday, vietnamTime, type DemoCalendar } from "./demo-calendar";
import { DEMO_FIGURES } from "./demo-campaigns";
import { Random } from "./random";
import type { DemoContext, SeededCommune, SeededVillage } from "./demo-context";

// Mobile desks at remote villages, 2–3 a month each: held (or cancelled) up to the demo's last
// day of history, planned for the month after it. Volunteers and civil servants staff each one.

const cancelReasons = [
  "Mưa lớn, đường vào thôn bị sạt lở",
  "Trùng lịch họp của xã",
  "Cán bộ chuyên môn bận công tác đột xuất",
  "Mất điện, không có kết nối mạng",
];
const notes = [
  "Mang theo máy in và bộ phát wifi di động",
  "Phối hợp với trưởng thôn thông báo trên loa",
  "Ưu tiên người cao tuổi, hộ nghèo",
  null,
  null,
];

export function deskPlace(village: SeededVillage): string {
  const { spec } = village;
  if (spec.kind === "to_dan_pho") return `Nhà văn hóa tổ dân phố ${spec.name}`;
  // The Cơ Tu meet in their communal house, the Gươl.
  if (spec.priorityGroup === "Cơ Tu") return `Nhà Gươl thôn ${spec.name}`;
  return `Nhà văn hóa ${spec.kind === "ban" ? "bản" : "thôn"} ${spec.name}`;
}

interface PlannedDesk {
  commune: SeededCommune;
  village: SeededVillage;
  day: string;
  startsAt: Date;
  endsAt: Date;
  status: "held" | "cancelled" | "planned";
  cancelReason: string | null;
  note: string | null;
  volunteerIds: number[];
  civilServantIds: number[];
}

function planDesks(seed: number, calendar: DemoCalendar, commune: SeededCommune): PlannedDesk[] {
  const campaign = commune.campaign!;
  const launchDays = commune.spec.code === "HAI-VAN" ? DEMO_FIGURES.haiVanLaunch.days : 0;
  const deskTeams = commune.teams.filter((t) => t.kind === "mobile_desk");
  const civilServants = commune.members.filter((m) => m.kind === "civil_servant").map((m) => m.id);
  const joinedOn = new Map(commune.members.map((m) => [m.id, m.joinedOn]));
  // Nobody staffs two desks on the same day.
  const busy = new Map<string, Set<number>>();
  const free = (ids: readonly number[], day: string) => ids.filter((id) => !busy.get(day)?.has(id));
  const out: PlannedDesk[] = [];
  for (const village of commune.villages.filter((v) => v.spec.remote)) {
    const rng = Random.for(seed, `desks:${commune.spec.code}:${village.spec.abbr}`);
    const team = deskTeams.find((t) => t.villageId === village.id) ?? deskTeams[0];
    const volunteers = team?.memberIds ?? commune.members.filter((m) => m.villageId === village.id).map((m) => m.id);
    const servants = team && team.civilServantIds.length > 0 ? team.civilServantIds : civilServants;
    let day = addDays(campaign.startsOn, launchDays + rng.int(2, 8));
    while (day <= calendar.deskPlanEnd) {
      if (isoWeekday(day) === 7) day = addDays(day, 1);
      const fullDay = rng.chance(0.4);
      const past = day <= calendar.historyEnd;
      const cancelled = past && rng.chance(0.1);
      const volunteerIds = rng.sample(
        free(volunteers, day).filter((id) => joinedOn.get(id)! <= day),
        rng.int(2, 4),
      );
      const civilServantIds = rng.sample(free(servants, day), rng.int(1, 2));
      busy.set(day, new Set([...(busy.get(day) ?? []), ...volunteerIds, ...civilServantIds]));
      out.push({
        commune,
        village,
        day,
        startsAt: vietnamTime(day, "07:30"),
        endsAt: vietnamTime(day, fullDay ? "16:30" : "11:30"),
        status: !past ? "planned" : cancelled ? "cancelled" : "held",
        cancelReason: cancelled ? rng.pick(cancelReasons) : null,
        note: rng.pick(notes),
        volunteerIds,
        civilServantIds,
      });
      // At most 15 days apart (a Sunday moves to Monday): two or three a month, in any month.
      day = addDays(day, rng.int(9, 14));
    }
  }
  return out;
}

export async function seedMobileDesks(tx: Executor, ctx: DemoContext): Promise<void> {
  const planned = ctx.communes.filter((c) => c.campaign).flatMap((c) => planDesks(ctx.seed, ctx.calendar, c));
  const ids = await insertReturningIds(
    tx,
    mobileDesks,
    planned.map((d) => ({
      communeId: d.commune.id,
      villageId: d.village.id,
      startsAt: d.startsAt,
      endsAt: d.endsAt,
      place: deskPlace(d.village),
      status: d.status,
      note: d.note,
      cancelReason: d.cancelReason,
      createdBy: d.commune.secretaryUserId,
    })),
  );
  await insertRows(
    tx,
    mobileDeskStaff,
    planned.flatMap((d, i) => [
      ...d.volunteerIds.map((memberId) => ({
        deskId: ids[i]!,
        memberId,
        communeId: d.commune.id,
        role: "volunteer" as const,
      })),
      ...d.civilServantIds.map((memberId) => ({
        deskId: ids[i]!,
        memberId,
        communeId: d.commune.id,
        role: "civil_servant" as const,
      })),
    ]),
  );
  planned.forEach((d, i) => {
    if (d.status === "held") {
      ctx.desksHeld.push({
        id: ids[i]!,
        communeId: d.commune.id,
        villageId: d.village.id,
        day: d.day,
        volunteerIds: d.volunteerIds,
      });
    }
  });
}
