import type { MemberKind } from "@/lib/members/schemas";
import { memberFields } from "@/lib/members/schemas";
import { withCompactAliases, type ColumnSpec } from "./headers";
import { resolved, zodErrors, type FieldError, type ImportSpec } from "./row-kit";
import { cellText, dateValue, foldText } from "./values";
import type { NameLookup } from "./lookup";

// Members (volunteers, civil servants) from a spreadsheet: the member form's schema, the village
// looked up inside the commune. The same name in the same village twice is taken as one person
// entered twice (in the file, or already in the commune's list).

export const memberColumns: ColumnSpec[] = withCompactAliases([
  { field: "fullName", required: true, aliases: ["Họ và tên", "Họ tên", "Tên", "Full name", "Name"] },
  { field: "kind", required: true, aliases: ["Thành phần", "Đối tượng", "Loại", "Kind"] },
  { field: "village", aliases: ["Thôn, tổ dân phố", "Thôn", "Tổ dân phố", "Mã thôn", "Village"] },
  { field: "affiliation", aliases: ["Đơn vị", "Đơn vị (trường, đơn vị quân đội…)", "Trường, đơn vị", "Affiliation"] },
  { field: "joinedOn", aliases: ["Ngày tham gia", "Joined on", "Date joined"] },
]);

export interface MemberScope {
  villages: NameLookup<number>;
  kinds: NameLookup<MemberKind>;
  /** fullName|villageId keys of the commune's members (see memberKey). */
  existing: ReadonlySet<string>;
}

export interface MemberValue {
  fullName: string;
  kind: MemberKind;
  villageId: number | null;
  affiliation: string | null;
  joinedOn: string | null;
}

export const memberKey = (fullName: string, villageId: number | null) => `${foldText(fullName)}|${villageId ?? ""}`;

export const memberSpec: ImportSpec<MemberScope, MemberValue> = {
  columns: memberColumns,
  repeatedInFile: "import.errors.memberRepeated",
  alreadyStored: "import.errors.memberExists",
  key: (v) => memberKey(v.fullName, v.villageId),
  check(get, scope) {
    const errors: FieldError[] = [];
    const villageText = cellText(get("village"));
    const villageId = resolved(
      errors,
      "village",
      villageText,
      scope.villages.find(villageText),
      "fieldUi.errors.villageUnknown",
    );
    const kindText = cellText(get("kind"));
    const kind = resolved(errors, "kind", kindText, scope.kinds.find(kindText), "members.errors.kindRequired", {
      required: "members.errors.kindRequired",
    });
    const joined = get("joinedOn");
    const parsed = memberFields.safeParse({
      fullName: cellText(get("fullName")),
      kind: kind ?? "union_member",
      affiliation: cellText(get("affiliation")),
      joinedOn: joined == null || cellText(joined) === "" ? "" : dateValue(joined),
    });
    const reported = new Set(errors.map((e) => e.field));
    if (!parsed.success) errors.push(...zodErrors(parsed.error, {}, reported));
    if (errors.length > 0 || !parsed.success || kind == null) return { errors };
    const d = parsed.data;
    return {
      errors,
      value: {
        fullName: d.fullName,
        kind,
        villageId,
        affiliation: d.affiliation ?? null,
        joinedOn: d.joinedOn ?? null,
      },
    };
  },
};
