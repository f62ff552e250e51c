import { describe, expect, it } from 'vitest';
import {
  CLASSIFIER_UNITS,
  COUNT_BEFORE_PAIRS,
  COUNT_UNITS,
  DATE_WORDS,
  DAY_WORDS,
  NOT_COUNT_BEFORE,
  OCCASION_UNITS,
  NOT_UNITS,
  PLACE_UNITS,
  UNIT_HEADS,
} from '../../src/lexicon/units.js';

const lower = (words: Iterable<string>) => [...words].map((w) => w.toLowerCase());

describe('units lexicon', () => {
  it('lists each counted noun once', () => {
    const seen = lower(COUNT_UNITS);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('keeps level words out of the units', () => {
    for (const level of ['khóa', 'khoá', 'mức độ']) expect(lower(COUNT_UNITS)).not.toContain(level);
  });

  it('counts floors and rounds ("nhà 3 tầng", "qua 3 vòng") while "tầng 2", "vòng 2" before a figure stay ordinals', () => {
    for (const word of ['tầng', 'vòng']) {
      expect(lower(COUNT_UNITS)).toContain(word);
      expect(NOT_COUNT_BEFORE.has(word)).toBe(true);
    }
  });

  it('counts occasions ("20 lần") while "lần" before a figure stays an ordinal ("lần thứ 4", "lần 2")', () => {
    expect(OCCASION_UNITS).toEqual(['lần']);
    expect(lower(COUNT_UNITS)).toContain('lần');
    expect(NOT_COUNT_BEFORE.has('lần')).toBe(true);
  });

  it('has the first word of every unit among its heads', () => {
    for (const unit of COUNT_UNITS) expect(UNIT_HEADS.has(unit.toLowerCase().split(/[^\p{L}]/u)[0])).toBe(true);
    expect(UNIT_HEADS.has('hộp')).toBe(true);
    expect(UNIT_HEADS.has('ki')).toBe(true);
    expect(UNIT_HEADS.has('năm')).toBe(false);
  });

  it('makes every phrase that is not a unit start like a unit', () => {
    for (const phrase of NOT_UNITS) expect(UNIT_HEADS.has(phrase.split(/[^\p{L}]/u)[0])).toBe(true);
  });

  it('lets a count pair end in a word that otherwise labels a figure', () => {
    for (const pair of COUNT_BEFORE_PAIRS) {
      const last = pair.split(' ').at(-1)!;
      expect(NOT_COUNT_BEFORE.has(last) || NOT_COUNT_BEFORE.has(pair)).toBe(true);
    }
  });

  it('takes classifiers and day words from the wider lists', () => {
    for (const classifier of CLASSIFIER_UNITS) expect(lower(COUNT_UNITS)).toContain(classifier);
    for (const word of DAY_WORDS) expect(DATE_WORDS.has(word)).toBe(true);
    expect(PLACE_UNITS.has('tỉnh')).toBe(true);
    expect(PLACE_UNITS.has('việc')).toBe(true);
    expect(PLACE_UNITS.has('hồ sơ')).toBe(false);
  });
});
