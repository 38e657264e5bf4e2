import type { CenterReportModel } from "./center-report-types";
import type { CommuneReportModel } from "./commune-report-types";
import type { ProvinceReportModel } from "./province-report-types";

// Any report's model: what the document builder, the PDF and an issued report's snapshot carry.
export type ReportModel = CommuneReportModel | ProvinceReportModel | CenterReportModel;
export type ReportKind = ReportModel["kind"];
