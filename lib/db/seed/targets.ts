import type { Executor } from "@/lib/db/client";
import { targets } from "@/lib/db/schema";
import { insertRows } from "./bulk";
import { demoAccounts } from "./demo-accounts";
import { DEMO_FIGURES } from "./demo-campaigns";
import type { DemoContext, SeededCommune } from "./demo-context";

// Targets to the end of the story's year (moved with the seed day, demo-calendar.ts): Hải Vân's 1,350 households of former Hòa Bắc, and for every commune
// plausible ones scaled to its households; 2 mobile desks per remote village a month where there
// are remote villages.

type Indicator = typeof targets.$inferInsert.indicator;
const round = (n: number, step: number) => Math.max(step, Math.round(n / step) * step);

function communeTargets(
  commune: SeededCommune,
): { indicator: Indicator; value: number; former?: string; note?: string }[] {
  const households = commune.villages.reduce((s, v) => s + v.spec.households, 0);
  const out: { indicator: Indicator; value: number; former?: string; note?: string }[] = [
    { indicator: "households_reached", value: round(households * 0.85, 10) },
    { indicator: "proficient_households", value: round(households * 0.7, 10) },
    { indicator: "signatures_installed", value: round(households / 25, 5) },
    { indicator: "sims_given", value: round(households / 10, 10) },
  ];
  if (commune.villages.some((v) => v.spec.remote)) {
    out.push({
      indicator: "mobile_desks_per_remote_village_month",
      value: 2,
      note: "2–3 lần mỗi tháng tại mỗi thôn vùng sâu, vùng xa",
    });
  }
  switch (commune.spec.code) {
    case "HAI-VAN":
      out.push({
        indicator: "households_reached",
        value: DEMO_FIGURES.hoaBacHouseholdsTarget,
        former: "Hòa Bắc",
        note: "1.350 hộ dân các thôn thuộc xã Hòa Bắc (cũ), ưu tiên đồng bào Cơ Tu ở Tà Lang, Giàn Bí",
      });
      break;
    case "THOI-HUNG":
      out.push({ indicator: "payment_apps_installed", value: 2000 });
      break;
    case "NINH-KIEU":
      out.push({ indicator: "smartphones_donated", value: 20, note: "Điện thoại thông minh tặng hộ nghèo" });
      break;
    case "PHU-LOI":
      out.push({ indicator: "dossiers_submitted", value: 9000 });
      break;
  }
  return out;
}

export async function seedTargets(tx: Executor, ctx: DemoContext): Promise<void> {
  const officers = new Map(
    demoAccounts
      .filter((a) => a.role === "provincial_officer")
      .map((a) => [a.province!, ctx.userIds.get(a.username) ?? null]),
  );
  const rows = ctx.communes
    .filter((c) => c.campaign)
    .flatMap((c) =>
      communeTargets(c).map((t) => ({
        communeId: c.id,
        formerCommuneId: t.former ? c.formerIds.get(t.former)! : null,
        indicator: t.indicator,
        targetValue: t.value,
        startsOn: c.campaign!.startsOn,
        dueOn: ctx.calendar.targetsDue,
        note: t.note ?? null,
        setBy: officers.get(c.provinceCode) ?? null,
      })),
    );
  await insertRows(tx, targets, rows);
}
