// ISO dates "2025-10-21", with an optional clock time "2025-10-21T09:20" or "2025-10-21 09:20".
// A month alone ("2020-09", a crawler's stamp) has no day and is no date.
import type { Component, Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { isDigitCode } from '../regex.js';
import { freeAfter, freeBefore, isCalendarDate } from './shared.js';

const PATTERN = /(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d{1,6})?(?:Z|[+-]\d{2}:?\d{2})?)?/;
const YEAR = 1;
const MONTH = 2;
const DAY = 3;
const HOUR = 4;
const MINUTE = 5;
const SECOND = 6;

export class IsoDateParser implements Parser {
  /** Whether the text holds "-dd-" anywhere, which every ISO date does. */
  static mayMatch(text: string): boolean {
    for (let i = text.indexOf('-'); i >= 0; i = text.indexOf('-', i + 1)) {
      if (isDigitCode(text.charCodeAt(i + 1)) && isDigitCode(text.charCodeAt(i + 2)) && text.charCodeAt(i + 3) === 0x2d) return true;
    }
    return false;
  }

  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index!;
    if (!freeBefore(context.text, index)) return null;
    let text = match[0];
    const y = Number(match[YEAR]);
    const m = Number(match[MONTH]);
    const d = Number(match[DAY]);
    if (!isCalendarDate(d, m, y)) return null;
    const [hour, minute, second] = [match[HOUR], match[MINUTE], match[SECOND]];
    const withTime = hour !== undefined && Number(hour) < 24 && Number(minute) < 60 && (second === undefined || Number(second) < 60);
    if (!withTime && hour !== undefined) text = text.slice(0, 10);
    if (!freeAfter(context.text, index + text.length)) return null;
    const known: Partial<Record<Component, number>> = { year: y, month: m, day: d };
    if (withTime) {
      known.hour = Number(hour);
      known.minute = Number(minute);
      if (second !== undefined) known.second = Number(second);
    }
    return context.createParsingResult(index, text, known).addTag('vi/iso');
  }
}
