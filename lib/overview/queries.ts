import "server-only";

// The overviews' reads, one module per concern; every one takes the Viewer and puts its scope in
// the WHERE, and none reads support_records: only the rollups (village_daily_stats,
// village_procedure_daily_stats, village_daily_reach) and small tables.
export { areaWhere, resolveOverviewArea, type OverviewArea } from "./scope";
export {
  channelBreakdown,
  counterFigures,
  householdFigures,
  procedureBreakdown,
  trendSeries,
  villageBreakdown,
} from "./commune-queries";
export { mobileDesksThisMonth, targetProgress, volunteerLoad } from "./field-queries";
export {
  provinceAsOf,
  provinceCommuneRows,
  provinceTrend,
  provincesInScope,
  resolveProvince,
} from "./province-queries";
