import { householdFields, householdFlags } from "@/lib/households/schemas";
import { withCompactAliases, type ColumnSpec } from "./headers";
import { resolved, zodErrors, type FieldError, type ImportSpec } from "./row-kit";
import { booleanValue, cellText } from "./values";
import type { NameLookup } from "./lookup";

// Households from a spreadsheet: the household form's schema, the village and the volunteer
// looked up inside the commune, and a code that must be new (in the commune and in the file).

type Flag = (typeof householdFlags)[number];

const flagAliases: Record<Flag, string[]> = {
  elderly: ["Người cao tuổi", "Cao tuổi", "Elderly"],
  poor: ["Hộ nghèo", "Nghèo", "Poor"],
  ethnicMinority: ["Dân tộc thiểu số", "DTTS", "Ethnic minority"],
  hasSmartphone: ["Có điện thoại thông minh", "Điện thoại thông minh", "Has smartphone", "Smartphone"],
  hasProficientMember: [
    "Có người sử dụng thành thạo",
    "Người dùng thành thạo",
    "Thành thạo",
    "Has proficient member",
    "Proficient member",
  ],
};

export const householdColumns: ColumnSpec[] = withCompactAliases([
  { field: "code", required: true, aliases: ["Mã hộ", "Mã hộ gia đình", "Household code", "Code"] },
  {
    field: "headName",
    required: true,
    aliases: ["Chủ hộ", "Họ tên chủ hộ", "Tên chủ hộ", "Head of household", "Head name"],
  },
  { field: "village", required: true, aliases: ["Thôn, tổ dân phố", "Thôn", "Tổ dân phố", "Mã thôn", "Village"] },
  ...householdFlags.map((field) => ({ field, aliases: flagAliases[field] })),
  {
    field: "volunteer",
    aliases: ["Tình nguyện viên phụ trách", "Tình nguyện viên", "Volunteer", "Assigned volunteer"],
  },
  // The households export's last column: read and ignored (reach comes from support records).
  { field: "firstReachedOn", aliases: ["Lần đầu được hỗ trợ", "First reached on"] },
]);

export interface HouseholdScope {
  villages: NameLookup<number>;
  /** Active volunteers of the commune. */
  members: NameLookup<number>;
  /** Codes already used in the commune. */
  codes: ReadonlySet<string>;
}

export interface HouseholdValue {
  code: string;
  headName: string;
  villageId: number;
  elderly: boolean;
  poor: boolean;
  ethnicMinority: boolean;
  hasSmartphone: boolean;
  hasProficientMember: boolean;
  assignedMemberId: number | null;
}

export const householdSpec: ImportSpec<HouseholdScope, HouseholdValue> = {
  columns: householdColumns,
  repeatedInFile: "import.errors.codeRepeated",
  alreadyStored: "households.errors.codeTaken",
  key: (v) => v.code,
  check(get, scope) {
    const errors: FieldError[] = [];
    const villageText = cellText(get("village"));
    const villageId = resolved(
      errors,
      "village",
      villageText,
      scope.villages.find(villageText),
      "fieldUi.errors.villageUnknown",
      {
        required: "households.errors.villageRequired",
      },
    );
    const memberText = cellText(get("volunteer"));
    const assignedMemberId = resolved(
      errors,
      "volunteer",
      memberText,
      scope.members.find(memberText),
      "fieldUi.errors.memberUnknown",
    );
    const flags = {} as Record<Flag, boolean>;
    for (const flag of householdFlags) {
      const value = booleanValue(get(flag));
      if (value === null)
        errors.push({ field: flag, message: "import.errors.yesNo", values: { value: cellText(get(flag)) } });
      flags[flag] = value ?? false;
    }
    const parsed = householdFields.safeParse({
      code: cellText(get("code")),
      headName: cellText(get("headName")),
      villageId: villageId ?? 1,
      ...flags,
    });
    const reported = new Set(errors.map((e) => e.field));
    if (!parsed.success) errors.push(...zodErrors(parsed.error, { villageId: "village" }, reported));
    if (errors.length > 0 || !parsed.success || villageId == null) return { errors };
    return {
      errors,
      value: { ...flags, code: parsed.data.code, headName: parsed.data.headName, villageId, assignedMemberId },
    };
  },
};
