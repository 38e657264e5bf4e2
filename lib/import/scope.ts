import { and, eq, gte, lte, ne, sql } from "drizzle-orm";
import type { Viewer } from "@/lib/auth/roles";
import type { Executor } from "@/lib/db/client";
import {
  formerCommunes,
  households,
  members,
  mobileDesks,
  procedures,
  supportRecords,
  villages,
} from "@/lib/db/schema";
import { vietnamDay } from "@/lib/db/vietnam-day";
import type { MemberKind } from "@/lib/members/schemas";
import { mayWriteChannel } from "@/lib/records/permissions";
import { counterFields, type Channel } from "@/lib/records/schemas";
import { NameLookup } from "./lookup";
import { memberKey, type MemberScope } from "./members-spec";
import type { HouseholdScope } from "./households-spec";
import type { DeskScope, RecordScope, RecordValue } from "./records-spec";

// What a row may name, loaded for ONE commune (the one being imported into, already checked to
// be in the viewer's scope): names and codes resolve only to these, so another commune's village
// or volunteer is "unknown", exactly as in the forms.

const channelNames: Record<Channel, string[]> = {
  door_to_door: [
    "door_to_door",
    "Tận nhà (1+20)",
    "Tận nhà",
    "1+20",
    "Đến từng nhà",
    "Door to door",
    "Door-to-door (1+20)",
  ],
  mobile_desk: ["mobile_desk", "Bàn lưu động", "Lưu động", "Tổ lưu động", "Mobile desk"],
  center: [
    "center",
    "Tại Trung tâm",
    "Trung tâm",
    "Trung tâm Phục vụ hành chính công",
    "Center",
    "At the center",
    "Service center",
  ],
};

const kindNames: Record<MemberKind, string[]> = {
  union_member: ["union_member", "Đoàn viên", "Union member"],
  student: ["student", "Sinh viên", "Student"],
  military_youth: ["military_youth", "Thanh niên quân đội", "Military youth"],
  civil_servant: ["civil_servant", "Công chức", "Civil servant"],
};

export const channelLookup = () =>
  new NameLookup(Object.entries(channelNames).map(([value, names]) => ({ value: value as Channel, names })));
export const kindLookup = () =>
  new NameLookup(Object.entries(kindNames).map(([value, names]) => ({ value: value as MemberKind, names })));

/** Villages by name, code, or the label the app's own selects show: "An Định (Hòa Bắc cũ)". */
async function villageLookup(tx: Executor, communeId: number) {
  const rows = await tx
    .select({ id: villages.id, name: villages.name, code: villages.code, former: formerCommunes.name })
    .from(villages)
    .leftJoin(formerCommunes, eq(formerCommunes.id, villages.formerCommuneId))
    .where(and(eq(villages.communeId, communeId), eq(villages.active, true)));
  return new NameLookup(
    rows.map((v) => ({ value: v.id, names: [v.name, v.code, v.former ? `${v.name} (${v.former} cũ)` : null] })),
  );
}

/** The commune's mobile desks that were not cancelled, by id and by village and day (Vietnam time). */
async function deskScope(tx: Executor, communeId: number): Promise<DeskScope> {
  const rows = await tx
    .select({
      id: mobileDesks.id,
      villageId: mobileDesks.villageId,
      day: sql<string>`(${vietnamDay(mobileDesks.startsAt)})::text`,
    })
    .from(mobileDesks)
    .where(and(eq(mobileDesks.communeId, communeId), ne(mobileDesks.status, "cancelled")));
  const byId = new Map<number, { villageId: number; day: string }>();
  const byVillageDay = new Map<string, number[]>();
  for (const d of rows) {
    byId.set(d.id, { villageId: d.villageId, day: d.day });
    const key = `${d.villageId}|${d.day}`;
    byVillageDay.set(key, [...(byVillageDay.get(key) ?? []), d.id]);
  }
  return { byId, byVillageDay };
}

async function activeMemberLookup(tx: Executor, communeId: number) {
  const rows = await tx
    .select({ id: members.id, fullName: members.fullName })
    .from(members)
    .where(and(eq(members.communeId, communeId), eq(members.active, true)));
  return new NameLookup(rows.map((m) => ({ value: m.id, names: [m.fullName, String(m.id)] })));
}

export async function recordScope(
  tx: Executor,
  viewer: Viewer,
  communeId: number,
  today: string,
): Promise<RecordScope> {
  const [villageNames, memberNames, householdRows, procedureRows] = [
    await villageLookup(tx, communeId),
    await activeMemberLookup(tx, communeId),
    await tx
      .select({ id: households.id, code: households.code, villageId: households.villageId })
      .from(households)
      .where(eq(households.communeId, communeId)),
    await tx
      .select({ code: procedures.code, nameVi: procedures.nameVi, nameEn: procedures.nameEn })
      .from(procedures)
      .where(eq(procedures.active, true)),
  ];
  const householdMap = new Map<string, { id: number; villageId: number }>();
  for (const h of householdRows) householdMap.set(h.code, { id: h.id, villageId: h.villageId });
  for (const h of householdRows)
    if (!householdMap.has(h.code.toUpperCase()))
      householdMap.set(h.code.toUpperCase(), { id: h.id, villageId: h.villageId });
  return {
    today,
    villages: villageNames,
    members: memberNames,
    households: householdMap,
    procedures: new NameLookup(procedureRows.map((p) => ({ value: p.code, names: [p.code, p.nameVi, p.nameEn] }))),
    channels: channelLookup(),
    desks: await deskScope(tx, communeId),
    mayWrite: (channel) => mayWriteChannel(viewer, channel),
  };
}

/** Keys (recordSpec.key) of the commune's stored records on the days the file covers. */
export async function storedRecordKeys(tx: Executor, communeId: number, values: RecordValue[]): Promise<Set<string>> {
  if (values.length === 0) return new Set();
  let from = values[0]!.servedOn;
  let to = from;
  for (const v of values) {
    if (v.servedOn < from) from = v.servedOn;
    if (v.servedOn > to) to = v.servedOn;
  }
  const rows = await tx
    .select({
      villageId: supportRecords.villageId,
      servedOn: supportRecords.servedOn,
      channel: supportRecords.channel,
      householdId: supportRecords.householdId,
      memberId: supportRecords.memberId,
      ...Object.fromEntries(counterFields.map((f) => [f, supportRecords[f]])),
    })
    .from(supportRecords)
    .where(
      and(
        eq(supportRecords.communeId, communeId),
        gte(supportRecords.servedOn, from),
        lte(supportRecords.servedOn, to),
      ),
    );
  return new Set(
    rows.map((r) => {
      const row = r as unknown as Record<string, unknown>;
      return [
        r.villageId,
        r.servedOn,
        r.channel,
        r.householdId ?? "",
        r.memberId ?? "",
        ...counterFields.map((f) => row[f]),
      ].join("|");
    }),
  );
}

export async function householdScope(tx: Executor, communeId: number): Promise<HouseholdScope> {
  const codes = await tx.select({ code: households.code }).from(households).where(eq(households.communeId, communeId));
  return {
    villages: await villageLookup(tx, communeId),
    members: await activeMemberLookup(tx, communeId),
    codes: new Set(codes.map((c) => c.code)),
  };
}

export async function memberScope(tx: Executor, communeId: number): Promise<MemberScope> {
  const rows = await tx
    .select({ fullName: members.fullName, villageId: members.villageId })
    .from(members)
    .where(eq(members.communeId, communeId));
  return {
    villages: await villageLookup(tx, communeId),
    kinds: kindLookup(),
    existing: new Set(rows.map((m) => memberKey(m.fullName, m.villageId))),
  };
}
