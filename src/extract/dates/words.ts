// Dates in words: "ngày 11 tháng 07 năm 2019", "11 tháng 7 năm 2019", "ngày 5 tháng 7",
// "25 Tháng 5, 2022", "20 Tháng 3 2025", the day in words too ("ngày mười lăm tháng Mười").
// Without "ngày" or a year, "3 tháng 10 ngày" would be a duration, so one of them is required, or
// a time of day right before ("Sáng 30 tháng 5", "Chiều nay 30 tháng 5", "hôm 2 tháng 9") with no
// duration's word after.
import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { DAY_WORDS, MONTH_WORDS, PARTS_OF_DAY, RELATIVE_DAYS } from '../../lexicon/calendar.js';
import { alternation } from '../regex.js';
import { freeAfter, freeBefore, isCalendarDate } from './shared.js';

/** A month in words, capitalised: "Bảy", "Mười Hai". */
export const MONTH_WORD = alternation([...MONTH_WORDS.keys()]);
/** The month in figures, or in words ("tháng Bảy", "tháng Mười Hai"). */
const MONTH_GROUP = `(\\d{1,2}|${MONTH_WORD})(?![\\p{L}])`;
/** The year after a space alone, where the month word is capitalised as page headers write it: "Thứ năm, 20 Tháng 3 2025 10:12". */
const SPACE_YEAR = `(?<=(?:Tháng|THÁNG)[ ]{1,3}(?:\\d{1,2}|${MONTH_WORD}))[ ]{1,2}((?:19|20)\\d\\d)(?!\\d)`;
/** A day in words, after "ngày" or "mồng" only: "mười lăm", "Hai mươi mốt". */
export const DAY_WORD = alternation([...DAY_WORDS.keys()].flatMap((w) => [w, w[0].toUpperCase() + w.slice(1)]));
const PATTERN = new RegExp(
  `(\\d{1,2}|${DAY_WORD})[ ]{1,3}(?:tháng|Tháng|THÁNG)[ ]{1,3}${MONTH_GROUP}(?:[ ]{0,2},?[ ]{0,3}(?:năm|Năm|NĂM)[ ]{1,3}(\\d{4})|[ ]{0,2},[ ]{1,3}(\\d{4})|${SPACE_YEAR})?`,
  'u',
);
const CUE_REACH = 14;
const DAY = 1;
const MONTH = 2;
const YEAR = 3;
/** The year after a comma alone, as page headers write it: "25 Tháng 5, 2022". */
const COMMA_YEAR = 4;
const SPACE_YEAR_GROUP = 5;
/** "ngày 5 tháng 7", "ngày mùng 2 tháng 9", "mồng 1 tháng 4". */
const CUE_BEFORE = /(?:(?:ngày|Ngày|NGÀY)[ ]{1,3}(?:(?:mùng|mồng)[ ]{1,3})?|(?:mùng|mồng|Mùng|Mồng)[ ]{1,3})$/;
/** A part of the day or "hôm", "nay"/"qua"/"mai" after it maybe, then the day: "Sáng 30 tháng 5", "Chiều nay 30 tháng 5". */
const TIME_OF_DAY_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(?:${alternation([...PARTS_OF_DAY, 'hôm'].flatMap((w) => [w, w[0].toUpperCase() + w.slice(1)]))})(?:[ ](?:${alternation(RELATIVE_DAYS)}))?,?[ ]{1,2}$`,
  'u',
);
/** A duration's next word: "3 tháng 10 ngày", "2 tháng 5 năm qua". */
const DURATION_AFTER = /^[ ]{1,3}(?:ngày|năm|tuần|giờ)(?![\p{L}])/u;

export class WordDateParser implements Parser {
  /** Whether the text holds the month word ("tháng", "Tháng", "THÁNG") anywhere. */
  static mayMatch(text: string): boolean {
    return text.includes('háng') || text.includes('HÁNG');
  }

  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const year = match[YEAR] ?? match[COMMA_YEAR] ?? match[SPACE_YEAR_GROUP];
    const index = match.index!;
    const end = index + match[0].length;
    const dayInWords = !/^\d/.test(match[DAY]);
    // "ngày mười lăm tháng Ba", "Sáng mười bốn tháng Mười Một": a day in words needs its "ngày", "mồng" or part of the day, a year or none ("hai mươi tháng" is a duration).
    if (dayInWords) {
      const lead = context.text.slice(Math.max(0, index - CUE_REACH), index);
      if (!CUE_BEFORE.test(lead) && !TIME_OF_DAY_BEFORE.test(lead)) return null;
    }
    if (!year) {
      const lead = context.text.slice(Math.max(0, index - CUE_REACH), index);
      const timed = TIME_OF_DAY_BEFORE.test(lead) && !DURATION_AFTER.test(context.text.slice(end, end + 8));
      if (!timed && !CUE_BEFORE.test(lead)) return null;
    }
    if (!freeBefore(context.text, index) || !freeAfter(context.text, end)) return null;
    const d = dayInWords ? DAY_WORDS.get(match[DAY].toLowerCase())! : Number(match[DAY]);
    const m = MONTH_WORDS.get(match[MONTH].replace(/ +/g, ' ')) ?? Number(match[MONTH]);
    const y = year ? Number(year) : null;
    if (!isCalendarDate(d, m, y)) return null;
    const known = y === null ? { day: d, month: m } : { day: d, month: m, year: y };
    return context.createParsingResult(index, end, known).addTag('vi/words');
  }
}
