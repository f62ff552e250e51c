// Forms of dates the refiners share.

/** A date without its year, as the extractors write it: "--MM-DD". */
export const YEARLESS = /^--(\d{2})-(\d{2})$/;

/** A whole date: "YYYY-MM-DD". */
export const DATED = /^(\d{4})-(\d{2})-(\d{2})$/;

/** What joins the two ends of a range: a dash, "đến", "tới", with "hết" or "ngày" before the end. */
export const RANGE_LINK = /^[ \u00a0]{0,2}(?:[-–]|đến|tới)(?:[ \u00a0]+(?:hết|ngày|hết[ \u00a0]+ngày))?[ \u00a0]{0,2}$/iu;
