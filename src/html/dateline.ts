// The date line of a news page ("Thứ Ba, 25/12/2012 - 10:03", "15:20 PM | 21/12/2012",
// "Cập nhật thứ hai, ngày 24/12/12 11:05 tối", "2025-10-22T19:25:52+07:00") as an ISO date
// or date-time. Vietnam keeps one time zone, +07:00, which a page's time of day implies.

export const VIETNAM_OFFSET = '+07:00';

export interface DateLine {
  /** `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM+07:00` when a time of day is given. */
  value: string;
  /** Index of the date in the string. */
  index: number;
  /** Nothing but the date, its time, a weekday, a label and separators. */
  pure: boolean;
}

const NUMERIC_DATE = /(?<![\d/.-])(\d{1,2})\s?([/.-])\s?(\d{1,2})\2\s?(\d{4}|\d{2})(?![\d/])/u;
const WORDED_DATE = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s*(?:năm|,)\s*(\d{4})/iu;
const ISO_DATE = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d{1,9})?)?\s?(Z|[+-]\d{2}:?\d{2})?)?(?!\d)/u;
const TIME = /(?<![\d:/.])(\d{1,2})\s?(?::|h(?!\p{L})|giờ(?!\p{L}))\s?(\d{2})?(?::\d{2})?(?!\d)(?:\s?(AM|PM|A\.M\.|P\.M\.|SA|CH|sáng|trưa|chiều|tối|đêm))?/iu;

// What may surround a date in a pure date line.
const DATE_LINE_NOISE = new RegExp(
  [
    String.raw`(?:cập nhật|ngày đăng|đăng ngày|đăng lúc|đăng|xuất bản|thời gian|updated?|posted|published|lúc|vào|ngày)`,
    String.raw`(?:thứ\s*(?:hai|ba|tư|năm|sáu|bảy|bẩy|[2-7])|chủ\s*nhật|cn|t[2-7])`,
    String.raw`\(?\s*(?:gmt|utc)\s*[+-]\s*\d{1,2}(?::?\d{2})?\s*\)?`,
    String.raw`\b(?:am|pm|sa|ch|sáng|trưa|chiều|tối|đêm)\b`,
  ].join('|'),
  'giu',
);

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1990 || year > 2100 || month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH[month - 1]) return null;
  if (month === 2 && day === 29 && !(year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0))) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

function fullYear(digits: string): number {
  const y = Number(digits);
  return digits.length === 2 ? (y < 70 ? 2000 + y : 1900 + y) : y;
}

/** Hour on the 24-hour clock, given a 12-hour marker or a Vietnamese part of the day. */
export function hour24(hour: number, marker: string | undefined): number {
  if (!marker) return hour;
  const m = marker.toLowerCase().replace(/\./g, '');
  if (m === 'am' || m === 'sa' || m === 'sáng') return hour === 12 ? 0 : hour;
  if (m === 'pm' || m === 'ch' || m === 'chiều' || m === 'tối') return hour < 12 ? hour + 12 : hour;
  if (m === 'trưa') return hour <= 4 ? hour + 12 : hour;
  if (m === 'đêm') return hour >= 6 && hour < 12 ? hour + 12 : hour === 12 ? 0 : hour;
  return hour;
}

function timeIn(text: string): string | null {
  const m = TIME.exec(text);
  if (!m) return null;
  if (!m[2] && !/h|giờ/i.test(m[0])) return null;
  const hour = hour24(Number(m[1]), m[3]);
  const minute = m[2] ? Number(m[2]) : 0;
  if (hour > 23 || minute > 59) return null;
  return `${pad(hour)}:${pad(minute)}`;
}

/** An ISO date-time with an offset, moved to Vietnam time; seconds dropped. */
export function toVietnamTime(date: string, time: string, offset: string | undefined): string {
  if (!offset) return `${date}T${time}${VIETNAM_OFFSET}`;
  const norm = offset === 'Z' ? '+00:00' : offset.length === 5 ? `${offset.slice(0, 3)}:${offset.slice(3)}` : offset;
  const instant = Date.parse(`${date}T${time}:00${norm}`);
  if (Number.isNaN(instant)) return `${date}T${time}${VIETNAM_OFFSET}`;
  const local = new Date(instant + 7 * 3600_000).toISOString();
  return `${local.slice(0, 16)}${VIETNAM_OFFSET}`;
}

function isPure(text: string, dateText: string, timeText: string | null): boolean {
  let rest = text.replace(dateText, ' ');
  if (timeText) rest = rest.replace(TIME, ' ');
  rest = rest.replace(DATE_LINE_NOISE, ' ').replace(/[\s|,.:;()\-–—/]+/g, '');
  return rest.length <= 2;
}

/** The first date of a short string, with the time of day where one is given next to it. */
export function parseDateLine(text: string): DateLine | null {
  if (text.length > 400) text = text.slice(0, 400);
  const iso = ISO_DATE.exec(text);
  if (iso) {
    const date = isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    if (date) {
      const value = iso[4] ? toVietnamTime(date, `${iso[4]}:${iso[5]}`, iso[6]) : date;
      return { value, index: iso.index, pure: text.replace(iso[0], '').replace(DATE_LINE_NOISE, '').replace(/[\s|,.:;()\-–—/]+/g, '').length <= 2 };
    }
  }
  let date: string | null = null;
  let found: RegExpExecArray | null = NUMERIC_DATE.exec(text);
  if (found) date = isoDate(fullYear(found[4]), Number(found[3]), Number(found[1]));
  if (!date) {
    found = WORDED_DATE.exec(text);
    if (found) date = isoDate(Number(found[3]), Number(found[2]), Number(found[1]));
  }
  if (!date || !found) return null;
  const withoutDate = text.slice(0, found.index) + ' '.repeat(found[0].length) + text.slice(found.index + found[0].length);
  const time = timeIn(withoutDate);
  return {
    value: time ? `${date}T${time}${VIETNAM_OFFSET}` : date,
    index: found.index,
    pure: isPure(text, found[0], time),
  };
}
