import type { Random } from "./random";

// Deterministic Vietnamese personal names, with correct diacritics (NFC), for members and heads of
// households. Kinh names vary by region (Huỳnh/Võ in the centre and south, Hoàng/Vũ in the north);
// ethnic-minority villages get their group's family names (Cơ Tu, Khmer, Tày, Dao, H'Mông, La Chí).

export type NameGroup = "kinh" | "co_tu" | "khmer" | "tay" | "dao" | "hmong" | "la_chi";
export type Region = "north" | "central" | "south";
export type Sex = "male" | "female";

type Weighted = readonly (readonly [string, number])[];

const kinhFamily: Record<Region, Weighted> = {
  north: [
    ["Nguyễn", 36],
    ["Trần", 11],
    ["Lê", 9],
    ["Phạm", 7],
    ["Hoàng", 5],
    ["Vũ", 4],
    ["Đặng", 2],
    ["Bùi", 2],
    ["Đỗ", 2],
    ["Ngô", 1.5],
    ["Dương", 1],
    ["Đinh", 1],
    ["Lương", 1],
    ["Trịnh", 1],
  ],
  central: [
    ["Nguyễn", 36],
    ["Trần", 10],
    ["Lê", 10],
    ["Phạm", 6],
    ["Huỳnh", 5],
    ["Võ", 5],
    ["Phan", 5],
    ["Đặng", 2],
    ["Hồ", 2],
    ["Ngô", 1.5],
    ["Trương", 1.5],
    ["Bùi", 1],
    ["Đoàn", 1],
    ["Lương", 1],
  ],
  south: [
    ["Nguyễn", 35],
    ["Trần", 11],
    ["Lê", 9],
    ["Phạm", 5],
    ["Huỳnh", 6],
    ["Võ", 5],
    ["Phan", 4],
    ["Dương", 2],
    ["Lâm", 2],
    ["Trương", 2],
    ["Hồ", 1.5],
    ["Đặng", 1.5],
    ["Châu", 1],
    ["Tô", 1],
  ],
};
const kinhMiddle: Record<Sex, readonly string[]> = {
  male: ["Văn", "Văn", "Đức", "Minh", "Quang", "Hữu", "Công", "Thanh", "Xuân", "Ngọc", "Tuấn", "Gia"],
  female: ["Thị", "Thị", "Thị", "Ngọc", "Thu", "Thanh", "Minh", "Kim", "Bảo", "Phương", "Mỹ", "Hồng"],
};
const kinhGiven: Record<Sex, readonly string[]> = {
  male: [
    "An",
    "Bình",
    "Cường",
    "Dũng",
    "Đạt",
    "Hải",
    "Hiếu",
    "Hòa",
    "Hùng",
    "Huy",
    "Khang",
    "Khánh",
    "Kiên",
    "Long",
    "Minh",
    "Nam",
    "Nghĩa",
    "Phong",
    "Phúc",
    "Quân",
    "Sơn",
    "Tài",
    "Thắng",
    "Thành",
    "Tiến",
    "Trung",
    "Tuấn",
    "Việt",
    "Vinh",
    "Lộc",
    "Toàn",
    "Hưng",
  ],
  female: [
    "Anh",
    "Châu",
    "Chi",
    "Dung",
    "Giang",
    "Hà",
    "Hằng",
    "Hạnh",
    "Hiền",
    "Hoa",
    "Hương",
    "Lan",
    "Linh",
    "Loan",
    "Mai",
    "My",
    "Ngân",
    "Ngọc",
    "Nhung",
    "Oanh",
    "Phương",
    "Quỳnh",
    "Thảo",
    "Thủy",
    "Trang",
    "Trinh",
    "Tuyết",
    "Uyên",
    "Vân",
    "Yến",
    "Nhi",
    "Xuân",
  ],
};

interface GroupNames {
  family: readonly string[];
  middle: Record<Sex, readonly string[]>;
  given: Record<Sex, readonly string[]>;
}

const groups: Record<Exclude<NameGroup, "kinh">, GroupNames> = {
  co_tu: {
    family: [
      "A Lăng",
      "Bh'riu",
      "Clâu",
      "Zơ Râm",
      "Bhling",
      "Pơloong",
      "Ating",
      "Hốih",
      "Coor",
      "Briu",
      "Tơ Ngôl",
      "Alăng",
      "Riah",
      "Blup",
    ],
    middle: { male: ["", "", "Văn"], female: ["Thị", "Thị", ""] },
    given: {
      male: ["Liếc", "Pố", "Bhia", "Blao", "Kiên", "Tấn", "Quân", "Đức", "Mới", "Hùng", "Bình", "Prao", "Nhím", "Xuân"],
      female: ["Mai", "Bích", "Hương", "Dung", "Nga", "Thanh", "Mí", "Hoa", "Lan", "Sương", "Nhiên", "Thủy"],
    },
  },
  khmer: {
    family: ["Thạch", "Sơn", "Lâm", "Kim", "Danh", "Lý", "Châu", "Trà", "Kiên", "Huỳnh"],
    middle: { male: ["", "Văn"], female: ["Thị", "Thị"] },
    given: {
      male: ["Sóc", "Phol", "Sóc Khanh", "Chanh Đa", "Sa Vân", "Thươl", "Mến", "Ry", "Sa Rinh", "Pho"],
      female: [
        "Sa Ra",
        "Sa Rây",
        "Sô Phia",
        "Ngọc Ny",
        "Sa Rươne",
        "Kim Hoa",
        "Sà Phon",
        "Chanh Thu",
        "Mỹ Linh",
        "Đa Ni",
      ],
    },
  },
  tay: {
    family: ["Hoàng", "Nông", "Ma", "Lục", "Triệu", "Hà", "La", "Lương", "Quan", "Mông"],
    middle: { male: ["Văn", "Văn", "Đức"], female: ["Thị", "Thị", "Ngọc"] },
    given: {
      male: ["Pao", "Tình", "Hải", "Thắng", "Cường", "Thuận", "Quyết", "Vượng", "Lâm", "Sơn"],
      female: ["Mỷ", "Lành", "Hoa", "Hiền", "Dịu", "Nga", "Thoa", "Sen", "Nhâm", "Xuyến"],
    },
  },
  dao: {
    family: ["Bàn", "Triệu", "Đặng", "Lý", "Chảo", "Phùng"],
    middle: { male: ["Văn", "Tòn", "Kim"], female: ["Thị", "Mùi", "Thị"] },
    given: {
      male: ["Chòi", "Quẩy", "Sành", "Phin", "Kiều", "Chàn", "Dào", "Hin"],
      female: ["Mẩy", "Nhất", "Chang", "Liều", "Pham", "Mai", "Xuân", "Quyên"],
    },
  },
  hmong: {
    family: ["Giàng", "Sùng", "Vàng", "Thào", "Lù", "Má", "Hầu", "Lầu", "Mua"],
    middle: { male: ["Seo", "A", "Mí"], female: ["Thị", "Mí", "Thị"] },
    given: {
      male: ["Chứ", "Pao", "Dìn", "Sính", "Khai", "Páo", "Lử", "Chư"],
      female: ["Dợ", "Mỷ", "Sua", "Dung", "Chở", "Pà", "Say", "Xúa"],
    },
  },
  la_chi: {
    family: ["Sần", "Vương", "Lý", "Cháng", "Ly", "Hoàng"],
    middle: { male: ["Văn", "Văn", "Quang"], female: ["Thị", "Thị", "Kim"] },
    given: {
      male: ["Thành", "Lợi", "Vinh", "Quyết", "Minh", "Thượng", "Tiến", "Luân"],
      female: ["Phương", "Mai", "Nhung", "Thảo", "Liên", "Chiên", "Hằng", "Sinh"],
    },
  },
};

export interface NameOptions {
  group?: NameGroup;
  region?: Region;
  sex?: Sex;
}

/** A full name such as "Nguyễn Thị Thu Hằng" or "A Lăng Thị Mai", always NFC. */
export function personName(rng: Random, options: NameOptions = {}): string {
  const sex = options.sex ?? (rng.chance(0.5) ? "male" : "female");
  const group = options.group ?? "kinh";
  let parts: string[];
  if (group === "kinh") {
    const family = rng.weighted(kinhFamily[options.region ?? "central"]);
    const middle = rng.pick(kinhMiddle[sex]);
    // Many women's names carry a second middle name: "Nguyễn Thị Thu Hằng".
    const second =
      sex === "female" && middle === "Thị" && rng.chance(0.3) ? rng.pick(["Thu", "Ngọc", "Thanh", "Kim"]) : "";
    parts = [family, middle, second, rng.pick(kinhGiven[sex])];
  } else {
    const g = groups[group];
    parts = [rng.pick(g.family), rng.pick(g.middle[sex]), rng.pick(g.given[sex])];
  }
  return parts.filter(Boolean).join(" ").normalize("NFC");
}
