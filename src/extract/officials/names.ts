// Where a person's name lies inside a run of capitalised syllables. A run may hold a body or
// a place before the name ("Bộ Công Thương Nguyễn Hồng Diên", "tỉnh Tiền Giang Lê Văn Hưởng",
// "huyện Mường Nhé Lò Văn A"): the name starts at a surname and keeps the run's end.
import { NAME_STARTS } from '../../lexicon/surnames.js';
import { BODY_LIKE_NAME, BODY_LIKE_NAME_WORDS, matchesIn, PROVINCE_FORMS_BY_FIRST_WORD, PROVINCE_FORMS, STREET_OR_WARD_BEFORE, TOWN_BEFORE } from './patterns.js';

export interface Syllable {
  text: string;
  start: number;
  end: number;
}

export interface NameSpan {
  start: number;
  end: number;
}

const MAX_NAME_SYLLABLES = 5;

export function syllablesOf(run: string, offset: number): Syllable[] {
  const out: Syllable[] = [];
  let at = offset;
  for (const text of run.split(' ')) {
    out.push({ text, start: at, end: at + text.length });
    at += text.length + 1;
  }
  return out;
}

/** Ê Đê and Gia Rai women's names open with "H'" ("H'Hen Niê"). */
const H_PREFIX = /^H['’]\p{Lu}/u;

function opensName(syllable: Syllable): boolean {
  const key = syllable.text.toLowerCase();
  return NAME_STARTS.has(key) || H_PREFIX.test(syllable.text);
}

/** How many syllables at `from` spell a province ("Hà Nội", "Bà Rịa Vũng Tàu"), or 0. */
function provinceLength(syllables: Syllable[], from: number): number {
  const forms = PROVINCE_FORMS_BY_FIRST_WORD.get(syllables[from].text.toLowerCase());
  let best = 0;
  for (const words of forms ?? []) {
    if (words.length <= best || from + words.length > syllables.length) continue;
    if (words.every((w, i) => i === 0 || syllables[from + i].text.toLowerCase() === w)) best = words.length;
  }
  return best;
}

export function isPlaceName(name: string): boolean {
  return PROVINCE_FORMS.has(name.toLowerCase());
}

/** Offsets covered by a body name that holds a surname ("Tỉnh Đoàn", "Đoàn Thanh niên"). */
function bodyNameCover(syllables: Syllable[], folded: string, from: number, to: number): (at: number) => boolean {
  if (!syllables.some((s) => BODY_LIKE_NAME_WORDS.has(s.text.toLowerCase()))) return () => false;
  const spans: [number, number][] = [];
  for (const m of matchesIn(BODY_LIKE_NAME, folded, Math.max(0, from - 12), to)) spans.push([m.index, m.index + m[0].length]);
  return (at) => spans.some(([s, e]) => at >= s && at < e);
}

/**
 * The name inside a run, or null. `folded` is the text the syllables' offsets index; a place
 * word before the run ("huyện", "xã") means the run may open with the place's own name.
 */
export function nameInRun(syllables: Syllable[], folded: string): NameSpan | null {
  const n = syllables.length;
  if (n < 2 || !syllables.some((s, i) => i < n - 1 && opensName(s))) return null;
  const runStart = syllables[0].start;
  const before = folded.slice(Math.max(0, runStart - 20), runStart);
  const inBody = bodyNameCover(syllables, folded, runStart, syllables[n - 1].end);
  // "Hà Nội Trần Sỹ Thanh" after "Bí thư Thành ủy": the place, then the name.
  let from = provinceLength(syllables, 0);
  if (n - from < 2) from = 0;
  const town = !from && TOWN_BEFORE.test(before); // before the ward test: "thành phố" ends in "phố"
  const ward = !from && !town && STREET_OR_WARD_BEFORE.test(before);
  const starts: number[] = [];
  for (let i = from; i < n - 1; i++) if (opensName(syllables[i]) && !inBody(syllables[i].start)) starts.push(i);
  if (!starts.length) return null;
  let start = starts[0];
  if (ward || town) {
    // The place's name may stand first: prefer the last surname that still leaves a
    // three-syllable name. A run that is all one name is the place after a ward or street,
    // and after a town unless it is three syllables or more.
    const long = starts.filter((i) => n - i >= 3);
    if (long.length) start = long[long.length - 1];
    if (start === 0 && (ward || n < 3)) return null;
  }
  if (n - start > MAX_NAME_SYLLABLES) return null;
  return { start: syllables[start].start, end: syllables[n - 1].end };
}
