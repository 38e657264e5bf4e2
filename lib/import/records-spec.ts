import { counterFields, supportRecordSchema, type Channel, type CounterField } from "@/lib/records/schemas";
import { withCompactAliases, type ColumnSpec } from "./headers";
import { resolved, zodErrors, type FieldError, type ImportSpec } from "./row-kit";
import { booleanValue, cellText, dateValue, integerText, listValue } from "./values";
import type { NameLookup } from "./lookup";

// Support records from a spreadsheet: the same rules as the quick-entry form (its zod schema),
// with villages, volunteers, households and procedures named as people write them and looked
// up inside the commune being imported into. Pure: the scope comes in as lookups.

const counterAliases: Record<CounterField, string[]> = {
  peopleServed: ["Lượt người", "Số người", "Số người được hỗ trợ", "People served"],
  householdsServed: ["Số hộ", "Hộ được hỗ trợ", "Households served"],
  eidActivated: ["Định danh mức 2", "VNeID mức 2", "Kích hoạt định danh", "eID level 2", "eID activated"],
  signaturesInstalled: ["Chữ ký số", "Digital signatures", "Signatures installed"],
  simsGiven: ["SIM tặng", "SIM", "SIMs given"],
  dossiersSubmitted: ["Hồ sơ trực tuyến", "Hồ sơ", "Online dossiers", "Dossiers submitted"],
  paymentAppsInstalled: [
    "Ứng dụng thanh toán",
    "Thanh toán không dùng tiền mặt",
    "Payment apps",
    "Payment apps installed",
  ],
  smartphonesDonated: ["Điện thoại tặng", "Điện thoại", "Smartphones donated"],
};

export const recordColumns: ColumnSpec[] = withCompactAliases([
  { field: "servedOn", required: true, aliases: ["Ngày hỗ trợ", "Ngày", "Ngày ghi nhận", "Date", "Served on"] },
  { field: "channel", required: true, aliases: ["Hình thức", "Kênh", "Hình thức hỗ trợ", "Channel"] },
  {
    field: "village",
    required: true,
    aliases: ["Thôn, tổ dân phố", "Thôn", "Tổ dân phố", "Thôn/Tổ", "Mã thôn", "Village"],
  },
  { field: "household", aliases: ["Mã hộ", "Mã hộ gia đình", "Hộ", "Household", "Household code"] },
  { field: "volunteer", required: true, aliases: ["Tình nguyện viên", "Người hỗ trợ", "TNV", "Volunteer"] },
  { field: "procedures", aliases: ["Thủ tục", "Thủ tục đã hỗ trợ", "Procedures"] },
  ...counterFields.map((field) => ({ field, aliases: counterAliases[field] })),
  // "Có" (the desk held in the row's village on the row's day) or the desk's number.
  { field: "mobileDesk", aliases: ["Bàn lưu động", "Số bàn lưu động", "Mã bàn lưu động", "Mobile desk"] },
  { field: "note", aliases: ["Ghi chú", "Note"] },
  // The records export's first column: read and ignored, so an export can come back in.
  { field: "recordId", aliases: ["Số ghi nhận", "Record number", "ID"] },
]);

export interface DeskScope {
  byId: Map<number, { villageId: number; day: string }>;
  /** "villageId|yyyy-MM-dd" → the desks held there that day. */
  byVillageDay: Map<string, number[]>;
}

export interface RecordScope {
  today: string;
  villages: NameLookup<number>;
  /** Active volunteers of the commune, by full name or id. */
  members: NameLookup<number>;
  /** Household code → id and village (exact code, then upper case). */
  households: Map<string, { id: number; villageId: number }>;
  procedures: NameLookup<string>;
  channels: NameLookup<Channel>;
  desks: DeskScope;
  mayWrite: (channel: Channel) => boolean;
}

export interface RecordValue extends Record<CounterField, number> {
  villageId: number;
  householdId: number | null;
  memberId: number;
  mobileDeskId: number | null;
  servedOn: string;
  channel: Channel;
  procedures: string[];
  note: string | null;
}

const rename = { villageId: "village", memberId: "volunteer", householdCode: "household" };

/**
 * The "Bàn lưu động" cell → a desk of the commune in the row's village: "Có"/"x" names the desk
 * held there on the row's day (what a secretary knows from the paper form), a number names a
 * desk by its id. Blank: none. Another village's desk, or a cancelled one, is a row error.
 */
function deskOf(
  errors: FieldError[],
  text: string,
  channel: Channel | null,
  villageId: number | null,
  day: string,
  desks: DeskScope,
): number | null {
  if (text === "" || booleanValue(text) === false) return null;
  if (channel != null && channel !== "mobile_desk") {
    errors.push({ field: "mobileDesk", message: "records.errors.deskOnlyForMobileDesk" });
    return null;
  }
  if (villageId == null) return null;
  const number = /^(?:#|số\s*)?(\d{1,9})$/iu.exec(text)?.[1];
  if (number) {
    const desk = desks.byId.get(Number(number));
    if (!desk) errors.push({ field: "mobileDesk", message: "records.errors.deskUnknown" });
    else if (desk.villageId !== villageId)
      errors.push({ field: "mobileDesk", message: "records.errors.deskOtherVillage" });
    else return Number(number);
    return null;
  }
  if (booleanValue(text) !== true) {
    errors.push({ field: "mobileDesk", message: "import.errors.deskValue", values: { value: text } });
    return null;
  }
  const held = desks.byVillageDay.get(`${villageId}|${day}`) ?? [];
  if (held.length === 1) return held[0]!;
  errors.push({
    field: "mobileDesk",
    message: held.length === 0 ? "import.errors.deskNone" : "import.errors.deskAmbiguous",
  });
  return null;
}

export function recordSpec(today: string): ImportSpec<RecordScope, RecordValue> {
  const schema = supportRecordSchema(today);
  return {
    columns: recordColumns,
    repeatedInFile: "import.errors.recordRepeated",
    alreadyStored: "import.errors.recordExists",
    key: (v) =>
      [v.villageId, v.servedOn, v.channel, v.householdId ?? "", v.memberId, ...counterFields.map((f) => v[f])].join(
        "|",
      ),
    check(get, scope) {
      const errors: FieldError[] = [];
      const villageText = cellText(get("village"));
      const villageId = resolved(
        errors,
        "village",
        villageText,
        scope.villages.find(villageText),
        "records.errors.villageUnknown",
        {
          required: "records.errors.villageRequired",
        },
      );
      const memberText = cellText(get("volunteer"));
      const memberId = resolved(
        errors,
        "volunteer",
        memberText,
        scope.members.find(memberText),
        "records.errors.volunteerUnknown",
        {
          required: "records.errors.volunteerRequired",
        },
      );
      const channelText = cellText(get("channel"));
      const channel = resolved(
        errors,
        "channel",
        channelText,
        scope.channels.find(channelText),
        "import.errors.channelUnknown",
        {
          required: "records.errors.channelRequired",
        },
      );
      if (channel && !scope.mayWrite(channel))
        errors.push({ field: "channel", message: "import.errors.channelForbidden" });

      const code = cellText(get("household"));
      let householdId: number | null = null;
      if (code !== "") {
        const household = scope.households.get(code) ?? scope.households.get(code.toUpperCase());
        if (!household)
          errors.push({ field: "household", message: "records.errors.householdUnknown", values: { value: code } });
        else if (villageId != null && household.villageId !== villageId)
          errors.push({ field: "household", message: "records.errors.householdOtherVillage" });
        else householdId = household.id;
      }

      const procedures: string[] = [];
      for (const name of listValue(get("procedures"))) {
        const found = resolved(
          errors,
          "procedures",
          name,
          scope.procedures.find(name),
          "records.errors.procedureUnknown",
        );
        if (found) procedures.push(found);
      }

      // Clean digits go to the schema as numbers (its bounds still apply); anything else as typed.
      const counters: Record<string, string | number> = {};
      for (const f of counterFields) {
        const text = integerText(get(f));
        counters[f] = /^\d{1,6}$/.test(text) ? Number(text) : text;
      }
      const parsed = schema.safeParse({
        servedOn: dateValue(get("servedOn")),
        channel: channel ?? "door_to_door",
        villageId: villageId ?? 1,
        memberId: memberId ?? 1,
        procedures,
        ...counters,
        note: cellText(get("note")),
      });
      // Fields already reported above are not reported twice.
      const reported = new Set(errors.map((e) => e.field));
      if (!parsed.success) errors.push(...zodErrors(parsed.error, rename, reported));
      const mobileDeskId = deskOf(
        errors,
        cellText(get("mobileDesk")),
        channel,
        villageId,
        parsed.success ? parsed.data.servedOn : "",
        scope.desks,
      );
      if (errors.length > 0 || !parsed.success || villageId == null || memberId == null || channel == null)
        return { errors };
      const d = parsed.data;
      return {
        errors,
        value: {
          villageId,
          memberId,
          householdId,
          mobileDeskId,
          servedOn: d.servedOn,
          channel,
          procedures: d.procedures,
          note: d.note ?? null,
          ...Object.fromEntries(counterFields.map((f) => [f, d[f]])),
        } as RecordValue,
      };
    },
  };
}
