import { franc } from 'franc';
import { describe, expect, it } from 'vitest';
import { MIN_LANGUAGE_SAMPLE, SAMPLE_CHARS, detectLanguage } from '../../src/text/language.js';

const VIETNAMESE = 'Sáng nay, Ủy ban nhân dân tỉnh tổ chức hội nghị sơ kết công tác cải cách hành chính sáu tháng đầu năm. Tỷ lệ hồ sơ giải quyết đúng hạn đạt trên chín mươi phần trăm, người dân hài lòng với thái độ phục vụ của cán bộ một cửa.';
const VIETNAMESE_BARE = 'Sang nay, Uy ban nhan dan tinh to chuc hoi nghi so ket cong tac cai cach hanh chinh sau thang dau nam. Ty le ho so giai quyet dung han dat tren chin muoi phan tram, nguoi dan hai long voi thai do phuc vu cua can bo mot cua.';
const ENGLISH = 'The provincial People’s Committee held a conference this morning to review administrative reform in the first six months of the year. More than ninety percent of applications were settled on time, and citizens were satisfied with the one-stop service.';
const FRENCH = 'Le comité populaire de la province a tenu ce matin une conférence sur la réforme administrative des six premiers mois de l’année. Plus de quatre-vingt-dix pour cent des dossiers ont été traités à temps.';
const CHINESE = '省人民委员会今天上午召开会议，总结上半年行政改革工作。按时办理的申请比例超过百分之九十，市民对一站式服务表示满意。省人民委员会今天上午召开会议，总结上半年行政改革工作。按时办理的申请比例超过百分之九十，市民对一站式服务表示满意。';

/** The verdict before the density shortcut and the letter table: franc on every sample. */
function reference(text: string): { language: string; vietnamese: boolean } {
  const sample = text.slice(0, SAMPLE_CHARS);
  const letters = sample.replace(/[^\p{L}]/gu, '').length;
  const vietnamese = sample.match(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/giu)?.length ?? 0;
  if (letters < MIN_LANGUAGE_SAMPLE) return { language: 'vie', vietnamese: true };
  const code = franc(sample, { minLength: MIN_LANGUAGE_SAMPLE });
  if (code === 'vie' || vietnamese / letters > 0.05) return { language: 'vie', vietnamese: true };
  return { language: code, vietnamese: false };
}

describe('detectLanguage', () => {
  it('Vietnamese with diacritics is Vietnamese', () => {
    expect(detectLanguage(VIETNAMESE)).toEqual({ language: 'vie', vietnamese: true });
    expect(detectLanguage(VIETNAMESE.toUpperCase())).toEqual({ language: 'vie', vietnamese: true });
  });

  it('other languages are not', () => {
    for (const text of [ENGLISH, FRENCH, CHINESE]) expect(detectLanguage(text).vietnamese).toBe(false);
    expect(detectLanguage(ENGLISH).language).toBe('eng');
    expect(detectLanguage(FRENCH).language).toBe('fra');
  });

  it('short texts are let through, flagged unchecked when they have no Vietnamese letters', () => {
    expect(detectLanguage('Hello world')).toEqual({ language: 'vie', vietnamese: true, unchecked: true });
    expect(detectLanguage('Hội nghị CCHC')).toEqual({ language: 'vie', vietnamese: true, unchecked: false });
    expect(detectLanguage('')).toEqual({ language: 'vie', vietnamese: true, unchecked: true });
    expect(detectLanguage('12/3/2021 — 98% — 1.234'.repeat(20)).unchecked).toBe(true);
  });

  it('reads only the first SAMPLE_CHARS characters', () => {
    expect(detectLanguage(VIETNAMESE.repeat(10) + ENGLISH.repeat(50)).vietnamese).toBe(true);
    expect(detectLanguage(ENGLISH.repeat(10) + VIETNAMESE.repeat(50)).vietnamese).toBe(false);
  });

  it('counts letters outside the Basic Multilingual Plane as letters', () => {
    const astral = '𠀀𠀁𠀂'.repeat(60); // CJK Extension B, surrogate pairs
    expect(detectLanguage(astral).unchecked).toBeUndefined();
  });

  it('gives the same verdict as running franc on every sample', () => {
    const texts = [VIETNAMESE, VIETNAMESE_BARE, ENGLISH, FRENCH, CHINESE, VIETNAMESE + ENGLISH, ENGLISH + VIETNAMESE, VIETNAMESE_BARE + VIETNAMESE, 'Đ'.repeat(150), 'a'.repeat(150), ENGLISH.slice(0, 120), VIETNAMESE.slice(0, 130)];
    for (const text of texts) {
      const { unchecked: _unchecked, ...verdict } = detectLanguage(text);
      expect(verdict, text.slice(0, 40)).toEqual(reference(text));
    }
  });
});
