// Refiners run in order after every parser: the longest of overlapping results stays, lunar
// dates go, then a weekday before a date and a clock time beside it join the date (as chrono's
// own ExtractTimezoneAbbrRefiner reads the text after a result and widens it).
import type { Component, ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { YEAR_BRANCHES, YEAR_STEMS } from '../../lexicon/calendar.js';
import { timeAfter, timeBefore } from './time.js';
import { weekdayBefore } from './weekday.js';

const end = (r: ParsingResult): number => r.index + r.text.length;

/** Of overlapping results the longer stays (as chrono's own OverlapRemovalRefiner). */
export class OverlapRefiner implements Refiner {
  refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const out: ParsingResult[] = [];
    for (const result of results) {
      const prev = out[out.length - 1];
      if (prev && result.index < end(prev)) {
        if (result.text.length > prev.text.length) out[out.length - 1] = result;
      } else out.push(result);
    }
    return out;
  }
}

/**
 * "âm lịch" (or "ÂL") right after a day and month, in brackets, after a dash or plain, or the year by its lunar
 * name ("ngày 10/3 năm Giáp Thìn", "mùng 5 tháng Giêng năm Quý Mão"): a lunar date.
 */
const LUNAR_AFTER = new RegExp(
  `^[ ]{0,2}(?:\\(|[-–][ ]?)?[ ]{0,2}(?:âm[ ]lịch|Âm[ ]lịch|ÂM[ ]LỊCH|ÂL(?![\\p{L}])|năm[ ](?:${YEAR_STEMS.join('|')})[ ](?:${YEAR_BRANCHES.join('|')})(?![\\p{L}]))`,
  'u',
);

/** Whether the day and month ending at `end` is lunar: "âm lịch" or the year's lunar name after it. */
export const lunarAfter = (text: string, end: number): boolean => LUNAR_AFTER.test(text.slice(end, end + 16));

/** "mùng 10 tháng 3 âm lịch", "ngày 8/1 (Âm lịch)": no calendar date the ISO value could hold. */
export class LunarRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.filter((result) => !lunarAfter(context.text, end(result)));
  }
}

/** Moves the start of `result` back to `index`, keeping the text in step. */
function widen(context: ParsingContext, result: ParsingResult, index: number, stop: number): void {
  result.index = index;
  result.text = context.text.slice(index, stop);
}

/** Whether [from, to) is free of the previous result, so no text is claimed twice. */
const clear = (results: ParsingResult[], i: number, from: number): boolean => i === 0 || end(results[i - 1]) <= from;

/** "Thứ bảy, 18/09/2021", "Thứ 6, Ngày 02/06/2023": the weekday joins the date. */
export class WeekdayRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    results.forEach((result, i) => {
      const found = weekdayBefore(context.text, result.index);
      if (!found || !clear(results, i, found.index)) return;
      result.start.assign('weekday', found.weekday);
      widen(context, result, found.index, end(result));
    });
    return results;
  }
}

const TIME: readonly Component[] = ['hour', 'minute', 'second'];

/** "28/10/2020 4:47:35 CH", "31/07/2020 - 13:11", "09:20, 14/06/2022": the time joins the date. */
export class TimeRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    results.forEach((result, i) => {
      if (result.start.isCertain('hour')) return;
      const next = results[i + 1];
      let clock = timeAfter(context.text, end(result));
      if (clock && next && clock.end > next.index) clock = null;
      if (!clock) {
        clock = timeBefore(context.text, result.index);
        if (clock && !clear(results, i, clock.start)) clock = null;
      }
      if (!clock) return;
      for (const part of TIME) {
        const value = clock[part as 'hour' | 'minute' | 'second'];
        if (value !== undefined) result.start.assign(part, value);
      }
      widen(context, result, Math.min(result.index, clock.start), Math.max(end(result), clock.end));
    });
    return results;
  }
}
