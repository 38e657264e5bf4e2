import { describe, expect, it } from "vitest";
import { vietnamHolidayNames } from "@/lib/core/vietnam-holidays";
import {
  deskConflicts,
  hasHard,
  hasWarnings,
  MONTHLY_DESK_LOAD,
  type ConflictContext,
  type NeighbourDesk,
} from "./conflicts";

// The conflict rules on hand-built neighbourhoods: hard conflicts (double booking, center duty)
// and warnings (village twice in 7 days, public holiday, monthly load).

const an = { memberId: 1, name: "Alăng Thị An" };
const binh = { memberId: 2, name: "Bríu Văn Bình" };

const desk = (over: Partial<NeighbourDesk> & Pick<NeighbourDesk, "id" | "day">): NeighbourDesk => ({
  villageId: 10,
  villageName: "Tà Lang",
  status: "planned",
  staffIds: [],
  ...over,
});

const context = (over: Partial<ConflictContext> = {}): ConflictContext => ({
  desks: [],
  duty: [],
  holidays: new Map(),
  ...over,
});

describe("deskConflicts", () => {
  it("finds nothing wrong with a desk alone on a working day", () => {
    expect(deskConflicts({ villageId: 10, day: "2026-11-24", staff: [an, binh] }, context())).toEqual([]);
  });

  it("refuses a person on two desks the same day, even in another village", () => {
    const found = deskConflicts(
      { villageId: 11, day: "2026-11-24", staff: [an, binh] },
      context({ desks: [desk({ id: 5, day: "2026-11-24", staffIds: [2], villageName: "Giàn Bí" })] }),
    );
    expect(found).toEqual([
      { kind: "doubleBooked", severity: "hard", memberId: 2, name: binh.name, deskId: 5, villageName: "Giàn Bí" },
    ]);
    expect(hasHard(found)).toBe(true);
  });

  it("ignores the desk being edited and cancelled desks", () => {
    const desks = [
      desk({ id: 5, day: "2026-11-24", staffIds: [1] }),
      desk({ id: 6, day: "2026-11-24", staffIds: [1], status: "cancelled", villageId: 99 }),
    ];
    expect(deskConflicts({ id: 5, villageId: 10, day: "2026-11-24", staff: [an] }, context({ desks }))).toEqual([]);
  });

  it("refuses a person on center duty that day, not the day before", () => {
    const duty = [{ memberId: 1, day: "2026-11-24" }];
    expect(
      deskConflicts({ villageId: 10, day: "2026-11-24", staff: [an] }, context({ duty })).map((c) => c.kind),
    ).toEqual(["onDuty"]);
    expect(deskConflicts({ villageId: 10, day: "2026-11-25", staff: [an] }, context({ duty }))).toEqual([]);
  });

  it("warns when the village had a desk fewer than 7 days before or after", () => {
    const desks = [desk({ id: 7, day: "2026-11-18" })];
    const six = deskConflicts({ villageId: 10, day: "2026-11-24", staff: [] }, context({ desks }));
    expect(six).toEqual([{ kind: "villageRecent", severity: "warning", deskId: 7, day: "2026-11-18", days: 6 }]);
    expect(hasHard(six)).toBe(false);
    expect(hasWarnings(six)).toBe(true);
    expect(deskConflicts({ villageId: 10, day: "2026-11-25", staff: [] }, context({ desks }))).toEqual([]);
    expect(
      deskConflicts({ villageId: 10, day: "2026-11-12", staff: [] }, context({ desks })).map((c) => c.kind),
    ).toEqual(["villageRecent"]);
    expect(deskConflicts({ villageId: 11, day: "2026-11-20", staff: [] }, context({ desks }))).toEqual([]);
  });

  it("warns on a public holiday from the holiday tables, Tết included", () => {
    const holidays = vietnamHolidayNames([2027]);
    // Tết Nguyên Đán 2027 falls on 6 February (a lunar date, not a fixed one).
    const tet = deskConflicts({ villageId: 10, day: "2027-02-06", staff: [] }, context({ holidays }));
    expect(tet).toHaveLength(1);
    expect(tet[0]).toMatchObject({ kind: "holiday", severity: "warning" });
    expect(
      deskConflicts({ villageId: 10, day: "2027-09-02", staff: [] }, context({ holidays })).map((c) => c.kind),
    ).toEqual(["holiday"]);
    expect(deskConflicts({ villageId: 10, day: "2027-03-10", staff: [] }, context({ holidays }))).toEqual([]);
  });

  it("warns when a person goes over the monthly load, counting only that month's live desks", () => {
    const desks = Array.from({ length: MONTHLY_DESK_LOAD }, (_, i) =>
      desk({ id: 100 + i, day: `2026-12-${String(2 + i * 4).padStart(2, "0")}`, villageId: 50 + i, staffIds: [1] }),
    );
    const over = deskConflicts({ villageId: 10, day: "2026-12-29", staff: [an, binh] }, context({ desks }));
    expect(over).toEqual([
      {
        kind: "overLoad",
        severity: "warning",
        memberId: 1,
        name: an.name,
        desks: MONTHLY_DESK_LOAD + 1,
        limit: MONTHLY_DESK_LOAD,
      },
    ]);
    const lighter = desks.map((d, i) => (i === 0 ? { ...d, status: "cancelled" as const } : d));
    expect(deskConflicts({ villageId: 10, day: "2026-12-29", staff: [an] }, context({ desks: lighter }))).toEqual([]);
    expect(deskConflicts({ villageId: 10, day: "2027-01-04", staff: [an] }, context({ desks }))).toEqual([]);
  });

  it("lists hard conflicts before warnings", () => {
    const found = deskConflicts(
      { villageId: 10, day: "2026-09-02", staff: [an] },
      context({ desks: [desk({ id: 3, day: "2026-09-02", staffIds: [1] })], holidays: vietnamHolidayNames([2026]) }),
    );
    expect(found.map((c) => c.kind)).toEqual(["doubleBooked", "holiday", "villageRecent"]);
  });
});
