/** How many errors ingest and merge hand back for display; the rest are counted, and all are kept in report.json. */
export const FIRST_ERRORS = 20;
