import type { TrainingTopicCode } from "@/lib/reference/procedures";
import { DEMO_COMMUNES as C } from "./demo-places";

// How each commune runs its campaign in the demo: the figures the communes reported in 2025 (70 members in
// Hải Vân, Tây Giang's 5 center teams, Cái Răng's digital team of 30…) and plausible rest.

export type MemberKind = "union_member" | "student" | "military_youth" | "civil_servant";
export type TeamKind = "door_to_door" | "mobile_desk" | "center_duty" | "digital_community";

export interface TeamSpec {
  kind: TeamKind;
  name: string;
  size: number;
  /** Who may join: volunteers (not civil servants), `core` (union members), civil servants. */
  pool: "volunteers" | "core" | "civil_servants";
  /** Members of this village come first; the team is attached to it. */
  village?: string;
  weekday?: number;
  /** Teams sharing a partition never share a member (Tây Giang's five weekday teams). */
  partition?: string;
  /** Civil servants who go out with this (mobile-desk) team. */
  withCivilServants?: number;
}

export interface TrainingSpec {
  heldOn: string;
  title: string;
  topics: readonly TrainingTopicCode[];
  place: string;
  attendRate: number;
}

export interface CampaignSpec {
  commune: string;
  startsOn: string;
  members: Record<MemberKind, number>;
  affiliations: Partial<Record<MemberKind, readonly string[]>>;
  /** Extra weight of villages when placing members (Hải Vân's members concentrate on former Hòa Bắc). */
  memberVillageBoost?: Readonly<Record<string, number>>;
  /** Team name prefix for per-village door-to-door teams. */
  doorTeamPrefix: string;
  teams: readonly TeamSpec[];
  /** Share of assigned households reached by the end of the history. */
  coverage: number;
  center: {
    peoplePerDay: readonly [number, number];
    dossiersPerDay?: readonly [number, number];
    dailyDossiersTypical: number;
    saturday?: boolean;
    sunday?: boolean;
  };
  roster: { perDay: readonly [number, number]; weekendPerDay?: number; weekdayTeams?: boolean };
  trainings: readonly TrainingSpec[];
}

const students = {
  danang: ["Đại học Đà Nẵng", "Đại học Sư phạm – Đại học Đà Nẵng", "Cao đẳng Kinh tế – Kế hoạch Đà Nẵng"],
  cantho: ["Đại học Cần Thơ", "Cao đẳng Cần Thơ", "Đại học Tây Đô"],
  tuyenquang: ["Trường Cao đẳng Hà Giang", "Trường Đại học Tân Trào"],
};
const basicTraining = (heldOn: string, place: string): TrainingSpec => ({
  heldOn,
  title: "Tập huấn hướng dẫn người dân sử dụng dịch vụ công trực tuyến",
  topics: ["common_procedures", "public_service_portal", "vneid"],
  place,
  attendRate: 0.85,
});

export const demoCampaigns: readonly CampaignSpec[] = [
  {
    commune: C.haiVan,
    startsOn: "2026-07-20",
    members: { union_member: 34, student: 22, military_youth: 11, civil_servant: 3 },
    affiliations: {
      student: students.danang,
      military_youth: ["Ban Chỉ huy Quân sự phường Hải Vân", "Đồn Biên phòng Hải Vân"],
      civil_servant: ["UBND phường Hải Vân"],
    },
    memberVillageBoost: { TL: 4, GB: 4, NY: 2.5, AD: 2.5, LM: 2.5, PN: 2.5, NM: 2.5 },
    doorTeamPrefix: 'Tổ "1+20"',
    teams: [
      {
        kind: "mobile_desk",
        name: "Tổ lưu động Hòa Bắc",
        size: 10,
        pool: "volunteers",
        village: "TL",
        withCivilServants: 3,
      },
      { kind: "center_duty", name: "Tổ hỗ trợ tại Trung tâm", size: 8, pool: "volunteers" },
    ],
    coverage: 0.76,
    center: { peoplePerDay: [12, 30], dailyDossiersTypical: 45 },
    roster: { perDay: [2, 2] },
    trainings: [
      {
        heldOn: "2026-07-16",
        title: 'Tập huấn kỹ năng cho thành viên mô hình "1+20"',
        topics: ["common_procedures", "public_service_portal", "communication"],
        place: "Hội trường UBND phường Hải Vân",
        attendRate: 0.95,
      },
      {
        heldOn: "2026-07-17",
        title: "Tập huấn nộp thuế điện tử và đăng ký chữ ký số",
        topics: ["e_tax", "digital_signature"],
        place: "Hội trường UBND phường Hải Vân",
        attendRate: 0.85,
      },
    ],
  },
  {
    commune: C.hoaXuan,
    startsOn: "2026-07-27",
    members: { union_member: 32, student: 20, military_youth: 6, civil_servant: 2 },
    affiliations: {
      student: students.danang,
      military_youth: ["Ban Chỉ huy Quân sự phường Hòa Xuân"],
      civil_servant: ["UBND phường Hòa Xuân"],
    },
    doorTeamPrefix: "Tổ tình nguyện",
    teams: [{ kind: "center_duty", name: "Tổ hỗ trợ tại Trung tâm", size: 8, pool: "volunteers" }],
    coverage: 0.68,
    center: { peoplePerDay: [15, 35], dailyDossiersTypical: 55 },
    roster: { perDay: [2, 2] },
    trainings: [basicTraining("2026-07-23", "Hội trường UBND phường Hòa Xuân")],
  },
  {
    commune: C.aVuong,
    startsOn: "2026-08-03",
    members: { union_member: 20, student: 2, military_youth: 3, civil_servant: 3 },
    affiliations: { military_youth: ["Đồn Biên phòng A Nông"], civil_servant: ["UBND xã A Vương"] },
    doorTeamPrefix: "Tổ tình nguyện thôn",
    teams: [
      { kind: "mobile_desk", name: "Tổ lưu động xã A Vương", size: 8, pool: "core", withCivilServants: 3 },
      { kind: "center_duty", name: "Tổ hỗ trợ tại trụ sở xã", size: 6, pool: "volunteers" },
    ],
    coverage: 0.6,
    center: { peoplePerDay: [5, 15], dailyDossiersTypical: 20 },
    roster: { perDay: [2, 2] },
    trainings: [basicTraining("2026-07-29", "Hội trường UBND xã A Vương")],
  },
  {
    // 38 core members go out to villages 40–50 km away 2–3 times a month; five teams of about
    // ten rotate at the center Monday to Friday.
    commune: C.tayGiang,
    startsOn: "2026-07-13",
    members: { union_member: 38, student: 6, military_youth: 6, civil_servant: 4 },
    affiliations: {
      student: ["Trường Phổ thông Dân tộc Nội trú Tây Giang"],
      military_youth: ["Đồn Biên phòng Ga Ry", "Ban Chỉ huy Quân sự xã Tây Giang"],
      civil_servant: ["UBND xã Tây Giang"],
    },
    doorTeamPrefix: "Tổ tình nguyện thôn",
    teams: [
      ...["AT", "AR", "CN", "TN", "AO", "AX"].map((v, i): TeamSpec => ({
        kind: "mobile_desk",
        name: `Tổ xung kích ${i + 1}`,
        size: i < 2 ? 7 : 6,
        pool: "core",
        village: v,
        partition: "core",
        withCivilServants: i < 4 ? 1 : 0,
      })),
      ...["thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu"].map((d, i): TeamSpec => ({
        kind: "center_duty",
        name: `Tổ trực Trung tâm ${d}`,
        size: 10,
        pool: "volunteers",
        weekday: i + 1,
        partition: "center",
      })),
    ],
    coverage: 0.55,
    center: { peoplePerDay: [10, 25], dailyDossiersTypical: 30 },
    roster: { perDay: [10, 10], weekdayTeams: true },
    trainings: [
      {
        heldOn: "2026-07-09",
        title: "Tập huấn hỗ trợ người dân tại Trung tâm và các thôn",
        topics: ["common_procedures", "vneid", "public_service_portal"],
        place: "Trung tâm Phục vụ hành chính công xã Tây Giang",
        attendRate: 0.9,
      },
    ],
  },
  {
    commune: C.laDee,
    startsOn: "2026-08-10",
    members: { union_member: 15, student: 2, military_youth: 2, civil_servant: 3 },
    affiliations: { military_youth: ["Đồn Biên phòng La Dêê"], civil_servant: ["UBND xã La Dêê"] },
    doorTeamPrefix: "Tổ tình nguyện thôn",
    teams: [
      {
        kind: "digital_community",
        name: "Tổ công nghệ số cộng đồng thôn Đắc Ốc",
        size: 5,
        pool: "volunteers",
        village: "DO",
        partition: "digital",
      },
      {
        kind: "digital_community",
        name: "Tổ công nghệ số cộng đồng thôn Đắc Tôi",
        size: 5,
        pool: "volunteers",
        village: "DT",
        partition: "digital",
      },
      { kind: "mobile_desk", name: "Tổ lưu động xã La Dêê", size: 6, pool: "core", withCivilServants: 2 },
    ],
    coverage: 0.5,
    center: { peoplePerDay: [4, 12], dailyDossiersTypical: 15 },
    roster: { perDay: [2, 2] },
    trainings: [
      basicTraining("2026-08-05", "Hội trường UBND xã La Dêê"),
      {
        heldOn: "2026-08-20",
        title: "Tập huấn tổ công nghệ số cộng đồng các thôn",
        topics: ["vneid", "public_service_portal", "document_integration"],
        place: "Nhà văn hóa thôn Đắc Ốc",
        attendRate: 0.7,
      },
    ],
  },
  {
    commune: C.ninhKieu,
    startsOn: "2026-08-03",
    members: { union_member: 12, student: 10, military_youth: 0, civil_servant: 2 },
    affiliations: { student: students.cantho, civil_servant: ["UBND phường Ninh Kiều"] },
    doorTeamPrefix: "Tổ tình nguyện",
    teams: [{ kind: "center_duty", name: "Tổ hỗ trợ tại Trung tâm", size: 8, pool: "volunteers" }],
    coverage: 0.7,
    center: { peoplePerDay: [25, 50], dailyDossiersTypical: 80 },
    roster: { perDay: [2, 3] },
    trainings: [basicTraining("2026-07-30", "Hội trường UBND phường Ninh Kiều")],
  },
  {
    // 2–3 members at the center every day, Saturday too; a community digital team of 30.
    commune: C.caiRang,
    startsOn: "2026-07-13",
    members: { union_member: 22, student: 14, military_youth: 4, civil_servant: 2 },
    affiliations: {
      student: students.cantho,
      military_youth: ["Ban Chỉ huy Quân sự phường Cái Răng"],
      civil_servant: ["UBND phường Cái Răng"],
    },
    doorTeamPrefix: "Tổ tình nguyện",
    teams: [
      { kind: "digital_community", name: "Tổ công nghệ số cộng đồng phường Cái Răng", size: 30, pool: "volunteers" },
      { kind: "center_duty", name: "Tổ hỗ trợ tại Trung tâm", size: 12, pool: "volunteers" },
    ],
    coverage: 0.75,
    center: { peoplePerDay: [20, 40], dailyDossiersTypical: 60, saturday: true },
    roster: { perDay: [2, 3], weekendPerDay: 2 },
    trainings: [
      {
        heldOn: "2026-07-10",
        title: "Tập huấn Tổ công nghệ số cộng đồng",
        topics: ["vneid", "public_service_portal", "communication"],
        place: "Hội trường UBND phường Cái Răng",
        attendRate: 0.9,
      },
    ],
  },
  {
    commune: C.thoiHung,
    startsOn: "2026-07-20",
    members: { union_member: 16, student: 6, military_youth: 1, civil_servant: 2 },
    affiliations: { student: students.cantho, civil_servant: ["UBND xã Thới Hưng"] },
    doorTeamPrefix: "Tổ tình nguyện ấp",
    teams: [{ kind: "center_duty", name: "Tổ hỗ trợ tại Trung tâm", size: 6, pool: "volunteers" }],
    coverage: 0.8,
    center: { peoplePerDay: [15, 35], dailyDossiersTypical: 35 },
    roster: { perDay: [2, 2] },
    trainings: [
      {
        heldOn: "2026-07-16",
        title: "Tập huấn hướng dẫn thanh toán không dùng tiền mặt",
        topics: ["vneid", "public_service_portal", "e_tax"],
        place: "Hội trường UBND xã Thới Hưng",
        attendRate: 0.85,
      },
    ],
  },
  {
    // The center receives 70–100 dossiers a day; "Chìa khóa số" training on 10 October.
    commune: C.phuLoi,
    startsOn: "2026-07-06",
    members: { union_member: 16, student: 10, military_youth: 2, civil_servant: 2 },
    affiliations: {
      student: ["Đại học Cần Thơ – Khu Sóc Trăng", "Cao đẳng Sóc Trăng"],
      civil_servant: ["UBND phường Phú Lợi"],
    },
    doorTeamPrefix: "Tổ tình nguyện khóm",
    teams: [{ kind: "center_duty", name: "Tổ hỗ trợ tại Trung tâm", size: 12, pool: "volunteers" }],
    coverage: 0.6,
    center: {
      peoplePerDay: [60, 90],
      dossiersPerDay: [70, 100],
      dailyDossiersTypical: 85,
      saturday: true,
      sunday: true,
    },
    roster: { perDay: [3, 3], weekendPerDay: 2 },
    trainings: [
      basicTraining("2026-07-02", "Trung tâm Phục vụ hành chính công phường Phú Lợi"),
      {
        heldOn: "2026-10-10",
        title: 'Tập huấn "Chìa khóa số"',
        topics: ["vneid", "document_integration", "marital_status_practice", "smart_kiosk"],
        place: "Trung tâm Phục vụ hành chính công phường Phú Lợi",
        attendRate: 0.85,
      },
    ],
  },
  {
    // 8 members at the center from 07:00 on 7 July; three groups: supporting civil servants,
    // guiding people, helping at the center.
    commune: C.hoangSuPhi,
    startsOn: "2026-07-07",
    members: { union_member: 12, student: 4, military_youth: 2, civil_servant: 3 },
    affiliations: {
      student: students.tuyenquang,
      military_youth: ["Ban Chỉ huy Quân sự xã Hoàng Su Phì"],
      civil_servant: ["UBND xã Hoàng Su Phì"],
    },
    doorTeamPrefix: "Nhóm hướng dẫn người dân",
    teams: [
      { kind: "center_duty", name: "Nhóm hỗ trợ cán bộ chuyên môn", size: 4, pool: "volunteers", partition: "center" },
      { kind: "center_duty", name: "Nhóm hỗ trợ tại Trung tâm", size: 8, pool: "volunteers", partition: "center" },
      { kind: "mobile_desk", name: "Tổ lưu động Hoàng Su Phì", size: 6, pool: "core", withCivilServants: 2 },
    ],
    coverage: 0.7,
    center: { peoplePerDay: [15, 30], dailyDossiersTypical: 40 },
    roster: { perDay: [2, 2] },
    trainings: [basicTraining("2026-07-03", "Hội trường UBND xã Hoàng Su Phì")],
  },
  {
    commune: C.bachXa,
    startsOn: "2026-07-07",
    members: { union_member: 10, student: 2, military_youth: 2, civil_servant: 2 },
    affiliations: { student: students.tuyenquang, civil_servant: ["UBND xã Bạch Xa"] },
    doorTeamPrefix: "Nhóm hướng dẫn người dân",
    teams: [
      { kind: "center_duty", name: "Nhóm hỗ trợ cán bộ chuyên môn", size: 3, pool: "volunteers", partition: "center" },
      { kind: "center_duty", name: "Nhóm hỗ trợ tại Trung tâm", size: 4, pool: "volunteers", partition: "center" },
      { kind: "mobile_desk", name: "Tổ lưu động Bạch Xa", size: 5, pool: "core", withCivilServants: 2 },
    ],
    coverage: 0.55,
    center: { peoplePerDay: [6, 15], dailyDossiersTypical: 20 },
    roster: { perDay: [2, 2] },
    trainings: [basicTraining("2026-07-03", "Hội trường UBND xã Bạch Xa")],
  },
  {
    commune: C.haGiang2,
    startsOn: "2026-07-07",
    members: { union_member: 8, student: 8, military_youth: 0, civil_servant: 2 },
    affiliations: { student: students.tuyenquang, civil_servant: ["UBND phường Hà Giang 2"] },
    doorTeamPrefix: "Nhóm hướng dẫn người dân",
    teams: [
      { kind: "center_duty", name: "Nhóm hỗ trợ cán bộ chuyên môn", size: 4, pool: "volunteers", partition: "center" },
      { kind: "center_duty", name: "Nhóm hỗ trợ tại Trung tâm", size: 6, pool: "volunteers", partition: "center" },
    ],
    coverage: 0.65,
    center: { peoplePerDay: [20, 40], dailyDossiersTypical: 60 },
    roster: { perDay: [2, 2] },
    trainings: [basicTraining("2026-07-03", "Hội trường UBND phường Hà Giang 2")],
  },
];

/** The figures the field reports give, which the demo reproduces exactly. */
export const DEMO_FIGURES = {
  haiVanMembers: 70,
  hoaXuanMembers: 60,
  tayGiangCoreMembers: 38,
  tayGiangCenterTeams: 5,
  caiRangDigitalTeam: 30,
  /** Hải Vân's first days, as reported: people supported, digital signatures, free SIMs. */
  haiVanLaunch: { days: 3, records: 30, people: 86, signatures: 3, sims: 29 },
  ninhKieuSmartphones: 14,
  thoiHungPaymentApps: 1680,
  hoaBacHouseholdsTarget: 1350,
  hoangSuPhiLaunch: { day: "2026-07-07", members: 8 },
  phuLoiChiaKhoaSo: "2026-10-10",
} as const;
