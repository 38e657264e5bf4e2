import { sql } from "drizzle-orm";
import type { ActionRegistry } from "@/lib/access/action-case-types";
import type { Executor } from "@/lib/db/client";
import { queryRows } from "@/lib/db/rows";
import { issueCenterReport, issueCommuneReport, issueProvinceReport } from "./commands";

// Access-matrix cases for issuing a report: a secretary issues its own commune's report; another
// commune is not found to it; a center director may not issue; an empty assessment is rejected.
// The province report: the provincial officer issues its own province's; another province is not
// found to it; a secretary may not issue one. The center report: the center director issues their
// own commune's center's; another commune's center is not found; a secretary may not issue one.

async function communeId(db: Executor, code: string): Promise<string> {
  const [row] = await queryRows<{ id: number }>(db, sql`select id from communes where code = ${code}`);
  if (!row) throw new Error(`no commune ${code}`);
  return String(row.id);
}

async function provinceId(db: Executor, code: string): Promise<string> {
  const [row] = await queryRows<{ id: number }>(db, sql`select id from provinces where code = ${code}`);
  if (!row) throw new Error(`no province ${code}`);
  return String(row.id);
}

async function centerId(db: Executor, communeCode: string): Promise<string> {
  const [row] = await queryRows<{ id: number }>(
    db,
    sql`select s.id from service_centers s join communes c on c.id = s.commune_id where c.code = ${communeCode} order by s.id limit 1`,
  );
  if (!row) throw new Error(`no center in ${communeCode}`);
  return String(row.id);
}

const issueCenter = async (db: Executor, code: string, extra: Record<string, string> = {}) => ({
  centerId: await centerId(db, code),
  period: "month",
  at: "2026-10",
  assessment: "Trung tâm bố trí đủ người trực.",
  nextSteps: "Tiếp tục.",
  recipients: "- Lưu: VT.",
  signer: "Ma trận quyền truy cập",
  ...extra,
});

const issueProvince = async (db: Executor, code: string, extra: Record<string, string> = {}) => ({
  provinceId: await provinceId(db, code),
  period: "month",
  at: "2026-10",
  assessment: "Các xã, phường hoàn thành tốt.",
  nextSteps: "Tiếp tục.",
  recipients: "- Lưu VP.",
  signer: "Ma trận quyền truy cập",
  ...extra,
});

const issue = async (db: Executor, code: string, extra: Record<string, string> = {}) => ({
  communeId: await communeId(db, code),
  period: "month",
  at: "2026-10",
  assessment: "Hoàn thành tốt.",
  nextSteps: "Tiếp tục.",
  recipients: "- Lưu VP.",
  signer: "Ma trận quyền truy cập",
  ...extra,
});

export const reportActionCases: ActionRegistry = {
  "lib/reports/actions.ts#issueReportAction": {
    command: issueCommuneReport,
    cases: [
      { name: "own commune", as: "bithu.haivan", input: ({ db }) => issue(db, "HAI-VAN"), expect: "ok" },
      { name: "other commune", as: "bithu.haivan", input: ({ db }) => issue(db, "HOA-XUAN"), expect: "refused" },
      { name: "center director", as: "giamdoc.haivan", input: ({ db }) => issue(db, "HAI-VAN"), expect: "refused" },
      {
        name: "empty assessment",
        as: "bithu.haivan",
        input: ({ db }) => issue(db, "HAI-VAN", { assessment: "" }),
        expect: "rejected",
      },
    ],
  },
  "lib/reports/actions.ts#issueProvinceReportAction": {
    command: issueProvinceReport,
    cases: [
      { name: "own province", as: "tinhdoan.danang", input: ({ db }) => issueProvince(db, "DA-NANG"), expect: "ok" },
      {
        name: "other province",
        as: "tinhdoan.danang",
        input: ({ db }) => issueProvince(db, "CAN-THO"),
        expect: "refused",
      },
      {
        name: "commune secretary",
        as: "bithu.haivan",
        input: ({ db }) => issueProvince(db, "DA-NANG"),
        expect: "refused",
      },
      {
        name: "empty next steps",
        as: "tinhdoan.danang",
        input: ({ db }) => issueProvince(db, "DA-NANG", { nextSteps: " " }),
        expect: "rejected",
      },
    ],
  },
  "lib/reports/actions.ts#issueCenterReportAction": {
    command: issueCenterReport,
    cases: [
      { name: "own center", as: "giamdoc.haivan", input: ({ db }) => issueCenter(db, "HAI-VAN"), expect: "ok" },
      {
        name: "other commune's center",
        as: "giamdoc.haivan",
        input: ({ db }) => issueCenter(db, "HOA-XUAN"),
        expect: "refused",
      },
      {
        name: "commune secretary",
        as: "bithu.haivan",
        input: ({ db }) => issueCenter(db, "HAI-VAN"),
        expect: "refused",
      },
      {
        name: "empty signer",
        as: "giamdoc.haivan",
        input: ({ db }) => issueCenter(db, "HAI-VAN", { signer: "" }),
        expect: "rejected",
      },
    ],
  },
};
