import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ExpectedError } from "@/lib/actions/form-state";
import type { Executor } from "@/lib/db/client";
import { queryRows } from "@/lib/db/rows";
import { createDemoDatabase, type TestDatabase } from "@/lib/db/testing";
import { viewerFor } from "@/lib/testing/viewers";
import { actionRegistry } from "./action-cases";
import type { CaseOutcome } from "./action-case-types";

/** Audit rows of writes that happened: failed or refused attempts are logged on purpose and don't count. */
const writesAudited = async (db: Executor) => {
  const [row] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from audit_log where outcome = 'success'`,
  );
  return row?.n ?? 0;
};

// The server-action half of the access matrix: every exported action of every 'use server'
// lib/**/actions.ts must be in lib/access/action-cases.ts, and each listed case must come out as
// declared when its command runs against the seeded demo as the given account.

const root = process.cwd();

function actionFiles(dir = path.join(root, "lib")): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return actionFiles(full);
    return entry.name === "actions.ts" ? [path.relative(root, full).split(path.sep).join("/")] : [];
  });
}

const isServerModule = (source: string) => /^\s*(\/\/[^\n]*\n|\/\*[\s\S]*?\*\/\s*)*["']use server["']/.test(source);

/** Exported functions of a module, as Next would expose them as actions. */
function exportedActions(source: string): string[] {
  const names = new Set<string>();
  for (const m of source.matchAll(/export\s+(?:async\s+)?function\s+([A-Za-z0-9_$]+)/g)) names.add(m[1]!);
  for (const m of source.matchAll(/export\s+const\s+([A-Za-z0-9_$]+)\s*=/g)) names.add(m[1]!);
  for (const m of source.matchAll(/export\s*\{([^}]+)\}/g)) {
    for (const part of m[1]!.split(",")) {
      const name = part
        .trim()
        .split(/\s+as\s+/)
        .pop()
        ?.trim();
      if (name && !name.startsWith("type ")) names.add(name);
    }
  }
  return [...names];
}

/**
 * Exported server actions that don't go through lib/core/define-action.ts, and why. Every other
 * export of a 'use server' actions.ts must be `export const NAME = defineAction(`: the wrapper is
 * what checks the viewer, audits refusals and keeps redirect() out of the try.
 */
const outsideTheWrapper: Record<string, string> = {
  "lib/auth/actions.ts#signInAction": "there is no viewer yet: Auth.js signs in, answering with its own SignInState",
  "lib/auth/actions.ts#signOutAction": "ends the caller's own session through Auth.js; no form state",
  "lib/i18n/actions.ts#setLocaleAction": "a plain form action (no form state) that also works signed out",
  "lib/records/actions.ts#lookupHouseholdAction":
    "a read called as the code is typed, answering data rather than a form state",
  "lib/desks/actions.ts#checkDeskAction":
    "the desk form's live conflict check, a read answering the conflicts rather than a form state",
};

/** Exported actions of a module not written as `export const NAME = defineAction(`. */
function bypassingWrapper(source: string): string[] {
  const wrapped = new Set(
    [...source.matchAll(/export\s+const\s+([A-Za-z0-9_$]+)\s*=\s*defineAction\s*\(/g)].map((m) => m[1]!),
  );
  return exportedActions(source).filter((name) => !wrapped.has(name));
}

const discovered = actionFiles()
  .map((file) => ({ file, source: readFileSync(path.join(root, file), "utf8") }))
  .filter(({ source }) => isServerModule(source))
  .flatMap(({ file, source }) =>
    exportedActions(source).map((name) => ({ key: `${file}#${name}`, file, name, source })),
  );

describe("the action registry", () => {
  it("finds the server actions (the scan itself works)", () => {
    expect(discovered.map((a) => a.key)).toContain("lib/auth/actions.ts#signInAction");
    expect(
      exportedActions("export async function aAction() {}\nexport const b = async () => {};\nexport interface C {}"),
    ).toEqual(["aAction", "b"]);
  });

  it("runs every action through defineAction (the scan itself works)", () => {
    expect(
      bypassingWrapper(
        "export const a = defineAction({});\nexport async function b() {}\nexport const c = async () => {};",
      ),
    ).toEqual(["b", "c"]);
  });

  it("runs every other exported server action through defineAction", () => {
    const bypassing = discovered
      .filter((a) => bypassingWrapper(a.source).includes(a.name) && !(a.key in outsideTheWrapper))
      .map((a) => a.key);
    expect(bypassing, "write these as `export const NAME = defineAction({ … })` (lib/core/define-action.ts)").toEqual(
      [],
    );
    const known = new Set(discovered.map((a) => a.key));
    expect(
      Object.keys(outsideTheWrapper).filter((key) => !known.has(key)),
      "exceptions for actions that no longer exist",
    ).toEqual([]);
  });

  it("lists every exported server action", () => {
    const missing = discovered.filter((a) => !(a.key in actionRegistry)).map((a) => a.key);
    expect(missing, "add these to lib/access/action-cases.ts (docs/access-matrix.md)").toEqual([]);
  });

  it("lists nothing that no longer exists", () => {
    const known = new Set(discovered.map((a) => a.key));
    expect(Object.keys(actionRegistry).filter((key) => !known.has(key))).toEqual([]);
  });

  it("names a command each action really calls, with an allowed and a refused case", () => {
    for (const a of discovered) {
      const entry = actionRegistry[a.key];
      if (!entry || "exempt" in entry) continue;
      const name = entry.command.name;
      // Called directly, or handed to the wrapper (defineAction({ command: createMember, … })).
      const body = a.source.replace(/^import[\s\S]*?from\s*["'][^"']+["'];?$/gm, "");
      expect(
        name && new RegExp(`\\b${name}\\s*[(,)]`).test(body),
        `${a.key} does not call ${name || "its command"}`,
      ).toBe(true);
      expect(
        entry.cases.some((c) => c.expect === "ok"),
        `${a.key} needs an "ok" case`,
      ).toBe(true);
      if (!entry.noRefusalBecause) {
        expect(
          entry.cases.some((c) => c.expect === "refused"),
          `${a.key} needs a "refused" case`,
        ).toBe(true);
      }
    }
  });
});

/**
 * Role or scope said no: errors.forbidden / errors.notFound, or an id field reported not found
 * (a field error key ending in "NotFound" or "Unknown", e.g. accounts.errors.unitNotFound,
 * records.errors.villageUnknown: another commune's id is answered like one that does not exist).
 */
const isRefusal = (error: ExpectedError) =>
  error.key === "errors.forbidden" ||
  error.key === "errors.notFound" ||
  Object.values(error.fieldErrors ?? {}).some((keys) => keys.some((k) => /(^|\.)notFound$|NotFound$|Unknown$/.test(k)));

describe("each action's cases against the seeded demo", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createDemoDatabase();
  }, 180_000);
  afterAll(() => t?.close());

  for (const [key, entry] of Object.entries(actionRegistry)) {
    if ("exempt" in entry) continue;
    describe(key, () => {
      for (const c of entry.cases) {
        it(`${c.expect}: ${c.name} (as ${c.as})`, async () => {
          const viewer = await viewerFor(t.db, c.as);
          const input = await c.input({ db: t.db, viewer });
          const auditRowsBefore = await writesAudited(t.db);
          let outcome: CaseOutcome;
          let detail = "";
          try {
            const result = await entry.command(t.db, viewer, input as never);
            outcome = "ok";
            c.onResult?.(result);
          } catch (error) {
            if (!(error instanceof ExpectedError)) throw error;
            outcome = isRefusal(error) ? "refused" : "rejected";
            detail = ` (${error.key}${error.fieldErrors ? ` ${JSON.stringify(error.fieldErrors)}` : ""})`;
          }
          expect(`${outcome}${outcome === c.expect ? "" : detail}`).toBe(c.expect);
          // A refused or rejected write leaves no trace: every write audits in its own transaction.
          // (Failed and refused security events, e.g. a wrong code, are audited on purpose.)
          if (outcome !== "ok") expect(await writesAudited(t.db), "nothing written").toBe(auditRowsBefore);
          // ...and every write that went through is attributable: it left at least one audit row.
          else if (!entry.readOnly) expect(await writesAudited(t.db), "audited").toBeGreaterThan(auditRowsBefore);
        });
      }
    });
  }
});
