// The Vietnamese date parser: a Chrono built from our own parsers and refiners. None of
// chrono's `vi` or English parsers are kept: they read "Sáng 29/10/2020" as a time of day
// and lose the date, take "thu" in "thuộc" for Thursday, drop "CH" (PM) after "4:47:35",
// swap day and month when the month is over 12, and guess years; each parser here is
// written for how Vietnamese reports write dates.
// The English entry point holds the same Chrono class without loading every locale.
import { Chrono } from 'chrono-node/en';
import type { ParsedResult, Parser } from 'chrono-node';
import { IsoDateParser } from './iso.js';
import { NumericDateParser } from './numeric.js';
import { LunarRefiner, OverlapRefiner, TimeRefiner, WeekdayRefiner } from './refiners.js';
import { WordDateParser } from './words.js';

/** A parser, and a cheap test that holds wherever its PATTERN could match (its literals). */
interface GatedParser {
  parser: Parser;
  mayMatch: (text: string) => boolean;
}

const PARSERS: readonly GatedParser[] = [
  { parser: new IsoDateParser(), mayMatch: IsoDateParser.mayMatch },
  { parser: new NumericDateParser(), mayMatch: () => true },
  { parser: new WordDateParser(), mayMatch: WordDateParser.mayMatch },
];
const REFINERS = [new OverlapRefiner(), new LunarRefiner(), new WeekdayRefiner(), new TimeRefiner()];

const withParsers = (mask: number): Chrono =>
  new Chrono({ parsers: PARSERS.filter((_, i) => mask & (1 << i)).map((p) => p.parser), refiners: REFINERS });

/**
 * Chrono scans the text with every parser's PATTERN; one that cannot match finds nothing, so
 * leaving it out changes no result. One Chrono per set of parsers (indexed by bit mask), built
 * when first needed; the parsers keep their order.
 */
const chronos: Chrono[] = [];

function chronoFor(text: string): Chrono {
  let mask = 0;
  PARSERS.forEach((p, i) => {
    if (p.mayMatch(text)) mask |= 1 << i;
  });
  return (chronos[mask] ??= withParsers(mask));
}

// Parsers never imply a year from the reference (src/refine/year.ts does, from the
// publication date), so a fixed reference keeps parsing pure.
const REFERENCE = new Date(Date.UTC(2000, 0, 1));

export function parseDates(text: string): ParsedResult[] {
  return chronoFor(text).parse(text, REFERENCE);
}
