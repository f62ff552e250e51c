// Rankings: a place in an order. Four parsers, each a PATTERN and an extract:
//   place  "xếp thứ 12/63", "đứng thứ 5", "xếp hạng 20/63", "xếp vị thứ 16/63", "vị trí thứ 2",
//          "đứng thứ hai", and a bare "thứ 3" that continues a list of places ("…; thứ 3 tỉnh …")
//   share  "xếp 9/63"
//   first  "đứng đầu cả nước", "dẫn đầu khu vực", "quán quân" (rank 1), "á quân" (rank 2)
//   move   "thứ hạng … từ 51/63 xuống 56/63" (both places)
// `of` only where the text states it ("/63", "trên 63", "trong số 63"). "tăng 5 bậc" is a count,
// "đầu tiên" (first in time) and "cao nhất" (a superlative without a place) are not rankings.
import type { RankingItem } from '../schema.js';
import type { ExtractContext } from './context.js';
import { SP } from './numbers.js';
import { rankingSubject } from './subject.js';

const ORDINAL_WORDS: ReadonlyMap<string, number> = new Map([
  ['nhất', 1], ['nhì', 2], ['hai', 2], ['ba', 3], ['tư', 4], ['bốn', 4], ['năm', 5], ['sáu', 6],
  ['bảy', 7], ['bẩy', 7], ['tám', 8], ['chín', 9], ['mười', 10],
]);

const INT = String.raw`(?<![\p{L}\p{N}.,])\d{1,4}(?![\p{N}]|[.,]\d|${SP}*%)`;
const INT_BODY = String.raw`\d{1,4}(?![\p{N}]|[.,]\d|${SP}*%)`;
const OF = `(?:${SP}*\\/${SP}*(?<of>${INT_BODY})|${SP}+(?:trên|trong)(?:${SP}+tổng)?(?:${SP}+số)?${SP}+(?<ofWords>${INT_BODY}))?`;
const LEAD = `(?:xếp|đứng|giữ|vươn${SP}+lên|leo${SP}+lên|tụt${SP}+xuống|tụt|lùi${SP}+xuống|lùi|rơi${SP}+xuống|lên|xuống|đạt|nằm${SP}+ở)`;
const KEYWORD = `(?:vị${SP}+trí${SP}+thứ|vị${SP}+trí${SP}+số|vị${SP}+trí|vị${SP}+thứ|thứ${SP}+hạng|hạng${SP}+thứ|hạng|thứ)(?:${SP}*:)?`;
const ORDINAL = [...ORDINAL_WORDS.keys()].join('|');

const PLACE = new RegExp(
  `(?<![\\p{L}])(?:(?<lead>${LEAD})${SP}+(?:ở${SP}+)?)?(?<kw>${KEYWORD})${SP}+(?:(?<rank>${INT})|(?<word>${ORDINAL})(?![\\p{L}]))${OF}`,
  'giu',
);
const SHARE = new RegExp(`(?<![\\p{L}])(?:xếp|đứng)${SP}+(?<rank>${INT})${SP}*\\/${SP}*(?<of>${INT_BODY})`, 'giu');
const FIRST = new RegExp(
  `(?<![\\p{L}])(?:(?<verb>đứng|dẫn|xếp)${SP}+đầu|(?<second>á${SP}+quân)|quán${SP}+quân|vị${SP}+trí${SP}+(?:dẫn${SP}+)?đầu|ngôi${SP}+đầu)(?![\\p{L}])`,
  'giu',
);
const REF = `(?:(?:vị${SP}+trí|hạng|thứ)${SP}+){0,2}(${INT_BODY})(?:${SP}*\\/${SP}*(${INT_BODY}))?`;
const MOVE = new RegExp(
  `(?<![\\p{L}])(?:thứ${SP}+hạng|xếp${SP}+hạng|vị${SP}+trí|vị${SP}+thứ|hạng)(?![\\p{L}])[^.;!?\\n]{0,60}?(?<![\\p{L}])từ${SP}+${REF}${SP}+(?:xuống|lên|tới|đến|sang)${SP}+${REF}`,
  'giud',
);

/** After a "first" phrase, words that show a ranking rather than a head of office or a delegation leader. */
const FIRST_CONTEXT = new RegExp(
  `^${SP}*(?:cả${SP}+nước|toàn${SP}+quốc|khu${SP}+vực|vùng|miền|bảng|danh${SP}+sách|về|với|trong|ở|tại|các|toàn|chỉ${SP}+số|PAR|SIPAS|PAPI|PCI|DTI|ICT|xếp${SP}+hạng|nhóm|là|cả)(?![\\p{L}])`,
  'iu',
);
/** A "first" phrase closing its clause ("Quảng Ninh tiếp tục dẫn đầu."). */
const CLAUSE_ENDS = new RegExp(`^${SP}*(?:[,.;:!?)]|$)`, 'u');
/** "Đoàn … do đồng chí X dẫn đầu, …": the leader of a delegation. */
const LED_BY = /(?:^|[^\p{L}])do(?:[ \u00a0]+[^\s,;.()]+){1,8}[ \u00a0]*$/iu;
/** Before a "first" phrase: the head of an office ("người đứng đầu"), or a group ("nhóm 15 tỉnh dẫn đầu"). */
const NOT_FIRST_BEFORE = /(?:^|[^\p{L}])(?:người|cấp|lãnh đạo|cán bộ|nhóm|top|tốp|những|các)(?:[ \u00a0]+[^\s,;.()]+){0,4}[ \u00a0]*$/iu;
/** A bare "thứ N" continues a list after "," or ";" (optionally "và", "tiếp theo là") or after "và". */
const LIST_CONTINUES = /(?:[,;][ \u00a0]*(?:(?:và|tiếp[ \u00a0]+theo[ \u00a0]+là|tiếp[ \u00a0]+đến[ \u00a0]+là|kế[ \u00a0]+đến[ \u00a0]+là)[ \u00a0]+)?|[ \u00a0]và[ \u00a0]+)$/iu;
const SENTENCE_END = /[.!?\n](?:\s|$)|\n/;
const CONTINUATION_REACH = 160;
const SPACES = /\s+/g;
const COLON = /\s*:$/;

interface Candidate {
  start: number;
  end: number;
  rank: number;
  of?: number;
  /** A bare "thứ N": kept only after another place in the same sentence. */
  continuation?: boolean;
}

function positive(rank: number, of: number | undefined): boolean {
  return rank >= 1 && (of === undefined || (of >= rank && of <= 10000));
}

function places(text: string, out: Candidate[]): void {
  for (const m of text.matchAll(PLACE)) {
    const g = m.groups!;
    const kw = g.kw.toLowerCase().replace(SPACES, ' ').replace(COLON, '');
    const rank = g.rank !== undefined ? Number(g.rank) : ORDINAL_WORDS.get(g.word.toLowerCase())!;
    const ofText = g.of ?? g.ofWords;
    const of = ofText !== undefined ? Number(ofText) : undefined;
    const isPosition = kw.startsWith('vị') || kw === 'thứ hạng' || kw === 'hạng thứ';
    if (g.word !== undefined && !g.lead && !isPosition) continue;
    let continuation = false;
    if (!g.lead && !isPosition) {
      if (kw === 'hạng') {
        if (g.of === undefined) continue; // "bệnh viện hạng 1" is a class
      } else if (LIST_CONTINUES.test(text.slice(Math.max(0, m.index - 24), m.index))) {
        continuation = true; // "; thứ 3 tỉnh Hải Dương"
      } else continue; // "lần thứ 4", "năm thứ 2", "Thứ 2, ngày …"
    }
    if (!positive(rank, of)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, rank, of, continuation });
  }
}

function shares(text: string, out: Candidate[]): void {
  for (const m of text.matchAll(SHARE)) {
    const rank = Number(m.groups!.rank);
    const of = Number(m.groups!.of);
    if (positive(rank, of)) out.push({ start: m.index, end: m.index + m[0].length, rank, of });
  }
}

function firsts(text: string, out: Candidate[]): void {
  for (const m of text.matchAll(FIRST)) {
    const end = m.index + m[0].length;
    if (m.groups!.verb !== undefined) {
      const before = text.slice(Math.max(0, m.index - 60), m.index);
      if (NOT_FIRST_BEFORE.test(before.slice(-40))) continue;
      const after = text.slice(end, end + 24);
      const closes = CLAUSE_ENDS.test(after) && !LED_BY.test(before);
      if (!closes && !FIRST_CONTEXT.test(after)) continue;
    }
    out.push({ start: m.index, end, rank: m.groups!.second !== undefined ? 2 : 1 });
  }
}

function moves(text: string, out: Candidate[]): void {
  for (const m of text.matchAll(MOVE)) {
    const idx = m.indices!;
    for (const [r, o] of [
      [1, 2],
      [3, 4],
    ] as const) {
      const rank = Number(m[r]);
      const of = m[o] !== undefined ? Number(m[o]) : undefined;
      if (!positive(rank, of)) continue;
      out.push({ start: idx[r]![0], end: (idx[o] ?? idx[r])![1], rank, of });
    }
  }
}

export function extractRankings(text: string, _context: ExtractContext): RankingItem[] {
  const candidates: Candidate[] = [];
  places(text, candidates);
  shares(text, candidates);
  firsts(text, candidates);
  moves(text, candidates);
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const items: RankingItem[] = [];
  let lastEnd = -1;
  for (const c of candidates) {
    if (c.start < lastEnd) continue;
    if (c.continuation) {
      const gap = text.slice(Math.max(0, lastEnd), c.start);
      if (lastEnd < 0 || c.start - lastEnd > CONTINUATION_REACH || SENTENCE_END.test(gap)) continue;
    }
    const item: RankingItem = { text: text.slice(c.start, c.end), span: [c.start, c.end], rank: c.rank };
    if (c.of !== undefined) item.of = c.of;
    const subject = rankingSubject(text, c.start);
    if (subject) item.subject = subject;
    items.push(item);
    lastEnd = c.end;
  }
  return items;
}
