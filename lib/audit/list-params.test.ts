import { describe, expect, it } from "vitest";
import { auditListHref, parseAuditListParams } from "./list-params";

describe("audit list parameters", () => {
  it("reads unit, user, entity, action and a dd/MM/yyyy range", () => {
    const params = parseAuditListParams({
      unit: "c4",
      user: "7",
      entity: "account",
      action: "create",
      from: "01/11/2026",
      to: "23/11/2026",
      page: "2",
    });
    expect(params).toMatchObject({
      unit: { kind: "commune", id: 4 },
      userId: 7,
      entity: "account",
      action: "create",
      from: "2026-11-01",
      to: "2026-11-23",
      invalid: [],
      page: 2,
    });
    expect(auditListHref(params)).toBe(
      "/audit?unit=c4&user=7&entity=account&action=create&from=01%2F11%2F2026&to=23%2F11%2F2026&page=2",
    );
  });
  it("keeps an impossible date as typed, flags it and does not apply it", () => {
    const params = parseAuditListParams({ from: "31/02/2026", to: "hôm qua" });
    expect(params).toMatchObject({ fromText: "31/02/2026", from: null, to: null, invalid: ["from", "to"] });
  });
  it("reads the outcome and the security-events group, and nothing else for them", () => {
    const params = parseAuditListParams({ outcome: "refused", group: "security" });
    expect(params).toMatchObject({ outcome: "refused", group: "security" });
    expect(auditListHref(params)).toBe("/audit?outcome=refused&group=security");
    expect(parseAuditListParams({ outcome: "maybe", group: "all'--" })).toMatchObject({ outcome: "", group: "" });
  });
  it("ignores ids and names that are not plain tokens", () => {
    expect(parseAuditListParams({ user: "1 or 1=1", entity: "account'--", page: "0" })).toMatchObject({
      userId: null,
      entity: "",
      page: 1,
    });
  });
});
