// Day and month in figures: "29/10/2020", "31-7-2020", "Đăng ngày 14 - 11 - 2022",
// "25.5.2022", and year-less "21/7", "25-5", "ngày 20.11" where a cue makes them dates (cues.ts).
// Little-endian only (Vietnamese order), no day/month swap.
import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { endsDateRange, endsDayList, endsDayRange, endsListedDayRange, hasDateCue, opensBracketedDayRange, opensDateRange } from './cues.js';
import { freeAfter, freeBefore, isCalendarDate, looksLikeFraction } from './shared.js';

const PATTERN = /(\d{1,2})([ ]{0,2}[/\-–.][ ]{0,2})(\d{1,2})(?:([ ]{0,2}[/\-–.][ ]{0,2})(\d{4}))?/;
const DAY = 1;
const SEPARATOR = 2;
const MONTH = 3;
const YEAR_SEPARATOR = 4;
const YEAR = 5;

const YEAR_AFTER = /^ năm ((?:19|20)\d\d)(?![\d/.\-–])/;
/** "ngày" glued to the day, its space lost ("Chiều ngày13/7", "từ ngày1/1"): the cue still. */
const DAY_WORD_GLUED = /(?:^|[^\p{L}])ngày$/iu;

function dayWordGlued(text: string, index: number): boolean {
  return DAY_WORD_GLUED.test(text.slice(Math.max(0, index - 5), index));
}
const YEAR_AFTER_REACH = 10;


const kind = (sep: string): '/' | '-' | '.' => (sep === '–' ? '-' : (sep as '/' | '-' | '.'));

export class NumericDateParser implements Parser {
  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index!;
    const end = index + match[0].length;
    const text = context.text;
    const withYear = match[YEAR] !== undefined;
    // "ngày 3-4/11", "(25-26/2/2016)", "4/6-30/8/2017": a figure after a dash may still be a date of a range.
    const sep = match[SEPARATOR];
    const separator = kind(sep.trim());
    // "ngày 2,3/6/2017": a day glued to the one before by a comma may still end a list of days.
    const free = freeBefore(text, index);
    const glued = !free && dayWordGlued(text, index);
    if (!(free || glued || endsDayRange(text, index, separator) || endsDateRange(text, index, withYear) || endsDayList(text, index) || opensBracketedDayRange(text, index) || endsListedDayRange(text, index, end, separator))) return null;
    if (!(freeAfter(text, end) || opensDateRange(text, end))) return null;
    const d = Number(match[DAY]);
    const m = Number(match[MONTH]);
    if (withYear) {
      if (kind(match[YEAR_SEPARATOR].trim()) !== separator) return null;
      const y = Number(match[YEAR]);
      if (!isCalendarDate(d, m, y)) return null;
      return context.createParsingResult(index, match[0], { day: d, month: m, year: y }).addTag('vi/numeric');
    }
    // "30 - 05" is a range far more often than a date; a spaced slash after a cue is a date still ("Sáng 11/ 5").
    if (sep.length > 1 && separator !== '/') return null;
    // "dịp 30/4 năm 2018", "ngày 5/3 năm 2018": the year written out after the day and month.
    const year = YEAR_AFTER.exec(text.slice(end, end + YEAR_AFTER_REACH));
    // A common fraction needs its cue still ("giảm 2/3 năm 2017 so với …").
    if (year && isCalendarDate(d, m, Number(year[1])) && ((separator === '/' && !looksLikeFraction(d, m)) || hasDateCue(text, index, end, separator))) {
      return context.createParsingResult(index, match[0] + year[0], { day: d, month: m, year: Number(year[1]) }).addTag('vi/numeric');
    }
    if (!isCalendarDate(d, m, null) || !(glued || hasDateCue(text, index, end, separator))) return null;
    return context.createParsingResult(index, match[0], { day: d, month: m }).addTag('vi/numeric');
  }
}
