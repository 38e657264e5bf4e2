// The demo's sign-in accounts, one shared password. README and tests import this list; the seed
// inserts it. Commune and province are demo codes (lib/db/seed/demo-places.ts).

export const DEMO_PASSWORD = "Demo@2026";

export interface DemoAccount {
  username: string;
  displayName: string;
  role: "admin" | "provincial_officer" | "commune_secretary" | "center_director";
  /** Province code for a provincial officer; the commune's province for commune roles. */
  province: string | null;
  commune: string | null;
  password: string;
}

export const demoAccounts: readonly DemoAccount[] = [
  {
    username: "admin",
    displayName: "Quản trị hệ thống",
    role: "admin",
    province: null,
    commune: null,
    password: DEMO_PASSWORD,
  },
  {
    username: "tinhdoan.danang",
    displayName: "Lê Thị Thu Hà",
    role: "provincial_officer",
    province: "DA-NANG",
    commune: null,
    password: DEMO_PASSWORD,
  },
  {
    username: "bithu.haivan",
    displayName: "Nguyễn Văn Hải",
    role: "commune_secretary",
    province: "DA-NANG",
    commune: "HAI-VAN",
    password: DEMO_PASSWORD,
  },
  {
    username: "giamdoc.haivan",
    displayName: "Trần Thị Minh Thư",
    role: "center_director",
    province: "DA-NANG",
    commune: "HAI-VAN",
    password: DEMO_PASSWORD,
  },
  {
    username: "tinhdoan.cantho",
    displayName: "Huỳnh Văn Phúc",
    role: "provincial_officer",
    province: "CAN-THO",
    commune: null,
    password: DEMO_PASSWORD,
  },
  {
    username: "bithu.hoaxuan",
    displayName: "Phan Thị Ngọc Ánh",
    role: "commune_secretary",
    province: "DA-NANG",
    commune: "HOA-XUAN",
    password: DEMO_PASSWORD,
  },
  {
    username: "bithu.cairang",
    displayName: "Võ Minh Tuấn",
    role: "commune_secretary",
    province: "CAN-THO",
    commune: "CAI-RANG",
    password: DEMO_PASSWORD,
  },
];
