import { sql } from "drizzle-orm";
import type { ActionCase, ActionRegistry } from "@/lib/access/action-case-types";
import { applyBalance } from "@/lib/assignments/commands";
import { loadBalancerState } from "@/lib/assignments/state";
import type { Executor } from "@/lib/db/client";
import { queryRows } from "@/lib/db/rows";
import { assignHousehold, createHousehold, updateHousehold } from "@/lib/households/commands";
import { createMember, setMemberActive, updateMember } from "@/lib/members/commands";
import { addTeamMember, createTeam, removeTeamMember, updateTeam } from "@/lib/teams/commands";
import { communeFixture } from "@/lib/testing/support-fixtures";
import { createTraining } from "@/lib/trainings/commands";

// Access-matrix cases for the field actions: members, teams, trainings, households, 1+20
// assignments (docs/access-matrix.md). Ids come from the seeded demo by commune code; "another
// commune" means that commune's id in an id field of the input. Cases run in order on one database:
// the "ok" cases create the matrix's own member, team and household that later cases act on.

const HAI_VAN = "HAI-VAN";
const HOA_XUAN = "HOA-XUAN";
const CAI_RANG = "CAI-RANG";
const MEMBER = "Ma Trận Thành Viên";
const TEAM = "Tổ ma trận";
const HOUSEHOLD = "MT-001";

async function one(db: Executor, query: ReturnType<typeof sql>, what: string): Promise<number> {
  const [row] = await queryRows<{ id: number }>(db, query);
  if (!row) throw new Error(`no ${what} in the seeded demo`);
  return Number(row.id);
}
const communeId = (db: Executor, code: string) =>
  one(db, sql`select id from communes where code = ${code}`, `commune ${code}`);
const villageOf = async (db: Executor, code: string) => (await communeFixture(db, code)).villageIds[0]!;
const memberOf = async (db: Executor, code: string) => (await communeFixture(db, code)).memberIds[0]!;
const householdOf = async (db: Executor, code: string) => (await communeFixture(db, code)).freshHouseholds[0]!.id;
const teamOf = (db: Executor, code: string) =>
  one(
    db,
    sql`select t.id from teams t join communes c on c.id = t.commune_id where c.code = ${code} order by t.id limit 1`,
    `team in ${code}`,
  );
const matrixMember = (db: Executor) =>
  one(db, sql`select id from members where full_name = ${MEMBER} order by id limit 1`, "matrix member");
const matrixTeam = (db: Executor) => one(db, sql`select id from teams where name = ${TEAM}`, "matrix team");
const matrixHousehold = (db: Executor) =>
  one(db, sql`select id from households where code = ${HOUSEHOLD}`, "matrix household");

const member = async (db: Executor, village: string | null, extra: Record<string, unknown> = {}) => ({
  fullName: MEMBER,
  kind: "union_member",
  villageId: village ? String(await villageOf(db, village)) : "",
  affiliation: "Chi đoàn ma trận",
  joinedOn: "2025-03-01",
  ...extra,
});
const team = async (db: Executor, village: string | null, extra: Record<string, unknown> = {}) => ({
  name: TEAM,
  kind: "door_to_door",
  villageId: village ? String(await villageOf(db, village)) : "",
  dutyWeekday: "",
  ...extra,
});
const training = async (db: Executor, attendeesOf: string[], extra: Record<string, unknown> = {}) => ({
  heldOn: "2025-06-02",
  title: "Tập huấn ma trận quyền",
  place: "Hội trường",
  topics: ["common_procedures", "public_service_portal"],
  memberIds: await Promise.all(attendeesOf.map((code) => memberOf(db, code).then(String))),
  ...extra,
});
const household = async (
  db: Executor,
  village: string,
  volunteer: string | null,
  extra: Record<string, unknown> = {},
) => ({
  code: HOUSEHOLD,
  headName: "Hộ Ma Trận",
  villageId: String(await villageOf(db, village)),
  elderly: "on",
  assignedMemberId: volunteer ? String(await memberOf(db, volunteer)) : "",
  ...extra,
});

/** Roles without the capability, acting on their own commune (or province). */
const noCapability = (input: ActionCase["input"]): ActionCase[] => [
  { name: "a center director manages no field data", as: "giamdoc.haivan", input, expect: "refused" },
  { name: "a provincial officer manages no field data", as: "tinhdoan.danang", input, expect: "refused" },
];

export const fieldActionCases: ActionRegistry = {
  "lib/members/actions.ts#createMemberAction": {
    command: createMember,
    cases: [
      ...noCapability(({ db }) => member(db, HAI_VAN)),
      {
        name: "another commune's village",
        as: "bithu.haivan",
        input: ({ db }) => member(db, HOA_XUAN),
        expect: "refused",
      },
      { name: "an admin without a commune", as: "admin", input: ({ db }) => member(db, null), expect: "refused" },
      {
        name: "no name",
        as: "bithu.haivan",
        input: ({ db }) => member(db, HAI_VAN, { fullName: " " }),
        expect: "rejected",
      },
      { name: "own commune", as: "bithu.haivan", input: ({ db }) => member(db, HAI_VAN), expect: "ok" },
      {
        name: "an admin names the commune",
        as: "admin",
        input: async ({ db }) =>
          member(db, CAI_RANG, { fullName: "Ma Trận Cái Răng", communeId: String(await communeId(db, CAI_RANG)) }),
        expect: "ok",
      },
    ],
  },
  "lib/members/actions.ts#updateMemberAction": {
    command: updateMember,
    cases: [
      {
        name: "another commune's member",
        as: "bithu.hoaxuan",
        input: async ({ db }) => member(db, null, { id: String(await matrixMember(db)) }),
        expect: "refused",
      },
      ...noCapability(async ({ db }) => member(db, null, { id: String(await matrixMember(db)) })),
      {
        name: "own member moved to another commune's village",
        as: "bithu.haivan",
        input: async ({ db }) => member(db, HOA_XUAN, { id: String(await matrixMember(db)) }),
        expect: "refused",
      },
      {
        name: "own member",
        as: "bithu.haivan",
        input: async ({ db }) =>
          member(db, HAI_VAN, { id: String(await matrixMember(db)), affiliation: "Chi đoàn sửa" }),
        expect: "ok",
      },
    ],
  },
  "lib/members/actions.ts#setMemberActiveAction": {
    command: setMemberActive,
    cases: [
      {
        name: "another commune's member",
        as: "bithu.hoaxuan",
        input: async ({ db }) => ({ id: String(await matrixMember(db)), active: "false" }),
        expect: "refused",
      },
      {
        name: "another province's member",
        as: "tinhdoan.cantho",
        input: async ({ db }) => ({ id: String(await matrixMember(db)), active: "false" }),
        expect: "refused",
      },
      {
        name: "a center director",
        as: "giamdoc.haivan",
        input: async ({ db }) => ({ id: String(await matrixMember(db)), active: "false" }),
        expect: "refused",
      },
      {
        name: "deactivate own member",
        as: "bithu.haivan",
        input: async ({ db }) => ({ id: String(await matrixMember(db)), active: "false" }),
        expect: "ok",
      },
      {
        name: "reactivate (admin)",
        as: "admin",
        input: async ({ db }) => ({ id: String(await matrixMember(db)), active: "true" }),
        expect: "ok",
      },
    ],
  },
  "lib/teams/actions.ts#createTeamAction": {
    command: createTeam,
    cases: [
      ...noCapability(({ db }) => team(db, HAI_VAN)),
      {
        name: "another commune's village",
        as: "bithu.haivan",
        input: ({ db }) => team(db, HOA_XUAN),
        expect: "refused",
      },
      {
        name: "an admin names another province's commune with a village elsewhere",
        as: "admin",
        input: async ({ db }) => team(db, HAI_VAN, { communeId: String(await communeId(db, CAI_RANG)) }),
        expect: "refused",
      },
      { name: "own commune", as: "bithu.haivan", input: ({ db }) => team(db, HAI_VAN), expect: "ok" },
      { name: "the same name twice", as: "bithu.haivan", input: ({ db }) => team(db, null), expect: "rejected" },
    ],
  },
  "lib/teams/actions.ts#updateTeamAction": {
    command: updateTeam,
    cases: [
      {
        name: "another commune's team",
        as: "bithu.hoaxuan",
        input: async ({ db }) => team(db, null, { id: String(await matrixTeam(db)) }),
        expect: "refused",
      },
      {
        name: "another province's team",
        as: "tinhdoan.cantho",
        input: async ({ db }) => team(db, null, { id: String(await matrixTeam(db)) }),
        expect: "refused",
      },
      {
        name: "own team, another commune's village",
        as: "bithu.haivan",
        input: async ({ db }) => team(db, HOA_XUAN, { id: String(await matrixTeam(db)) }),
        expect: "refused",
      },
      {
        name: "own team",
        as: "bithu.haivan",
        input: async ({ db }) => team(db, HAI_VAN, { id: String(await matrixTeam(db)), kind: "mobile_desk" }),
        expect: "ok",
      },
    ],
  },
  "lib/teams/actions.ts#addTeamMemberAction": {
    command: addTeamMember,
    cases: [
      {
        name: "another commune's team",
        as: "bithu.hoaxuan",
        input: async ({ db }) => ({
          teamId: String(await matrixTeam(db)),
          memberId: String(await memberOf(db, HOA_XUAN)),
        }),
        expect: "refused",
      },
      {
        name: "another commune's member",
        as: "bithu.haivan",
        input: async ({ db }) => ({
          teamId: String(await matrixTeam(db)),
          memberId: String(await memberOf(db, HOA_XUAN)),
        }),
        expect: "refused",
      },
      {
        name: "a center director",
        as: "giamdoc.haivan",
        input: async ({ db }) => ({ teamId: String(await matrixTeam(db)), memberId: String(await matrixMember(db)) }),
        expect: "refused",
      },
      {
        name: "own team, own member",
        as: "bithu.haivan",
        input: async ({ db }) => ({ teamId: String(await matrixTeam(db)), memberId: String(await matrixMember(db)) }),
        expect: "ok",
      },
      {
        name: "already in the team",
        as: "bithu.haivan",
        input: async ({ db }) => ({ teamId: String(await matrixTeam(db)), memberId: String(await matrixMember(db)) }),
        expect: "rejected",
      },
    ],
  },
  "lib/teams/actions.ts#removeTeamMemberAction": {
    command: removeTeamMember,
    cases: [
      {
        name: "another commune's team",
        as: "bithu.hoaxuan",
        input: async ({ db }) => ({ teamId: String(await matrixTeam(db)), memberId: String(await matrixMember(db)) }),
        expect: "refused",
      },
      {
        name: "a provincial officer",
        as: "tinhdoan.danang",
        input: async ({ db }) => ({ teamId: String(await matrixTeam(db)), memberId: String(await matrixMember(db)) }),
        expect: "refused",
      },
      {
        name: "another commune's team and member",
        as: "bithu.haivan",
        input: async ({ db }) => ({
          teamId: String(await teamOf(db, HOA_XUAN)),
          memberId: String(await memberOf(db, HOA_XUAN)),
        }),
        expect: "refused",
      },
      {
        name: "own team, own member",
        as: "bithu.haivan",
        input: async ({ db }) => ({ teamId: String(await matrixTeam(db)), memberId: String(await matrixMember(db)) }),
        expect: "ok",
      },
    ],
  },
  "lib/trainings/actions.ts#createTrainingAction": {
    command: createTraining,
    cases: [
      ...noCapability(({ db }) => training(db, [HAI_VAN])),
      {
        name: "an attendee of another commune",
        as: "bithu.haivan",
        input: ({ db }) => training(db, [HAI_VAN, HOA_XUAN]),
        expect: "refused",
      },
      {
        name: "an admin names another commune than the attendees'",
        as: "admin",
        input: async ({ db }) => training(db, [HAI_VAN], { communeId: String(await communeId(db, CAI_RANG)) }),
        expect: "refused",
      },
      {
        name: "no topic",
        as: "bithu.haivan",
        input: ({ db }) => training(db, [HAI_VAN], { topics: [] }),
        expect: "rejected",
      },
      { name: "own commune", as: "bithu.haivan", input: ({ db }) => training(db, [HAI_VAN]), expect: "ok" },
    ],
  },
  "lib/households/actions.ts#createHouseholdAction": {
    command: createHousehold,
    cases: [
      ...noCapability(({ db }) => household(db, HAI_VAN, HAI_VAN)),
      {
        name: "another commune's village",
        as: "bithu.haivan",
        input: ({ db }) => household(db, HOA_XUAN, null),
        expect: "refused",
      },
      {
        name: "another commune's volunteer",
        as: "bithu.haivan",
        input: ({ db }) => household(db, HAI_VAN, HOA_XUAN),
        expect: "refused",
      },
      {
        name: "a code with spaces",
        as: "bithu.haivan",
        input: ({ db }) => household(db, HAI_VAN, null, { code: "MT 001" }),
        expect: "rejected",
      },
      { name: "own commune", as: "bithu.haivan", input: ({ db }) => household(db, HAI_VAN, HAI_VAN), expect: "ok" },
      {
        name: "the same code twice",
        as: "bithu.haivan",
        input: ({ db }) => household(db, HAI_VAN, null),
        expect: "rejected",
      },
    ],
  },
  "lib/households/actions.ts#updateHouseholdAction": {
    command: updateHousehold,
    cases: [
      {
        name: "another commune's household",
        as: "bithu.haivan",
        input: async ({ db }) =>
          household(db, HOA_XUAN, null, { id: String(await householdOf(db, HOA_XUAN)), code: "HX-MT" }),
        expect: "refused",
      },
      {
        name: "another province's household",
        as: "tinhdoan.cantho",
        input: async ({ db }) => household(db, HAI_VAN, null, { id: String(await matrixHousehold(db)) }),
        expect: "refused",
      },
      {
        name: "own household, another commune's volunteer",
        as: "bithu.haivan",
        input: async ({ db }) => household(db, HAI_VAN, HOA_XUAN, { id: String(await matrixHousehold(db)) }),
        expect: "refused",
      },
      {
        name: "own household, another commune's village",
        as: "bithu.haivan",
        input: async ({ db }) => household(db, HOA_XUAN, null, { id: String(await matrixHousehold(db)) }),
        expect: "refused",
      },
      {
        name: "own household",
        as: "bithu.haivan",
        input: async ({ db }) => household(db, HAI_VAN, null, { id: String(await matrixHousehold(db)), poor: "on" }),
        expect: "ok",
      },
    ],
  },
  "lib/households/actions.ts#assignHouseholdAction": {
    command: assignHousehold,
    cases: [
      {
        name: "another commune's household",
        as: "bithu.haivan",
        input: async ({ db }) => ({
          id: String(await householdOf(db, HOA_XUAN)),
          assignedMemberId: String(await memberOf(db, HAI_VAN)),
        }),
        expect: "refused",
      },
      {
        name: "another commune's volunteer",
        as: "bithu.haivan",
        input: async ({ db }) => ({
          id: String(await matrixHousehold(db)),
          assignedMemberId: String(await memberOf(db, HOA_XUAN)),
        }),
        expect: "refused",
      },
      ...noCapability(async ({ db }) => ({
        id: String(await matrixHousehold(db)),
        assignedMemberId: String(await memberOf(db, HAI_VAN)),
      })),
      {
        name: "own household, own volunteer",
        as: "bithu.haivan",
        input: async ({ db }) => ({
          id: String(await matrixHousehold(db)),
          assignedMemberId: String(await matrixMember(db)),
        }),
        expect: "ok",
      },
    ],
  },
  "lib/assignments/actions.ts#applyBalanceAction": {
    command: applyBalance,
    cases: [
      ...noCapability(async ({ db }) => ({
        cap: "20",
        fingerprint: (await loadBalancerState(db, await communeId(db, HAI_VAN))).fingerprint,
      })),
      {
        name: "another province's commune named by a provincial officer",
        as: "tinhdoan.danang",
        input: async ({ db }) => {
          const id = await communeId(db, CAI_RANG);
          return { cap: "20", fingerprint: (await loadBalancerState(db, id)).fingerprint, communeId: String(id) };
        },
        expect: "refused",
      },
      {
        name: "another commune's id is ignored: the secretary's own commune is balanced, so its preview is stale",
        as: "bithu.hoaxuan",
        input: async ({ db }) => {
          const id = await communeId(db, HAI_VAN);
          return { cap: "20", fingerprint: (await loadBalancerState(db, id)).fingerprint, communeId: String(id) };
        },
        expect: "rejected",
      },
      {
        name: "a stale preview",
        as: "bithu.haivan",
        input: () => ({ cap: "20", fingerprint: "0".repeat(32) }),
        expect: "rejected",
      },
      {
        name: "own commune",
        as: "bithu.haivan",
        input: async ({ db }) => ({
          cap: "20",
          fingerprint: (await loadBalancerState(db, await communeId(db, HAI_VAN))).fingerprint,
        }),
        expect: "ok",
      },
      {
        name: "an admin names the commune",
        as: "admin",
        input: async ({ db }) => {
          const id = await communeId(db, CAI_RANG);
          return { cap: "15", fingerprint: (await loadBalancerState(db, id)).fingerprint, communeId: String(id) };
        },
        expect: "ok",
      },
    ],
  },
};
