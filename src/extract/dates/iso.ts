// ISO dates "2025-10-21", with an optional clock time "2025-10-21T09:20" or "2025-10-21 09:20".
// A month alone ("2020-09", a crawler's stamp) has no day and is no date.
import type { Component, Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { freeAfter, freeBefore, isCalendarDate } from './shared.js';

const PATTERN = /(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})(?:[T ](?<hour>\d{2}):(?<minute>\d{2})(?::(?<second>\d{2}))?(?:\.\d{1,6})?(?:Z|[+-]\d{2}:?\d{2})?)?/;

export class IsoDateParser implements Parser {
  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const { year, month, day, hour, minute, second } = match.groups!;
    const index = match.index!;
    if (!freeBefore(context.text, index)) return null;
    let text = match[0];
    const y = Number(year);
    const m = Number(month);
    const d = Number(day);
    if (!isCalendarDate(d, m, y)) return null;
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
