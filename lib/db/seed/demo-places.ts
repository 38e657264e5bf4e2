import type { Point } from "./geo";
import type { NameGroup, Region } from "./names";

// The demo's places: three provinces of the field reports (DOMAIN.md), their communes with the
// reported coordinates, the former (pre-2025) communes villages are still reported under, and
// plausible villages. Coordinates are approximate (good to a few km), never survey data.

type VillageKind = "thon" | "to_dan_pho" | "ap" | "ban";
type Terrain = "urban" | "plain" | "midland" | "mountain" | "island";

export interface VillageSpec {
  /** Short code, unique in the commune; household codes read "HV-TL-0001". */
  abbr: string;
  /** What people call it; numbered units carry their generic word ("Khóm 3", "Tổ dân phố 2"). */
  name: string;
  kind: VillageKind;
  former?: string;
  households: number;
  terrain: Terrain;
  remote?: boolean;
  /** The ethnic group whose households get priority here, e.g. "Cơ Tu". */
  priorityGroup?: string;
  /** Share of ethnic-minority households, and whose names their heads carry. */
  ethnicRate?: number;
  nameGroup?: NameGroup;
  hasInternet?: boolean;
  /** A reported position; otherwise placed `km` away (as the crow flies) from the former commune or commune center. */
  at?: Point;
  km?: readonly [number, number];
  bearing?: readonly [number, number];
}

export interface FormerCommuneSpec {
  name: string;
  center?: Point;
}

export interface CommuneSpec {
  code: string;
  /** Prefix of household codes. */
  abbr: string;
  name: string;
  kind: "ward" | "commune" | "special_zone";
  center: Point;
  formers: readonly FormerCommuneSpec[];
  villages: readonly VillageSpec[];
}

export interface ProvinceSpec {
  code: string;
  name: string;
  center: Point;
  region: Region;
  communes: readonly CommuneSpec[];
}

// The 2025 reorganisation took effect on 1 July 2025.
export const MERGED_ON = "2025-07-01";

const coTu = { priorityGroup: "Cơ Tu", nameGroup: "co_tu", terrain: "mountain" } as const;

export const demoProvinces: readonly ProvinceSpec[] = [
  {
    code: "DA-NANG",
    name: "Thành phố Đà Nẵng",
    center: { lat: 16.05, lng: 108.2 },
    region: "central",
    communes: [
      {
        code: "HAI-VAN", abbr: "HV", name: "Phường Hải Vân", kind: "ward", center: { lat: 16.13, lng: 108.1 },
        formers: [{ name: "Hòa Bắc", center: { lat: 16.13, lng: 108.04 } }, { name: "Hòa Hiệp Bắc", center: { lat: 16.12, lng: 108.125 } }],
        villages: [
          { abbr: "TL", name: "Tà Lang", kind: "to_dan_pho", former: "Hòa Bắc", households: 112, ...coTu, remote: true, ethnicRate: 0.95, hasInternet: false, at: { lat: 16.11, lng: 107.99 } },
          { abbr: "GB", name: "Giàn Bí", kind: "to_dan_pho", former: "Hòa Bắc", households: 104, ...coTu, remote: true, ethnicRate: 0.93, hasInternet: false, at: { lat: 16.09, lng: 108.01 } },
          { abbr: "NY", name: "Nam Yên", kind: "to_dan_pho", former: "Hòa Bắc", households: 254, terrain: "midland", ethnicRate: 0.03, km: [0.5, 2], bearing: [0, 360] },
          { abbr: "AD", name: "An Định", kind: "to_dan_pho", former: "Hòa Bắc", households: 238, terrain: "midland", ethnicRate: 0.02, km: [1, 3], bearing: [30, 120] },
          { abbr: "LM", name: "Lộc Mỹ", kind: "to_dan_pho", former: "Hòa Bắc", households: 226, terrain: "midland", ethnicRate: 0.02, km: [1.5, 3], bearing: [150, 220] },
          { abbr: "PN", name: "Phò Nam", kind: "to_dan_pho", former: "Hòa Bắc", households: 212, terrain: "midland", ethnicRate: 0.02, km: [1.5, 3.5], bearing: [320, 360] },
          { abbr: "NM", name: "Nam Mỹ", kind: "to_dan_pho", former: "Hòa Bắc", households: 218, terrain: "midland", ethnicRate: 0.04, km: [2, 4], bearing: [230, 300] },
          { abbr: "KL", name: "Kim Liên", kind: "to_dan_pho", former: "Hòa Hiệp Bắc", households: 420, terrain: "urban", km: [0.3, 1.5], bearing: [0, 360] },
          { abbr: "XT", name: "Xuân Thiều", kind: "to_dan_pho", former: "Hòa Hiệp Bắc", households: 380, terrain: "urban", km: [1, 2.5], bearing: [90, 180] },
          { abbr: "HP", name: "Hiền Phước", kind: "to_dan_pho", former: "Hòa Hiệp Bắc", households: 300, terrain: "urban", km: [1, 2.5], bearing: [270, 360] },
          { abbr: "QT", name: "Quang Thành", kind: "to_dan_pho", former: "Hòa Hiệp Bắc", households: 350, terrain: "urban", km: [1, 3], bearing: [180, 270] },
          { abbr: "VD", name: "Vân Dương", kind: "to_dan_pho", former: "Hòa Hiệp Bắc", households: 280, terrain: "urban", km: [2, 3.5], bearing: [0, 90] },
        ],
      },
      {
        code: "HOA-XUAN", abbr: "HX", name: "Phường Hòa Xuân", kind: "ward", center: { lat: 16.0, lng: 108.22 },
        formers: [{ name: "Hòa Xuân" }, { name: "Hòa Châu", center: { lat: 15.99, lng: 108.205 } }],
        villages: [
          { abbr: "CN", name: "Cẩm Nam", kind: "to_dan_pho", former: "Hòa Xuân", households: 420, terrain: "urban", km: [0.3, 1.5], bearing: [0, 360] },
          { abbr: "CC", name: "Cẩm Chánh", kind: "to_dan_pho", former: "Hòa Xuân", households: 380, terrain: "urban", km: [1, 2], bearing: [20, 120] },
          { abbr: "TL", name: "Tùng Lâm", kind: "to_dan_pho", former: "Hòa Xuân", households: 320, terrain: "urban", km: [1, 2.5], bearing: [300, 360] },
          { abbr: "BB", name: "Bồ Bản", kind: "to_dan_pho", former: "Hòa Châu", households: 360, terrain: "plain", km: [0.5, 2], bearing: [0, 360] },
          { abbr: "QG", name: "Quá Giáng", kind: "to_dan_pho", former: "Hòa Châu", households: 410, terrain: "plain", km: [1, 2.5], bearing: [150, 240] },
          { abbr: "DS", name: "Dương Sơn", kind: "to_dan_pho", former: "Hòa Châu", households: 350, terrain: "plain", km: [1.5, 3], bearing: [240, 300] },
        ],
      },
      {
        code: "A-VUONG", abbr: "AV", name: "Xã A Vương", kind: "commune", center: { lat: 15.84, lng: 107.58 },
        formers: [{ name: "A Vương" }, { name: "Bhalêê", center: { lat: 15.8, lng: 107.62 } }],
        villages: [
          { abbr: "BB", name: "Bhlô Bến", kind: "thon", former: "A Vương", households: 95, ...coTu, ethnicRate: 0.97, km: [0.5, 2], bearing: [0, 360] },
          { abbr: "DA", name: "Dầm", kind: "thon", former: "A Vương", households: 88, ...coTu, remote: true, ethnicRate: 0.98, hasInternet: false, km: [7, 10], bearing: [300, 360] },
          { abbr: "AT", name: "Ating", kind: "thon", former: "A Vương", households: 76, ...coTu, remote: true, ethnicRate: 0.98, hasInternet: false, km: [9, 13], bearing: [20, 70] },
          { abbr: "AR", name: "Arớh", kind: "thon", former: "A Vương", households: 82, ...coTu, remote: true, ethnicRate: 0.99, km: [6, 9], bearing: [80, 120] },
          { abbr: "AU", name: "Aur", kind: "thon", former: "Bhalêê", households: 70, ...coTu, remote: true, ethnicRate: 0.99, hasInternet: false, km: [3, 6], bearing: [100, 200] },
          { abbr: "BH", name: "Bhalêê", kind: "thon", former: "Bhalêê", households: 92, ...coTu, remote: true, ethnicRate: 0.96, km: [1, 3], bearing: [0, 360] },
        ],
      },
      {
        code: "TAY-GIANG", abbr: "TG", name: "Xã Tây Giang", kind: "commune", center: { lat: 15.88, lng: 107.47 },
        formers: [{ name: "A Tiêng" }, { name: "Lăng" }],
        villages: [
          { abbr: "AG", name: "Agrồng", kind: "thon", former: "A Tiêng", households: 110, ...coTu, ethnicRate: 0.9, km: [0.5, 2], bearing: [0, 360] },
          { abbr: "AT", name: "Atép", kind: "thon", former: "A Tiêng", households: 95, ...coTu, remote: true, ethnicRate: 0.98, hasInternet: false, km: [20, 24], bearing: [20, 50] },
          { abbr: "AR", name: "Arầng", kind: "thon", former: "A Tiêng", households: 100, ...coTu, remote: true, ethnicRate: 0.98, km: [21, 25], bearing: [60, 90] },
          { abbr: "CN", name: "Ch'nốc", kind: "thon", former: "A Tiêng", households: 85, ...coTu, remote: true, ethnicRate: 0.99, hasInternet: false, km: [22, 26], bearing: [100, 130] },
          { abbr: "TN", name: "Tu Ngung", kind: "thon", former: "Lăng", households: 90, ...coTu, remote: true, ethnicRate: 0.98, km: [20, 23], bearing: [0, 20] },
          { abbr: "AO", name: "Aró", kind: "thon", former: "Lăng", households: 80, ...coTu, remote: true, ethnicRate: 0.99, hasInternet: false, km: [22, 25], bearing: [40, 70] },
          { abbr: "AX", name: "Axò", kind: "thon", former: "Lăng", households: 92, ...coTu, remote: true, ethnicRate: 0.97, km: [8, 12], bearing: [130, 170] },
          { abbr: "DD", name: "Dading", kind: "thon", former: "Lăng", households: 75, ...coTu, ethnicRate: 0.96, km: [2, 4], bearing: [0, 360] },
        ],
      },
      {
        code: "LA-DEE", abbr: "LD", name: "Xã La Dêê", kind: "commune", center: { lat: 15.72, lng: 107.5 },
        formers: [{ name: "La Dêê" }, { name: "Đắc Tôi", center: { lat: 15.69, lng: 107.55 } }],
        villages: [
          { abbr: "DO", name: "Đắc Ốc", kind: "thon", former: "La Dêê", households: 120, ...coTu, ethnicRate: 0.92, hasInternet: true, km: [0.5, 2], bearing: [0, 360] },
          { abbr: "DR", name: "Đắc Rích", kind: "thon", former: "La Dêê", households: 105, ...coTu, remote: true, ethnicRate: 0.96, hasInternet: false, km: [8, 12], bearing: [320, 360] },
          { abbr: "DP", name: "Đắc Pênh", kind: "thon", former: "La Dêê", households: 98, ...coTu, remote: true, ethnicRate: 0.97, hasInternet: false, km: [9, 14], bearing: [60, 100] },
          { abbr: "DT", name: "Đắc Tôi", kind: "thon", former: "Đắc Tôi", households: 110, ...coTu, ethnicRate: 0.94, hasInternet: true, km: [0.5, 2], bearing: [0, 360] },
          { abbr: "PI", name: "Pà Ia", kind: "thon", former: "Đắc Tôi", households: 90, ...coTu, remote: true, ethnicRate: 0.98, hasInternet: false, km: [6, 9], bearing: [120, 180] },
        ],
      },
      {
        // Hoàng Sa (Paracel Islands) is a special zone of Đà Nẵng; no villages to reach.
        code: "HOANG-SA", abbr: "HS", name: "Đặc khu Hoàng Sa", kind: "special_zone", center: { lat: 16.5, lng: 111.6 },
        formers: [],
        villages: [],
      },
    ],
  },
  {
    code: "CAN-THO",
    name: "Thành phố Cần Thơ",
    center: { lat: 10.03, lng: 105.78 },
    region: "south",
    communes: [
      {
        code: "NINH-KIEU", abbr: "NK", name: "Phường Ninh Kiều", kind: "ward", center: { lat: 10.03, lng: 105.78 },
        formers: [{ name: "Tân An" }, { name: "Xuân Khánh", center: { lat: 10.025, lng: 105.765 } }],
        villages: [
          { abbr: "K1", name: "Khu vực 1", kind: "to_dan_pho", former: "Tân An", households: 480, terrain: "urban", km: [0.2, 1], bearing: [0, 360] },
          { abbr: "K2", name: "Khu vực 2", kind: "to_dan_pho", former: "Tân An", households: 520, terrain: "urban", km: [0.5, 1.5], bearing: [0, 180] },
          { abbr: "K3", name: "Khu vực 3", kind: "to_dan_pho", former: "Tân An", households: 450, terrain: "urban", km: [0.5, 1.5], bearing: [180, 360] },
          { abbr: "K4", name: "Khu vực 4", kind: "to_dan_pho", former: "Xuân Khánh", households: 410, terrain: "urban", km: [0.2, 1], bearing: [0, 360] },
          { abbr: "K5", name: "Khu vực 5", kind: "to_dan_pho", former: "Xuân Khánh", households: 500, terrain: "urban", km: [0.5, 1.5], bearing: [90, 270] },
          { abbr: "K6", name: "Khu vực 6", kind: "to_dan_pho", former: "Xuân Khánh", households: 440, terrain: "urban", km: [0.5, 1.5], bearing: [270, 450] },
        ],
      },
      {
        code: "CAI-RANG", abbr: "CR", name: "Phường Cái Răng", kind: "ward", center: { lat: 10.0, lng: 105.79 },
        formers: [{ name: "Lê Bình" }, { name: "Hưng Thạnh", center: { lat: 10.01, lng: 105.77 } }],
        villages: [
          { abbr: "YT", name: "Yên Thượng", kind: "to_dan_pho", former: "Lê Bình", households: 380, terrain: "urban", km: [0.3, 1.5], bearing: [0, 360] },
          { abbr: "YN", name: "Yên Trung", kind: "to_dan_pho", former: "Lê Bình", households: 360, terrain: "urban", km: [0.8, 2], bearing: [0, 120] },
          { abbr: "YH", name: "Yên Hạ", kind: "to_dan_pho", former: "Lê Bình", households: 320, terrain: "plain", km: [1, 2.5], bearing: [120, 240] },
          { abbr: "TM", name: "Thạnh Mỹ", kind: "to_dan_pho", former: "Hưng Thạnh", households: 340, terrain: "urban", km: [0.3, 1.5], bearing: [0, 360] },
          { abbr: "PT", name: "Phú Thạnh", kind: "to_dan_pho", former: "Hưng Thạnh", households: 310, terrain: "plain", km: [1, 2.5], bearing: [200, 300] },
          { abbr: "PL", name: "Phú Lễ", kind: "to_dan_pho", former: "Hưng Thạnh", households: 290, terrain: "plain", km: [1.5, 3], bearing: [300, 360] },
        ],
      },
      {
        code: "THOI-HUNG", abbr: "TH", name: "Xã Thới Hưng", kind: "commune", center: { lat: 10.15, lng: 105.56 },
        formers: [{ name: "Thới Hưng" }, { name: "Thới Xuân", center: { lat: 10.13, lng: 105.53 } }],
        villages: [
          { abbr: "HA", name: "Thới Hòa A", kind: "ap", former: "Thới Hưng", households: 330, terrain: "plain", km: [0.5, 2], bearing: [0, 360] },
          { abbr: "HB", name: "Thới Hòa B", kind: "ap", former: "Thới Hưng", households: 310, terrain: "plain", km: [2, 4], bearing: [0, 90] },
          { abbr: "TT", name: "Thới Thạnh", kind: "ap", former: "Thới Hưng", households: 290, terrain: "plain", km: [2, 4], bearing: [90, 180] },
          { abbr: "PA", name: "Thới Phong A", kind: "ap", former: "Thới Hưng", households: 300, terrain: "plain", km: [3, 5], bearing: [300, 360] },
          { abbr: "PB", name: "Thới Phong B", kind: "ap", former: "Thới Hưng", households: 280, terrain: "plain", km: [4, 6], bearing: [0, 40] },
          { abbr: "XA", name: "Thới Xuân A", kind: "ap", former: "Thới Xuân", households: 300, terrain: "plain", km: [0.5, 2], bearing: [0, 360] },
          { abbr: "XB", name: "Thới Xuân B", kind: "ap", former: "Thới Xuân", households: 290, terrain: "plain", km: [2, 4], bearing: [180, 270] },
        ],
      },
      {
        code: "PHU-LOI", abbr: "PL", name: "Phường Phú Lợi", kind: "ward", center: { lat: 9.6, lng: 105.97 },
        formers: [{ name: "Phường 2" }, { name: "Phường 3", center: { lat: 9.595, lng: 105.985 } }],
        villages: [
          { abbr: "K1", name: "Khóm 1", kind: "to_dan_pho", former: "Phường 2", households: 420, terrain: "urban", priorityGroup: "Khmer", nameGroup: "khmer", ethnicRate: 0.2, km: [0.2, 1], bearing: [0, 360] },
          { abbr: "K2", name: "Khóm 2", kind: "to_dan_pho", former: "Phường 2", households: 400, terrain: "urban", priorityGroup: "Khmer", nameGroup: "khmer", ethnicRate: 0.25, km: [0.5, 1.5], bearing: [0, 180] },
          { abbr: "K3", name: "Khóm 3", kind: "to_dan_pho", former: "Phường 2", households: 380, terrain: "urban", priorityGroup: "Khmer", nameGroup: "khmer", ethnicRate: 0.3, km: [0.5, 1.5], bearing: [180, 360] },
          { abbr: "K4", name: "Khóm 4", kind: "to_dan_pho", former: "Phường 3", households: 410, terrain: "urban", priorityGroup: "Khmer", nameGroup: "khmer", ethnicRate: 0.35, km: [0.2, 1], bearing: [0, 360] },
          { abbr: "K5", name: "Khóm 5", kind: "to_dan_pho", former: "Phường 3", households: 390, terrain: "urban", priorityGroup: "Khmer", nameGroup: "khmer", ethnicRate: 0.4, km: [0.5, 1.5], bearing: [60, 200] },
          { abbr: "K6", name: "Khóm 6", kind: "to_dan_pho", former: "Phường 3", households: 400, terrain: "plain", priorityGroup: "Khmer", nameGroup: "khmer", ethnicRate: 0.45, km: [1, 2.5], bearing: [200, 330] },
        ],
      },
    ],
  },
  {
    code: "TUYEN-QUANG",
    name: "Tỉnh Tuyên Quang",
    center: { lat: 21.82, lng: 105.21 },
    region: "north",
    communes: [
      {
        code: "HOANG-SU-PHI", abbr: "HSP", name: "Xã Hoàng Su Phì", kind: "commune", center: { lat: 22.74, lng: 104.68 },
        formers: [{ name: "Vinh Quang" }, { name: "Tụ Nhân", center: { lat: 22.76, lng: 104.64 } }],
        villages: [
          { abbr: "VQ", name: "Vinh Quang", kind: "thon", former: "Vinh Quang", households: 210, terrain: "mountain", priorityGroup: "Nùng", nameGroup: "tay", ethnicRate: 0.6, km: [0.3, 1.5], bearing: [0, 360] },
          { abbr: "ND", name: "Nậm Dịch", kind: "thon", former: "Vinh Quang", households: 140, terrain: "mountain", priorityGroup: "La Chí", nameGroup: "la_chi", ethnicRate: 0.9, km: [3, 6], bearing: [60, 140] },
          { abbr: "BL", name: "Bản Luốc", kind: "ban", former: "Vinh Quang", households: 150, terrain: "mountain", remote: true, priorityGroup: "La Chí", nameGroup: "la_chi", ethnicRate: 0.97, hasInternet: false, km: [8, 12], bearing: [140, 200] },
          { abbr: "TU", name: "Tụ Nhân", kind: "thon", former: "Tụ Nhân", households: 160, terrain: "mountain", priorityGroup: "Dao", nameGroup: "dao", ethnicRate: 0.92, km: [0.5, 2], bearing: [0, 360] },
          { abbr: "CP", name: "Chiến Phố", kind: "thon", former: "Tụ Nhân", households: 130, terrain: "mountain", remote: true, priorityGroup: "H'Mông", nameGroup: "hmong", ethnicRate: 0.99, hasInternet: false, km: [7, 11], bearing: [280, 340] },
          { abbr: "TT", name: "Thàng Tín", kind: "thon", former: "Tụ Nhân", households: 120, terrain: "mountain", remote: true, priorityGroup: "Dao", nameGroup: "dao", ethnicRate: 0.98, km: [6, 10], bearing: [340, 400] },
          { abbr: "PL", name: "Pố Lồ", kind: "thon", former: "Tụ Nhân", households: 125, terrain: "mountain", remote: true, priorityGroup: "H'Mông", nameGroup: "hmong", ethnicRate: 0.99, hasInternet: false, km: [9, 13], bearing: [200, 260] },
        ],
      },
      {
        code: "BACH-XA", abbr: "BX", name: "Xã Bạch Xa", kind: "commune", center: { lat: 22.21, lng: 105.05 },
        formers: [{ name: "Bạch Xa" }, { name: "Minh Khương", center: { lat: 22.18, lng: 105.08 } }],
        villages: [
          { abbr: "NM", name: "Nà Mỏ", kind: "thon", former: "Bạch Xa", households: 140, terrain: "midland", priorityGroup: "Tày", nameGroup: "tay", ethnicRate: 0.7, km: [0.3, 1.5], bearing: [0, 360] },
          { abbr: "BB", name: "Bản Ban", kind: "ban", former: "Bạch Xa", households: 135, terrain: "midland", priorityGroup: "Tày", nameGroup: "tay", ethnicRate: 0.85, km: [2, 4], bearing: [0, 90] },
          { abbr: "KX", name: "Khuổi Xoan", kind: "thon", former: "Bạch Xa", households: 120, terrain: "mountain", remote: true, priorityGroup: "Dao", nameGroup: "dao", ethnicRate: 0.97, hasInternet: false, km: [7, 10], bearing: [270, 340] },
          { abbr: "MT", name: "Minh Tiến", kind: "thon", former: "Minh Khương", households: 160, terrain: "midland", priorityGroup: "Tày", nameGroup: "tay", ethnicRate: 0.5, km: [0.5, 2], bearing: [0, 360] },
          { abbr: "DM", name: "Đồng Mộc", kind: "thon", former: "Minh Khương", households: 130, terrain: "midland", priorityGroup: "Tày", nameGroup: "tay", ethnicRate: 0.75, km: [2, 4], bearing: [90, 180] },
          { abbr: "KK", name: "Khuôn Khoai", kind: "thon", former: "Minh Khương", households: 110, terrain: "mountain", remote: true, priorityGroup: "Dao", nameGroup: "dao", ethnicRate: 0.96, hasInternet: false, km: [6, 9], bearing: [100, 160] },
        ],
      },
      {
        code: "HA-GIANG-2", abbr: "HG2", name: "Phường Hà Giang 2", kind: "ward", center: { lat: 22.82, lng: 104.98 },
        formers: [{ name: "Ngọc Hà" }, { name: "Quang Trung", center: { lat: 22.81, lng: 104.99 } }],
        villages: [
          { abbr: "T1", name: "Tổ dân phố 1", kind: "to_dan_pho", former: "Ngọc Hà", households: 330, terrain: "urban", nameGroup: "tay", ethnicRate: 0.3, km: [0.2, 1], bearing: [0, 360] },
          { abbr: "T2", name: "Tổ dân phố 2", kind: "to_dan_pho", former: "Ngọc Hà", households: 360, terrain: "urban", nameGroup: "tay", ethnicRate: 0.25, km: [0.5, 1.5], bearing: [0, 180] },
          { abbr: "T3", name: "Tổ dân phố 3", kind: "to_dan_pho", former: "Ngọc Hà", households: 300, terrain: "urban", nameGroup: "tay", ethnicRate: 0.3, km: [0.5, 1.5], bearing: [180, 360] },
          { abbr: "T4", name: "Tổ dân phố 4", kind: "to_dan_pho", former: "Quang Trung", households: 380, terrain: "urban", nameGroup: "tay", ethnicRate: 0.35, km: [0.2, 1], bearing: [0, 360] },
          { abbr: "T5", name: "Tổ dân phố 5", kind: "to_dan_pho", former: "Quang Trung", households: 340, terrain: "urban", nameGroup: "tay", ethnicRate: 0.3, km: [0.5, 1.5], bearing: [90, 270] },
          { abbr: "T6", name: "Tổ dân phố 6", kind: "to_dan_pho", former: "Quang Trung", households: 310, terrain: "midland", nameGroup: "tay", ethnicRate: 0.4, km: [1, 2.5], bearing: [270, 400] },
        ],
      },
    ],
  },
];

/** The commune codes the demo's figures and accounts refer to. */
export const DEMO_COMMUNES = {
  haiVan: "HAI-VAN",
  hoaXuan: "HOA-XUAN",
  aVuong: "A-VUONG",
  tayGiang: "TAY-GIANG",
  laDee: "LA-DEE",
  hoangSa: "HOANG-SA",
  ninhKieu: "NINH-KIEU",
  caiRang: "CAI-RANG",
  thoiHung: "THOI-HUNG",
  phuLoi: "PHU-LOI",
  hoangSuPhi: "HOANG-SU-PHI",
  bachXa: "BACH-XA",
  haGiang2: "HA-GIANG-2",
} as const;
