import type { Executor } from "@/lib/db/client";
import { dutyRosterEntries } from "@/lib/db/schema";
import { insertRows } from "./bulk";
import { eachDay, isoWeekday, laterOf, type DemoCalendar } from "./demo-calendar";
import { DEMO_FIGURES } from "./demo-campaigns";
import { Random } from "./random";
import type { DemoContext, SeededCommune } from "./demo-context";

// Who helps at each service center, day by day, from the campaign's start to three weeks past
// the seed day: Tây Giang's five weekday teams, Cái Răng's 2–3 members a day, Hoàng Su Phì's eight
// members from 07:00 on 7 July, weekend duty where the union adds it.

const tasks = [
  "Hướng dẫn lấy số thứ tự",
  "Hỗ trợ kê khai tờ khai",
  "Cài đặt, kích hoạt VNeID",
  "Đăng ký tài khoản Cổng Dịch vụ công",
  "In ấn, số hóa hồ sơ",
  "Tra cứu mã hồ sơ",
];

type Shift = "morning" | "afternoon" | "full_day";
interface Entry {
  day: string;
  shift: Shift;
  memberId: number;
  teamId: number | null;
  task: string;
}

function planRoster(seed: number, calendar: DemoCalendar, commune: SeededCommune): Entry[] {
  const campaign = commune.campaign!;
  const rng = Random.for(seed, `roster:${commune.spec.code}`);
  const centerTeams = commune.teams.filter((t) => t.kind === "center_duty");
  const teamOf = new Map(centerTeams.flatMap((t) => t.memberIds.map((id) => [id, t.id] as const)));
  const volunteers = commune.members.filter((m) => m.kind !== "civil_servant");
  const pool = rng.shuffle(centerTeams.length > 0 ? volunteers.filter((m) => teamOf.has(m.id)) : volunteers);
  const joinedOn = new Map(commune.members.map((m) => [m.id, m.joinedOn]));
  let cursor = 0;
  // Round-robin through the pool, skipping members who had not joined yet.
  const next = (day: string, count: number): number[] => {
    const out: number[] = [];
    for (let tries = 0; out.length < count && tries < pool.length; tries++) {
      const m = pool[cursor++ % pool.length]!;
      if (joinedOn.get(m.id)! <= day && !out.includes(m.id)) out.push(m.id);
    }
    return out;
  };
  const entry = (day: string, shift: Shift, memberId: number): Entry => ({
    day,
    shift,
    memberId,
    teamId: teamOf.get(memberId) ?? null,
    task: rng.pick(tasks),
  });

  const from = laterOf(campaign.startsOn, calendar.historyStart);
  const launchDay = calendar.storyDay(DEMO_FIGURES.hoangSuPhiLaunch.day);
  const out: Entry[] = [];
  for (const day of eachDay(from, calendar.rosterPlanEnd)) {
    const weekday = isoWeekday(day);
    if (commune.spec.code === "HOANG-SU-PHI" && day === launchDay) {
      // The center team, topped up with other volunteers if one of them had not joined yet.
      const { members: count } = DEMO_FIGURES.hoangSuPhiLaunch;
      const team = centerTeams.find((t) => t.memberIds.length === count)?.memberIds ?? [];
      const present = [...team, ...volunteers.map((m) => m.id)].filter((id) => joinedOn.get(id)! <= day);
      for (const id of [...new Set(present)].slice(0, count))
        out.push({ ...entry(day, "morning", id), task: "Hỗ trợ người dân từ 07:00 ngày đầu vận hành" });
      continue;
    }
    if (calendar.isWorkingDay(day)) {
      if (campaign.roster.weekdayTeams) {
        const team = centerTeams.find((t) => t.weekday === weekday);
        // The day's team splits into a morning and an afternoon half.
        const present = (team?.memberIds ?? []).filter((id) => joinedOn.get(id)! <= day);
        present.forEach((id, i) => out.push(entry(day, i % 2 === 0 ? "morning" : "afternoon", id)));
      } else {
        for (const id of next(day, rng.int(...campaign.roster.perDay))) out.push(entry(day, "full_day", id));
      }
    } else if (
      !calendar.holidays.has(day) &&
      ((weekday === 6 && campaign.center.saturday) || (weekday === 7 && campaign.center.sunday))
    ) {
      for (const id of next(day, campaign.roster.weekendPerDay ?? 2)) out.push(entry(day, "morning", id));
    }
  }
  return out;
}

export async function seedRoster(tx: Executor, ctx: DemoContext): Promise<void> {
  const rows = [];
  for (const commune of ctx.communes) {
    if (!commune.campaign || commune.serviceCenterId === null) continue;
    const entries = planRoster(ctx.seed, ctx.calendar, commune);
    const byDay = new Map<string, number[]>();
    for (const e of entries) byDay.set(e.day, [...(byDay.get(e.day) ?? []), e.memberId]);
    for (const [day, memberIds] of byDay) ctx.roster.push({ communeId: commune.id, day, memberIds });
    for (const e of entries) {
      rows.push({
        communeId: commune.id,
        serviceCenterId: commune.serviceCenterId,
        day: e.day,
        shift: e.shift,
        memberId: e.memberId,
        teamId: e.teamId,
        task: e.task,
        createdBy: commune.directorUserId ?? commune.secretaryUserId,
      });
    }
  }
  await insertRows(tx, dutyRosterEntries, rows);
}
