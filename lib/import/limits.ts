// The import's stated limits (README, the upload form's hint and the messages say the same). Pure.

/** 50 MB uploaded: a commune's whole year of paper forms is far below; anything larger is a mistake. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/**
 * 200,000 data rows per file, CSV or .xlsx: four times the benchmark's 50,000, and what one
 * commit can check and write in well under a minute without holding the commune for long.
 */
export const MAX_IMPORT_ROWS = 200_000;

/** A CSV may have blank lines between rows, but not millions of them (50 MB of line breaks). */
export const MAX_CSV_LINES = 2 * MAX_IMPORT_ROWS;
