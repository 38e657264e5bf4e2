import { describe, expect, it } from "vitest";
import { procedureCatalogue } from "@/lib/reference/procedures";
import { householdFunnel, summariseFunnels, type FunnelEvidence } from "./funnel";

const steps = new Map<string, number | null>(procedureCatalogue.map((p) => [p.code, p.funnelStep]));
const record = (overrides: Partial<FunnelEvidence> = {}): FunnelEvidence => ({
  procedures: [],
  eidActivated: 0,
  dossiersSubmitted: 0,
  signaturesInstalled: 0,
  simsGiven: 0,
  paymentAppsInstalled: 0,
  ...overrides,
});

describe("householdFunnel", () => {
  it("has nothing done for a household with no records", () => {
    const f = householdFunnel([], steps);
    expect(f.stepsDone).toBe(0);
    expect(f.next).toBe("eid_level2");
    expect(Object.values(f.done).every((d) => !d)).toBe(true);
  });

  it("marks a step done from a procedure on that step", () => {
    const f = householdFunnel([record({ procedures: ["public_service_account", "birth_registration"] })], steps);
    expect(f.done.public_service_account).toBe(true);
    expect(f.done.eid_level2).toBe(false);
    expect(f.stepsDone).toBe(1);
    // The funnel is ordered: the next round starts with the first step not done.
    expect(f.next).toBe("eid_level2");
  });

  it("marks steps done from counters only those steps produce", () => {
    const f = householdFunnel(
      [
        record({ eidActivated: 2, simsGiven: 1 }),
        record({ signaturesInstalled: 1, paymentAppsInstalled: 1, dossiersSubmitted: 1 }),
      ],
      steps,
    );
    expect(f.done).toEqual({
      eid_level2: true,
      public_service_account: false,
      online_dossier: true,
      digital_signature: true,
      sim: true,
      cashless_payment: true,
    });
    expect(f.next).toBe("public_service_account");
    expect(f.stepsDone).toBe(5);
  });

  it("follows the procedures table, not the code names: a procedure without a step completes none", () => {
    const custom = new Map<string, number | null>([
      ["eid_level2", null],
      ["kiosk_help", 1],
    ]);
    const f = householdFunnel(
      [record({ procedures: ["eid_level2"] }), record({ procedures: ["kiosk_help", "unknown"] })],
      custom,
    );
    expect(f.done.eid_level2).toBe(true);
    expect(f.stepsDone).toBe(1);
  });

  it("ignores steps out of range", () => {
    const broken = new Map<string, number | null>([
      ["x", 0],
      ["y", 7],
    ]);
    expect(householdFunnel([record({ procedures: ["x", "y"] })], broken).stepsDone).toBe(0);
  });

  it("is complete when all six steps are done", () => {
    const all = procedureCatalogue.filter((p) => p.funnelStep != null).map((p) => p.code);
    const f = householdFunnel([record({ procedures: all })], steps);
    expect(f.stepsDone).toBe(6);
    expect(f.next).toBeNull();
  });
});

describe("summariseFunnels", () => {
  it("counts households per step done and per next step", () => {
    const none = householdFunnel([], steps);
    const eidOnly = householdFunnel([record({ eidActivated: 1 })], steps);
    const twoSteps = householdFunnel([record({ procedures: ["eid_level2", "public_service_account"] })], steps);
    const all = householdFunnel([record({ procedures: procedureCatalogue.map((p) => p.code) })], steps);
    const s = summariseFunnels([
      { reached: false, funnel: none },
      { reached: true, funnel: none },
      { reached: true, funnel: eidOnly },
      { reached: true, funnel: twoSteps },
      { reached: true, funnel: all },
    ]);
    expect(s.households).toBe(5);
    expect(s.reached).toBe(4);
    expect(s.complete).toBe(1);
    expect(s.done.eid_level2).toBe(3);
    expect(s.done.public_service_account).toBe(2);
    expect(s.done.cashless_payment).toBe(1);
    // The unreached household waits for a first visit, not at a step.
    expect(s.waitingAt).toEqual({
      eid_level2: 1,
      public_service_account: 1,
      online_dossier: 1,
      digital_signature: 0,
      sim: 0,
      cashless_payment: 0,
    });
  });

  it("is all zeros for a village without households", () => {
    const s = summariseFunnels([]);
    expect(s.households).toBe(0);
    expect(Object.values(s.done).every((n) => n === 0)).toBe(true);
  });
});
