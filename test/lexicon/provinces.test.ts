import { describe, expect, it } from 'vitest';
import { PROVINCES, PROVINCES_AFTER_2025, PROVINCES_BEFORE_2025 } from '../../src/lexicon/provinces.js';

describe('provinces lexicon', () => {
  it('holds the 63 units before the 2025 merger and the 34 after it', () => {
    expect(new Set(PROVINCES_BEFORE_2025.map((p) => p.name)).size).toBe(63);
    expect(PROVINCES_BEFORE_2025.filter((p) => p.city)).toHaveLength(5);
    expect(new Set(PROVINCES_AFTER_2025.map((p) => p.name)).size).toBe(34);
    expect(PROVINCES_AFTER_2025.filter((p) => p.city)).toHaveLength(6);
  });

  it('maps every old unit to exactly one new one', () => {
    const known = new Set(PROVINCES.map((p) => p.name));
    const covered = PROVINCES_AFTER_2025.flatMap((p) => [p.name, ...p.merged]).filter((n) => n !== 'Huế');
    for (const name of covered) expect(known.has(name)).toBe(true);
    expect(new Set(covered).size).toBe(covered.length);
    expect(new Set(covered).size).toBe(63);
  });

  it('lists each written form once and names forms that need a place word among its forms', () => {
    const forms = PROVINCES.flatMap((p) => [p.name, ...p.forms.filter((f) => f !== p.name)]);
    expect(new Set(forms).size).toBe(forms.length);
    for (const p of PROVINCES) for (const f of p.needsDesignator ?? []) expect([p.name, ...p.forms]).toContain(f);
  });
});
