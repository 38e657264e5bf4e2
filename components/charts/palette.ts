// ColorBrewer palettes marked colour-blind safe. Qualitative series use Dark2 (3 classes); single
// series use the Youth Union blue, which sits in ColorBrewer's Blues range; reference lines a grey.
export const seriesColours = ["#1b9e77", "#d95f02", "#7570b3"] as const;
export const accent = "#1f5fbf";
/** Bars that need attention (falling behind, remote villages): Dark2's orange. */
export const attention = "#d95f02";
export const reference = "#525252";
