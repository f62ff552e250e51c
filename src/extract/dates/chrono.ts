// The Vietnamese date parser: a Chrono built from our own parsers and refiners. None of
// chrono's `vi` or English parsers are kept: they read "Sáng 29/10/2020" as a time of day
// and lose the date, take "thu" in "thuộc" for Thursday, drop "CH" (PM) after "4:47:35",
// swap day and month when the month is over 12, and guess years; each parser here is
// written for how Vietnamese reports write dates.
import { Chrono, type ParsedResult } from 'chrono-node';
import { IsoDateParser } from './iso.js';
import { NumericDateParser } from './numeric.js';
import { OverlapRefiner, TimeRefiner, WeekdayRefiner } from './refiners.js';
import { WordDateParser } from './words.js';

export const viDates = new Chrono({
  parsers: [new IsoDateParser(), new NumericDateParser(), new WordDateParser()],
  refiners: [new OverlapRefiner(), new WeekdayRefiner(), new TimeRefiner()],
});

// Parsers never imply a year from the reference (src/refine/year.ts does, from the
// publication date), so a fixed reference keeps parsing pure.
const REFERENCE = new Date(Date.UTC(2000, 0, 1));

export function parseDates(text: string): ParsedResult[] {
  return viDates.parse(text, REFERENCE);
}
