import { describe, expect, it } from 'vitest';
import { daysInMonth, freeAfter, freeBefore, isCalendarDate, isLeapYear } from '../../../src/extract/dates/shared.js';
import { isLetterOrDigitCode } from '../../../src/extract/regex.js';

describe('isLetterOrDigitCode', () => {
  it('knows letters and digits of every script, and nothing past the text', () => {
    for (const ch of ['a', 'Z', '0', '9', 'đ', 'Ư', 'ộ', 'ữ']) expect(isLetterOrDigitCode(ch.charCodeAt(0))).toBe(true);
    for (const ch of [' ', '/', '-', '–', ',', '(', '\n']) expect(isLetterOrDigitCode(ch.charCodeAt(0))).toBe(false);
    expect(isLetterOrDigitCode(''.charCodeAt(0))).toBe(false);
  });
});

describe('freeBefore / freeAfter', () => {
  it('reject figures glued to other figures', () => {
    expect(freeBefore('593/1.790', 1)).toBe(false);
    expect(freeBefore('1.790/1', 2)).toBe(false);
    expect(freeBefore('NĐ12/5', 2)).toBe(false);
    expect(freeBefore('x/12/5', 2)).toBe(false);
    expect(freeBefore('10:05/12', 3)).toBe(false);
    expect(freeAfter('12/5/NĐ', 4)).toBe(false);
    expect(freeAfter('12/5.790', 4)).toBe(false);
    expect(freeAfter('12/5%', 4)).toBe(false);
    expect(freeAfter('12/5a', 4)).toBe(false);
  });

  it('accept figures after spaces, brackets, labels and before punctuation', () => {
    expect(freeBefore('ngày 12/5', 5)).toBe(true);
    expect(freeBefore('(12/5', 1)).toBe(true);
    expect(freeBefore('đăng :12/5', 6)).toBe(true);
    expect(freeBefore('LSO-12/5', 4)).toBe(true);
    expect(freeBefore('12/5', 0)).toBe(true);
    expect(freeAfter('12/5, ', 4)).toBe(true);
    expect(freeAfter('12/5.', 4)).toBe(true);
    expect(freeAfter('12/5)', 4)).toBe(true);
    expect(freeAfter('12/5', 4)).toBe(true);
  });

  it('a comma goes on with a figure only: before a letter it ends one', () => {
    expect(freeAfter('7/7/2017,Công ty', 8)).toBe(true);
    expect(freeAfter('2016-2021,Nghị quyết', 9)).toBe(true);
    expect(freeAfter('12/5,5', 4)).toBe(false);
    expect(freeAfter('ngày 10/2/2017.Ngoài ra', 14)).toBe(true);
    expect(freeAfter('ngày 12/5.vn', 9)).toBe(false);
  });
});

describe('calendar', () => {
  it('knows leap years and month lengths', () => {
    expect([1900, 2000, 2020, 2023, 2024].map(isLeapYear)).toEqual([false, true, true, false, true]);
    expect(daysInMonth(2, 2023)).toBe(28);
    expect(daysInMonth(2, 2024)).toBe(29);
    expect(daysInMonth(2, null)).toBe(29);
    expect(daysInMonth(4, 2024)).toBe(30);
    expect(daysInMonth(12, 2024)).toBe(31);
  });

  it('accepts real days in plausible years only', () => {
    expect(isCalendarDate(29, 10, 2020)).toBe(true);
    expect(isCalendarDate(29, 2, null)).toBe(true);
    expect(isCalendarDate(31, 2, 2020)).toBe(false);
    expect(isCalendarDate(31, 4, null)).toBe(false);
    expect(isCalendarDate(1, 1, 1)).toBe(false);
    expect(isCalendarDate(1, 13, 2020)).toBe(false);
    expect(isCalendarDate(0, 1, 2020)).toBe(false);
    expect(isCalendarDate(1, 1, 2200)).toBe(false);
  });
});
