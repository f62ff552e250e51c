// Rankings: a place in an order. Four parsers, each a sticky PATTERN and an extract, run only
// where one cheap scan finds the word they open at ("thứ", "hạng", "vị", "xếp", "đứng", "đầu",
// "quân"):
//   place  "xếp thứ 12/63", "đứng thứ 5", "xếp hạng 20/63", "xếp vị thứ 16/63", "vị trí thứ 2",
//          "đứng thứ hai", and a bare "thứ 3" that continues a list of places ("…; thứ 3 tỉnh …")
//   share  "xếp 9/63"
//   first  "đứng đầu cả nước", "dẫn đầu trong số 19 bộ", "quán quân" (rank 1), "á quân" (rank 2)
//   move   "thứ hạng … từ 51/63 xuống 56/63", "(từ vị trí 91/189 lên 82/190)" (both places)
// and two more readers: places out of one total after "thứ hạng … lần lượt là" ("35/63, 29/63
// và 17/63", read at "hạng"), and, outside the scan, an index's move without a ranking's word
// ("Chỉ số PAR INDEX … tăng từ 52/63 lên 37/63"), looked for only at the body's shares.
// `of` only where the text states it ("/63", "trên 63", "trong số 63", "trong khối 20"). "tăng 5 bậc" is a count,
// "đầu tiên" (first in time), "cao nhất" (a superlative without a place), "xếp hạng năm nay"
// (the year) and "xếp hạng 43 tiêu chí" (a count of what is ranked) are not rankings.
import { BODY_WORDS_ALONE, RANKED_UNIT_WORDS } from '../lexicon/bodies.js';
import type { RankingItem } from '../schema.js';
import type { ExtractContext } from './context.js';
import { countedNounAt } from './counts.js';
import { SP, figureRuns, lastWords, lowerSlice, parseFigure, runStart, skipSpaces, spells, wordAt, wordFollows, type FigureRuns } from './numbers.js';
import { alternation, isLetterCode, isUpperCode } from './regex.js';
import { placesInRows } from './ranking-rows.js';
import { rankingSubject } from './subject.js';
import { ABBREVIATION_END } from './officials/patterns.js';
import { honorificAt, rankAt, titleAt } from './officials/tokens.js';
import { keyAt, nextToken, tokenEnd } from './words.js';

const ORDINAL_WORDS: ReadonlyMap<string, number> = new Map([
  ['nhất', 1], ['nhì', 2], ['hai', 2], ['ba', 3], ['tư', 4], ['bốn', 4], ['năm', 5], ['sáu', 6],
  ['bảy', 7], ['bẩy', 7], ['tám', 8], ['chín', 9], ['mười', 10],
]);

const INT = String.raw`(?<![\p{L}\p{N}.,])\d{1,4}(?![\p{N}]|[.,]\d|${SP}*%)`;
const INT_BODY = String.raw`\d{1,4}(?![\p{N}]|[.,]\d|${SP}*%)`;
/** A total after "/", its thousands grouped with a point where it has them ("879/1.000"). */
const TOTAL_BODY = String.raw`(?:\d{1,3}\.\d{3}|\d{1,4})(?![\p{N}]|[.,]\d|${SP}*%)`;
/** The word for a tournament (or a prize): after "hạng N" it names where the place was won. */
const TOURNAMENT = 'giải';
/** A grade in stars after the figure ("xếp hạng 4 sao", "từ 3 đến 5 sao"): a hotel's or a product's class, no place. */
const STARS = 'sao';
/** The rest of a range of stars after its first figure ("xếp hạng 4 - 5 sao", "hạng 3 đến 5 sao"). */
const STARS_RANGE_REST = new RegExp(`^${SP}*(?:[-–]|đến)${SP}*\\d{1,2}${SP}+sao(?![\\p{L}])`, 'u');

/** After "trong"/"trên" N, a unit of time makes N a duration ("xếp thứ 2 trong 3 năm liền"), not how many were ranked. */
const NOT_A_FIELD = `(?!${SP}+(?:năm|tháng|tuần|ngày|quý|giờ|lần|kỳ)(?![\\p{L}]))`;
const OF = `(?:${SP}*\\/${SP}*(?<of>${TOTAL_BODY})|${SP}+(?:trên|trong)(?:${SP}+(?:tổng|khối|danh${SP}+sách|top))?(?:${SP}+số)?${SP}+(?<ofWords>${INT_BODY})${NOT_A_FIELD})?`;
// A label's colon may stand before "thứ": "Xếp hạng: thứ 12/63", "Vị trí: thứ 5" (read as "hạng thứ", "vị trí thứ").
const KEYWORD = `(?:vị${SP}+trí${SP}+thứ|vị${SP}+trí${SP}+số|vị${SP}+trí|vị${SP}+thứ|thứ${SP}+hạng|hạng${SP}+thứ|hạng|thứ)(?:${SP}*:(?:${SP}*thứ(?![\\p{L}]))?)?`;
/** Words after "năm" that make it the year ("xếp hạng năm nay", "năm 2016"), not the ordinal five. */
const YEAR_AFTER = 'nay|qua|trước|ngoái|tới|sau|đó|này|học|tài|kế|mới';
/** A weekday's name as it is written, capitalised and then small ("Sáu", "Bảy"): not a headline's capitals ("THỨ HAI"), nor "Nhất". */
const WEEKDAY_WRITTEN = /^(?:Hai|Ba|Tư|Năm|Sáu|Bảy|Bẩy)$/u;
/** "xếp thứ Nhì", "đứng thứ Ba": a place, however capitalised. */
const PLACING_VERB_BEFORE = /(?:^|[^\p{L}])(?:xếp|đứng|Xếp|Đứng)[ ]+$/u;
const ORDINAL = [...ORDINAL_WORDS.keys()]
  .map((w) => (w === 'năm' ? `năm(?!${SP}+(?:\\d|(?:${YEAR_AFTER})(?![\\p{L}])))` : w))
  .join('|');
/** The places ranked, after a first place: how many ("đứng đầu 63 tỉnh, thành phố"), not a count of their own. */
const RANKED_PLACES = `(?:tỉnh|thành${SP}+phố|địa${SP}+phương|bộ|sở|ban|ngành|phòng|quốc${SP}+gia|nước|huyện|quận|xã|phường|đơn${SP}+vị|cơ${SP}+quan)(?![\\p{L}])`;
/** Kinds of bodies and places a group of several names after its figure, commas between ("5 sở, ngành", "10 tỉnh, thành phố"). */
const RANKED_UNITS = `(?:${alternation(RANKED_UNIT_WORDS, { spaces: ' ' })})(?![\\p{L}])`;
/** After a "first" phrase, how many were ranked: "dẫn đầu trong số 19 bộ", "đứng đầu trên tổng số 63 tỉnh", "đứng đầu 63 tỉnh". */
const FIRST_OF = new RegExp(
  `${SP}+(?:(?:trong|trên)(?:${SP}+tổng)?${SP}+số${SP}+(?<of>${INT_BODY})${NOT_A_FIELD}|(?:trong|trên|cả)?${SP}*(?:${INT_BODY}${SP}{0,2}\\/${SP}{0,2})?(?<places>${INT_BODY})(?=${SP}+${RANKED_PLACES}))`,
  'iuy',
);

const PLACE_AT = new RegExp(
  `(?<![\\p{L}])(?<kw>${KEYWORD})${SP}+(?:(?<rank>${INT})|(?<word>${ORDINAL})(?![\\p{L}]))${OF}`,
  'iuy',
);
/** "xếp 9/63", "xếp cuối 19/19 sở, ngành", "đứng cuối bảng (63/63)": the last place may stand in brackets. */
const SHARE_AT = new RegExp(
  `(?<![\\p{L}])(?:xếp|đứng)(?:(?:${SP}+(?:cuối|chót)(?:${SP}+bảng)?)(?<open>${SP}*\\()?)?${SP}*(?<rank>${INT})${SP}*\\/${SP}*(?<of>${TOTAL_BODY})`,
  'iuy',
);
const REF = `(?:(?:vị${SP}+trí|hạng|thứ)${SP}+){0,2}(${INT_BODY})(?:${SP}*\\/${SP}*(${INT_BODY}))?`;
/** A place and its total, both captured: "35/63". */
const PLACE_OF = `(${INT_BODY})${SP}*\\/${SP}*(${INT_BODY})`;
/** The year a place was held, between the two places of a move ("từ vị trí 35/63 năm 2016 lên 14/63"). */
const MOVE_YEAR = `(?:${SP}+\\(?năm${SP}+(?:19|20)\\d\\d\\)?)?`;
const MOVE_TO = `${MOVE_YEAR}${SP}+(?:xuống|lên|tới|đến|sang)${SP}+${REF}`;
const MOVE_AT = new RegExp(
  `(?<![\\p{L}])(?:thứ${SP}+hạng|xếp${SP}+hạng|vị${SP}+trí|vị${SP}+thứ|hạng)(?![\\p{L}])[^.,;!?\\n]{0,60}?(?<![\\p{L}])từ${SP}+${REF}${MOVE_TO}`,
  'iuyd',
);
/**
 * A move whose keyword follows "từ": "(từ vị trí 91/189 lên 82/190)", read at "từ". A bare
 * "thứ" opens it only going up or down ("từ thứ 39 xuống 62/63"): "từ thứ 2 đến thứ 5" are weekdays.
 */
const MOVE_FROM_AT = new RegExp(
  `từ${SP}+(?:vị${SP}+trí|vị${SP}+thứ|hạng)(?:${SP}+(?:thứ|số))?${SP}+(${INT_BODY})(?:${SP}*\\/${SP}*(${INT_BODY}))?${MOVE_TO}`,
  'iuyd',
);
const MOVE_FROM_PLACE_AT = new RegExp(
  `từ${SP}+thứ${SP}+(${INT_BODY})(?:${SP}*\\/${SP}*(${INT_BODY}))?${MOVE_YEAR}${SP}+(?:xuống|lên)${SP}+${REF}`,
  'iuyd',
);

/**
 * Every parser opens at one of these words (a place at its keyword, a share at its verb, a
 * "first" at its last word): one cheap scan finds them, the parsers run only there.
 */
const TRIGGER_WORDS: readonly string[] = ['thứ', 'hạng', 'vị', 'đầu', 'quân', 'xếp', 'đứng'];
/** A letter as `isLetterCode` reads one, for the end of a trigger word. */
const LETTER = '[A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u1fff\\u2c00-\\u2fff\\u3040-\\uffff]';
/**
 * The end of every trigger word, found by a pattern V8 scans fast: no lookbehind, no flags,
 * case variants listed, each word from a rare two-letter piece on ("hứ" of "thứ", "uân" of
 * "quân"); the letters before the piece are checked at the hit. Words that open a parser only
 * before a certain word are found only there: "vị" before "trí"/"thứ" ("đơn vị" is most of
 * them), "xếp" before a figure or "hạng", "đứng" before a figure ("đứng thứ" opens at "thứ").
 * `u` and `a` are what the pattern reads for the letters "ứ" and "ạ" of the pieces.
 */
function triggerPattern(u: string, a: string): RegExp {
  return new RegExp(
    [
      `[hH]${u}(?!${LETTER})`,
      `[hH]${a}[nN][gG](?!${LETTER})`,
      `[vV][ịỊ](?=${SP}+[tT](?:[rR][íÍ]|[hH][ứỨ]))`,
      `[đĐ][ầẦ][uU](?!${LETTER})`,
      `[uU][âÂ][nN](?!${LETTER})`,
      `[xX][ếẾ][pP](?=${SP}+(?:\\d|[hH][ạẠ][nN][gG]|cuối|chót))`,
      `[đĐ]${u}[nN][gG](?=${SP}+(?:\\d|cuối|chót))`,
    ].join('|'),
    'g',
  );
}
/**
 * The pattern for a text without "Ứ" or "Ạ", most of them: V8 skips ahead by the letters a
 * piece holds, and reads "Ứ" as "h" and "Ạ" as a space there (it keeps the low 7 bits of a
 * code unit), which would stop it at most positions. Two indexOf of those letters are cheap.
 */
const TRIGGER = triggerPattern('ứ', 'ạ');
const TRIGGER_ANY_CASE = triggerPattern('[ứỨ]', '[ạẠ]');

/** Verbs before a place keyword ("xếp thứ", "vươn lên vị trí"), optionally followed by "ở". */
const LEADS: ReadonlySet<string> = new Set([
  'xếp', 'đứng', 'giữ', 'vươn lên', 'leo lên', 'tụt xuống', 'tụt', 'lùi xuống', 'lùi', 'rơi xuống', 'lên',
  'xuống', 'đạt', 'nằm ở',
  // tied, before "hạng" and a figure only: "Sở Xây dựng và Sở Nông nghiệp đồng hạng 17"
  'đồng',
  // an adjective ranks too: "cảng biển lớn thứ nhì châu Âu", "tỉnh có tỷ lệ cao thứ 3 cả nước"
  'lớn', 'cao', 'thấp', 'đông', 'giàu', 'nghèo', 'nhỏ', 'mạnh', 'dài', 'rộng', 'nhanh', 'tốt',
]);
const LEAD_WORDS = 3;
/** The last word of every lead: a keyword after any other word has none, read without the words before it. */
const LEAD_ENDS: ReadonlySet<string> = new Set([...LEADS].map((lead) => lead.split(' ').at(-1)!));

/** The words before "đầu"/"quân" that make a "first": rank, and whether a verb opens it. */
const FIRSTS: ReadonlyMap<string, { rank: number; verb: boolean }> = new Map([
  ['đứng đầu', { rank: 1, verb: true }],
  ['dẫn đầu', { rank: 1, verb: true }],
  ['xếp đầu', { rank: 1, verb: true }],
  ['ngôi đầu', { rank: 1, verb: false }],
  ['vị trí đầu', { rank: 1, verb: false }],
  ['vị trí dẫn đầu', { rank: 1, verb: false }],
  ['ngôi vị đầu', { rank: 1, verb: false }],
  ['quán quân', { rank: 1, verb: false }],
  ['á quân', { rank: 2, verb: false }],
]);
/** Words before the last one of the longest "first" phrase ("vị trí dẫn" đầu). */
const FIRST_WORDS = 3;
/** The word right before "đầu"/"quân" in some "first" phrase: any other word rules it out at once. */
const FIRST_PREVIOUS: ReadonlySet<string> = new Set([...FIRSTS.keys()].map((k) => k.split(' ').at(-2)!));

/** After a "first" phrase, words that show a ranking rather than a head of office or a delegation leader ("đứng đầu năm thứ tư liên tiếp" holds the place again), a region among them ("dẫn đầu ĐBSCL"), a system of offices ("dẫn đầu hệ thống Kho bạc"), an emulation movement ("dẫn đầu phong trào thi đua Khối phường"). */
const FIRST_CONTEXT = new RegExp(
  `^${SP}*(?:cả${SP}+nước|toàn${SP}+quốc|khu${SP}+vực|vùng|miền|tỉnh|huyện|thành${SP}+phố|thị${SP}+xã|quận|xã|phường|thị${SP}+trấn|TP\\.?|TX\\.?|năm${SP}+(?:19|20)\\d\\d|bảng|danh${SP}+sách|về|với|trong|ở|tại|các|toàn|khối|(?:phong${SP}+trào|cụm)${SP}+thi${SP}+đua|(?:bộ${SP}+)?chỉ${SP}+số|năng${SP}+lực${SP}+cạnh${SP}+tranh|PAR|SIPAS|PAPI|PCI|DDCI|DTI|ICT|xếp${SP}+hạng|năm${SP}+thứ|lần${SP}+thứ|liên${SP}+(?:tiếp|tục)|BXH|nhóm|là|cả|thế${SP}+giới|toàn${SP}+cầu|châu|top|tốp|thị${SP}+trường|phân${SP}+khúc|doanh${SP}+(?:số|thu)|hệ${SP}+thống|ĐBSCL|ĐBSH|Tây${SP}+Nguyên|Tây${SP}+Bắc|Đông${SP}+Nam${SP}+Bộ|Nam${SP}+Trung${SP}+Bộ|Bắc${SP}+Trung${SP}+Bộ|cấp(?!${SP}+(?:ủy|uỷ)))(?![\\p{L}])`,
  'iu',
);
/** A "first" phrase closing its clause or its line ("Quảng Ninh tiếp tục dẫn đầu.", a headline "Bộ Tư pháp lần đầu dẫn đầu"), or before its score in brackets ("đứng đầu (92,05%)"). */
const CLAUSE_ENDS = new RegExp(`^${SP}*(?:[,.;:!?()\n]|$)`, 'u');
/** "Đoàn … do đồng chí X dẫn đầu", "liên minh do Mỹ dẫn đầu ở …": led by, never a place ("lý do" is no "do"). */
const LED_BY = /(?:^|(?<!(?:lý|nguyên))[^\p{L}])do(?:[ \u00a0]+[^\s,;.()]+){1,12}[ \u00a0]*$/iu;
/** The same over words that were an aside: up to 16 words, once the aside is taken out. */
const LED_BY_ASIDE = /(?:^|(?<!(?:lý|nguyên))[^\p{L}])do(?:[ \u00a0]+[^\s,;.()]+){1,16}[ \u00a0]*$/iu;
/** Asides between "do" and the verb: a parenthesis, a clause between dashes, the point of "Q.1" or "TP.HCM". */
const ASIDES = /\([^()\n]{0,80}\)|[ \u00a0][-–—][ \u00a0][^-–—\n]{1,80}[ \u00a0][-–—](?=[ \u00a0])|(?<=\p{L})\.(?=[\p{L}\p{N}])/gu;
const COMMAS = /,/g;
/** A negation a word or two before a "first" ("không trở thành", "chưa từng"), but "không chỉ", "không những" (not only). */
const NEGATED_BEFORE = /(?:^|[^\p{L}])(?:không|chưa)(?![ \u00a0]+(?:chỉ|những)(?![\p{L}]))(?:[ \u00a0]+[^\s,;.()]+){0,2}[ \u00a0]*$/iu;
/** "do" as a word, which every leader's clause opens with. */
const DO_WORD = /(?:^|[^\p{L}])do[ \u00a0]/iu;
/**
 * Before a "first" phrase: the head of an office ("người đứng đầu"), a group ("nhóm 15 tỉnh
 * dẫn đầu", "nhóm 20 tỉnh, thành phố dẫn đầu", "nhóm 10 tỉnh, thành đứng đầu"), or a goal, not a place held ("Thành phố phải dẫn đầu cả nước", "phấn đấu dẫn đầu").
 * Plural words ("các", "những", "một số") owned by one body are its own ("các dịch vụ của Bộ đứng đầu khối bộ, ngành"),
 * and so are those inside a body's name ("Ban Quản lý các KCN tỉnh dẫn đầu khối sở, ngành", "Đảng ủy Khối các cơ quan tỉnh đứng đầu").
 */
const NOT_FIRST_BEFORE =
  /(?:^|[^\p{L}])(?:(?:người|cấp|lãnh đạo|cán bộ|nhóm|top|tốp|phải|phấn đấu|mục tiêu|quyết tâm|nhằm|để)(?:[ \u00a0]+[^\s,;.()]+|,[ \u00a0]*thành(?![\p{L}])){0,4}|(?<!(?:quản[ \u00a0]+lý|công[ \u00a0]+đoàn|chỉ[ \u00a0]+đạo|khối)[ \u00a0]+)(?:những|các|một[ \u00a0]+số)(?:[ \u00a0]+(?!của[ \u00a0])[^\s,;.()]+|,[ \u00a0]*thành(?![\p{L}])){0,4})[ \u00a0]*$/iu;
/** A group counted and named in words of lower case, commas and all: "nhóm 3 bộ, cơ quan ngang bộ dẫn đầu" (not "nhóm 5 tỉnh, Quảng Ninh dẫn đầu"). */
const NAMED_GROUP_BEFORE = /(?:^|[^\p{L}])(?:[Nn]hóm|[Tt]op|[Tt]ốp)[ \u00a0]+\d{1,3}(?:,?[ \u00a0]+\p{Ll}[^\s,;.()]*){1,6}[ \u00a0]*$/u;
/**
 * Before a "first" phrase, a counted group ("3 địa phương dẫn đầu", "hai tay đua dẫn đầu", "5 sở, ngành dẫn đầu"): the
 * places of several, not a first. A score is no group ("với 90 điểm dẫn đầu"), nor a year, nor
 * how long or how often ("3 năm liền dẫn đầu", "2 lần đứng đầu"), nor a place or a move ("đứng thứ 3 cả nước và dẫn đầu khu vực", "tăng 14 bậc và dẫn đầu").
 */
const GROUP_BEFORE = new RegExp(
  `(?:^|[^\\p{L}\\p{N}.,/])(?<!(?:thứ|hạng)[ \\u00a0])(?:\\d{1,3}|[Hh]ai|[Bb]a|[Bb]ốn|[Ss]áu|[Bb]ảy|[Tt]ám|[Cc]hín|[Mm]ười)[ \\u00a0]+(?!(?:điểm|bậc|hạng|năm|lần|tháng|quý|kỳ|tuần|ngày|mùa|nhiệm|khóa|đợt)(?![\\p{L}]))\\p{Ll}+(?:[ \\u00a0]+\\p{Ll}+){0,2}(?:,[ \\u00a0]*${RANKED_UNITS})*[ \\u00a0]*$`,
  'u',
);
/** After a "first" verb, what is led rather than topped: "dẫn đầu các cuộc biểu tình", "dẫn đầu các chiến dịch". */
const LEADS_ACTIVITY = new RegExp(
  `^${SP}*(?:các|những)${SP}+(?:cuộc|chiến${SP}+dịch|đợt|đoàn|phái${SP}+đoàn|lực${SP}+lượng|hoạt${SP}+động)(?![\\p{L}])`,
  'iu',
);
/** Verbs that hold a place, before "thứ N liên tiếp" ("xếp thứ 2 liên tiếp"). */
const HOLDS_PLACE: ReadonlySet<string> = new Set(['xếp', 'đứng', 'giữ', 'nằm']);
/** After "thứ N": a count of times in a row ("thứ 2 liên tiếp", "thứ bảy liên tục"). */
const IN_A_ROW_AFTER = /^[ \u00a0]+liên[ \u00a0]+(?:tiếp|tục)(?![\p{L}])/u;
/** A bare "thứ N" continues a list after "," or ";" (optionally "và", "tiếp theo là") or after "và". */
const LIST_CONTINUES = /(?:[,;][ \u00a0]*(?:(?:và|tiếp[ \u00a0]+theo[ \u00a0]+là|tiếp[ \u00a0]+đến[ \u00a0]+là|kế[ \u00a0]+đến[ \u00a0]+là)[ \u00a0]+)?|[ \u00a0]và[ \u00a0]+)$/iu;
/** Kinds of place before a place's name in a list of places ("thị trấn Tiên Điền"). */
const PLACE_KINDS = `(?:tỉnh|thành${SP}+phố|thị${SP}+xã|thị${SP}+trấn|huyện|quận|xã|phường)`;
/** The same with the next one's name, its kind of place allowed, before its bare "thứ N": "Quảng Ninh xếp thứ 2, Bắc Ninh thứ 3", "; thị trấn Tiên Điền thứ 2". */
const NAMED_LIST_CONTINUES = new RegExp(
  `(?:[,;][ \\u00a0]*|[ \\u00a0]và[ \\u00a0]+)(?:${PLACE_KINDS}[ \\u00a0]+)?\\p{Lu}[\\p{L}.]*(?:[ \\u00a0]+\\p{Lu}[\\p{L}.]*){0,3}[ \\u00a0]+$`,
  'u',
);
/** The same where the next one is a body, lower-case words in its name: "Bệnh viện Nhân dân Gia Định xếp thứ 2, Bệnh viện Đa khoa Sài Gòn thứ 3", "Sở Nội vụ thứ 3". */
const BODY_LIST_CONTINUES = new RegExp(
  `(?:[,;][ \\u00a0]*|[ \\u00a0]và[ \\u00a0]+)(?:${BODY_WORDS_ALONE.join('|')}|Bệnh${SP}+viện|Trung${SP}+tâm|UBND|Công${SP}+an)(?:[ \\u00a0]+[\\p{L}.&-]+){0,6}[ \\u00a0]+$`,
  'u',
);
/** A list's next entry named in lower case before its bare "hạng N": "xếp thứ 5, kinh tế số hạng 12". */
const LOWER_NAMED_LIST_CONTINUES = /[,;][ \u00a0]*\p{Ll}+(?:[ \u00a0]+\p{Ll}+){0,3}[ \u00a0]+$/u;
const LIST_REACH = 48;
/** A bare "thứ N/M" ranks when M is no month ("xếp hạng Chỉ số CCHC thứ 29/63"; "Thứ 7/12" may be a Saturday's date), not "thứ 8 trong số 18" (an ordinal). */
const MORE_THAN_MONTHS = 13;

/** Whether a bare "thứ N" at `start` goes on with a list: after its mark, or after the mark and the next one's name. */
function continuesList(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - LIST_REACH), start);
  return LIST_CONTINUES.test(text.slice(Math.max(0, start - 24), start)) || NAMED_LIST_CONTINUES.test(before) || BODY_LIST_CONTINUES.test(before);
}
const SENTENCE_END = /[.!?](?=\s|$)|\n/g;

/** Whether a sentence ends in `gap`: a line break, or a point not after an abbreviation ("TP. Đà Nẵng"). */
function sentenceEndsIn(gap: string): boolean {
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(gap); m; m = SENTENCE_END.exec(gap)) {
    if (m[0] !== '.' || !ABBREVIATION_END.test(gap.slice(Math.max(0, m.index - 4), m.index))) return true;
  }
  return false;
}
const CONTINUATION_REACH = 160;
const SPACES = /\s+/g;
const COLON = /\s*:$/;
const LABEL_COLON = / ?: ?thứ$/;
/** A place and its total in brackets after a ranking verb: "xếp cuối (thứ 9/9)", "đứng cuối bảng (thứ 63/63)". */
const RANKED_BEFORE_BRACKET = /(?:^|[^\p{L}])(?:xếp|đứng|hạng)(?![\p{L}])[^.;!?\n()]{0,20}\($/iu;
const COLON_CODE = 0x3a;
const OPEN_PAREN = 0x28;
const CLOSE_BRACKET = 0x29;
const COMMA_CODE = 0x2c;
const SPACE = 0x20;
const NBSP = 0xa0;

interface Candidate {
  start: number;
  end: number;
  rank: number;
  of?: number;
  /** A bare "thứ N": kept only after another place in the same sentence. */
  continuation?: boolean;
  /** `of` counted at the sentence's opening ("Trong 20 xã, …"): the list's places after it share it. */
  scoped?: boolean;
}

const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

/** A place with its total, if any, that can be one: "xếp hạng 2018" (a table's header) names a year. */
function positive(rank: number, of: number | undefined): boolean {
  if (of === undefined) return rank >= 1 && !(rank >= MIN_YEAR && rank <= MAX_YEAR);
  return rank >= 1 && of >= rank && of <= 10000;
}

/** Whether the word after the spaces at `index` starts with a small letter ("tiêu chí", not "Saint Etienne"). */
function isLowerCase(text: string, index: number): boolean {
  const i = skipSpaces(text, index);
  return i < text.length && text[i] === text[i].toLowerCase() && text[i] !== text[i].toUpperCase();
}

/** Where the parsers stand: each resumes after its own last match, as a global regex would. */
interface Cursor {
  place: number;
  share: number;
  first: number;
  move: number;
}

/** Start of the verb directly before a place keyword ("xếp", "vươn lên", "đứng ở"; "ở" too before a `rank` in figures after "hạng", not "ở hạng Nhất") at or after `floor`, or -1. */
function leadStart(text: string, keyword: number, floor: number, rank = false): number {
  const last = lastWords(text, keyword, 1);
  if (last.length === 0 || (!LEAD_ENDS.has(last[0]) && last[0] !== 'ở')) return -1;
  const starts: number[] = [];
  const words = lastWords(text, keyword, LEAD_WORDS, starts);
  // "đợt sắp xếp thứ 3": "xếp" of "sắp xếp" (to arrange) holds no place.
  if (words.at(-1) === 'xếp' && words.at(-2) === 'sắp') return -1;
  // "đồng hạng 17" ties a place; "hợp đồng thứ hai" is a second contract.
  if (words.at(-1) === 'đồng' && (!rank || words.at(-2) === 'hợp')) return -1;
  for (let n = words.length; n >= 1; n--) {
    const at = starts[words.length - n];
    if (at < floor) continue;
    if (LEADS.has(words.slice(words.length - n).join(' '))) return at;
    if (n > 1 && words[words.length - 1] === 'ở' && LEADS.has(words.slice(words.length - n, -1).join(' '))) return at;
  }
  // "DTI mới ở hạng 45": "ở" alone leads a rank, not a "thứ" ("ở thứ 2" is rather a weekday).
  const final = words.length - 1;
  return rank && words[final] === 'ở' && starts[final] >= floor ? starts[final] : -1;
}

/**
 * The keyword [start, end) as the checks compare it: lower case, one space between words, no
 * colon ("Vị  trí:" reads "vị trí"). Most are written so already and are only sliced.
 */
function keywordKey(text: string, start: number, end: number): string {
  const kw = lowerSlice(text, start, end);
  for (let i = 0; i < kw.length; i++) {
    const c = kw.charCodeAt(i);
    if (c === COLON_CODE || c === NBSP || (c === SPACE && kw.charCodeAt(i + 1) === SPACE)) return kw.replace(SPACES, ' ').replace(LABEL_COLON, ' thứ').replace(COLON, '');
  }
  return kw;
}

/** Who holds a grade, not a place: "thương binh hạng 2/4", "bệnh binh hạng 1/3". */
const GRADED: ReadonlySet<string> = new Set(['thương binh', 'bệnh binh']);

function gradedBefore(text: string, at: number): boolean {
  return GRADED.has(lastWords(text, at, 2).join(' '));
}

/** "lên hạng Nhất", "xuống hạng Nhì": a division a team moves to, named by its ordinal. */
function divisionLead(text: string, lead: number): boolean {
  return spells(text, lead, lead + 3, 'lên') || spells(text, lead, lead + 5, 'xuống');
}

/** Whether a letter is glued to the figure ending at `end`, or a counted noun or a capital follows it. */
function locationAfter(text: string, end: number): boolean {
  if (isLetterCode(text.charCodeAt(end))) return true;
  const next = skipSpaces(text, end);
  return next > end && (isUpperCode(text.charCodeAt(next)) || countedNounAt(text, end));
}

/**
 * After a bare "thứ N", the whole it is ranked in, closing the clause or before "về": "nhà sản
 * xuất ôtô thứ 5 trên thế giới.", "thứ 3 cả nước về xuất khẩu". A clause after it tells the
 * order things happened in ("quốc gia thứ sáu trên thế giới sở hữu ICBM"), no place.
 */
const SCOPE_AFTER = new RegExp(
  `^${SP}+(?:trên${SP}+)?(?:thế${SP}+giới|toàn${SP}+cầu|cả${SP}+nước|toàn${SP}+quốc|châu${SP}+\\p{Lu}\\p{Ll}*|khu${SP}+vực|Đông${SP}+Nam${SP}+Á)${SP}*(?:[.,;:!?()]|về(?![\\p{L}])|$)`,
  'u',
);
/** Before a bare "thứ N": a time or a round in a series ("lần thứ 2 trên thế giới"), never a place. */
const SERIES_BEFORE: ReadonlySet<string> = new Set(['lần', 'năm', 'ngày', 'tháng', 'tuần', 'quý', 'khóa', 'khoá', 'kỳ', 'đợt', 'phiên', 'vòng', 'mùa']);

/** Whether a bare "thứ N" at `at`, ending at `end`, is a place in the whole named after it. */
function rankedInScope(text: string, at: number, end: number): boolean {
  if (!SCOPE_AFTER.test(text.slice(end, end + 24))) return false;
  const before = lastWords(text, at, 1);
  return before.length === 1 && !SERIES_BEFORE.has(before[0]);
}

/** "xếp thứ 12/63", "vị trí thứ 2", "hạng 20/63", a list's bare "thứ 3", at a keyword. */
function place(text: string, at: number, cursor: Cursor, out: Candidate[]): void {
  PLACE_AT.lastIndex = at;
  const m = PLACE_AT.exec(text);
  if (!m) return;
  const g = m.groups!;
  const kw = keywordKey(text, at, at + g.kw.length);
  const lead = leadStart(text, at, cursor.place, kw === 'hạng' && g.rank !== undefined);
  const start = lead >= 0 ? lead : at;
  const end = at + m[0].length;
  cursor.place = end;
  const rank = g.rank !== undefined ? parseFigure(g.rank) : ORDINAL_WORDS.get(g.word.toLowerCase())!;
  const ofText = g.of ?? g.ofWords;
  const of = ofText !== undefined ? parseFigure(ofText) : undefined;
  const isPosition = kw.startsWith('vị') || kw === 'thứ hạng' || kw === 'hạng thứ';
  // An ordinal word needs a lead, or a place before it in the list ("lớn thứ nhì châu Âu, thứ ba thế giới");
  // a bare "thứ N" the whole it is ranked in ("… thứ 5 trên thế giới."), or its total in brackets after a ranking verb ("xếp cuối (thứ 9/9)").
  // "Sở Tư pháp: 812,25 điểm – hạng 2", "88,02%, thứ 5/9;": a list's place right after its score, no continuation of another.
  const afterScore = lead < 0 && !isPosition && placeAfterScore(text, at, end);
  const scoped =
    lead < 0 &&
    kw === 'thứ' &&
    (afterScore ||
      (of === undefined ? rankedInScope(text, at, end) || placeInBracketsAfterName(text, at, end) : (g.of !== undefined && of >= MORE_THAN_MONTHS) || RANKED_BEFORE_BRACKET.test(text.slice(Math.max(0, at - 28), at))));
  const listed = !afterScore && lead < 0 && !isPosition && (continuesList(text, start) || (kw === 'hạng' && LOWER_NAMED_LIST_CONTINUES.test(text.slice(Math.max(0, start - LIST_REACH), start))));
  if (g.word !== undefined && lead < 0 && !isPosition && !scoped && !listed) return;
  // "chuyển lên thứ Sáu", "sáng thứ Bảy": a capitalised ordinal word after "thứ" is a weekday; a place is written small ("vươn lên thứ sáu").
  if (g.word !== undefined && kw === 'thứ' && WEEKDAY_WRITTEN.test(g.word) && !PLACING_VERB_BEFORE.test(text.slice(Math.max(0, at - 8), at))) return;
  // "xếp hạng 43 tiêu chí": a verb and a count of what is ranked, not a place. A tournament
  // after the figure is where the place was won ("đứng hạng 3 giải U20 châu Á").
  if (kw === 'hạng' && of === undefined && isLowerCase(text, end) && countedNounAt(text, end) && !wordFollows(text, end, TOURNAMENT)) return;
  if (kw === 'hạng' && (wordFollows(text, end, STARS) || STARS_RANGE_REST.test(text.slice(end, end + 12)) || gradedBefore(text, at) || (g.word !== undefined && lead >= 0 && divisionLead(text, lead)))) return;
  // A bare "vị trí N" with no lead, no "thứ" and no total is a place on the ground when a unit is
  // glued to the figure, a counted noun or a street's name follows ("vị trí 21ha đất", "Vị trí 3
  // học sinh bị …", "hố ga ở vị trí 812 Trường Sa").
  if (kw === 'vị trí' && lead < 0 && of === undefined && g.rank !== undefined && !m[0].includes('thứ') && locationAfter(text, end)) return;
  let continuation = false;
  if (lead < 0 && !isPosition) {
    if (listed) {
      // "; thứ 3 tỉnh Hải Dương", ", Bắc Ninh thứ 3", ", kinh tế số hạng 12"; "hạng 20/20" stands alone too ("xếp cuối bảng, hạng 20/20").
      continuation = !(kw === 'hạng' && g.of !== undefined);
    } else if (kw === 'hạng') {
      // "bệnh viện hạng 1" is a class; "- Huyện Tân Kỳ: hạng 17 (79,36%)", a list's entry, is a place.
      // "Huyện Cầu Ngang hạng 2 với 89,07%": the place with its score after it is a place too.
      if (g.of === undefined && !afterScore && !LIST_ENTRY_BEFORE.test(text.slice(Math.max(0, at - LIST_ENTRY_REACH), at)) && !SCORE_AFTER.test(text.slice(end, end + SCORE_AFTER_REACH))) return;
    } else if (!scoped) return; // "lần thứ 4", "năm thứ 2", "Thứ 2, ngày …"
  }
  if (!positive(rank, of)) return;
  // "phiên tăng mạnh thứ 2 liên tiếp": how many in a row, no place in an order; "xếp thứ 2
  // liên tiếp" holds the place again.
  if (kw === 'thứ' && of === undefined && IN_A_ROW_AFTER.test(text.slice(end, end + 12)) && !HOLDS_PLACE.has(wordAt(text, start))) return;
  const scope = of === undefined && lead >= 0 ? scopeTotal(text, start, rank) : undefined;
  out.push({ start, end, rank, of: of ?? scope, continuation, scoped: scope !== undefined });
  if ((lead >= 0 && RESPECTIVELY_BEFORE.test(text.slice(Math.max(0, start - 12), start))) || (lead < 0 && RESPECTIVELY_AT.test(text.slice(Math.max(0, start - 16), start)))) {
    respectivePlaces(text, end, out);
    return;
  }
  // "các đơn vị xếp thứ 19/21, 20/21 và 21/21": more places out of the same total.
  if (lead >= 0 && of !== undefined) {
    respectivePlaces(text, end, out, of);
    return;
  }
  // "quận Hai Bà Trưng và quận Đống Đa đứng thứ 2 và 3": the next place, of the next one named.
  if (of === undefined && !continuation) {
    const next = NEXT_PLACE_AFTER.exec(text.slice(end, end + 16));
    if (next && Number(next[1]) === rank + 1) out.push({ start: end + next[0].length - next[1].length, end: end + next[0].length, rank: rank + 1 });
  }
}
/**
 * "Tiếp theo là Bình Dương (thứ 5, đạt 65.050 tỷ đồng)": a place in figures opening a bracket
 * right after a capitalised name, before a comma; "ngày 5/6 (thứ 2)" is a weekday.
 */
function placeInBracketsAfterName(text: string, at: number, end: number): boolean {
  if (text.charCodeAt(at - 1) !== OPEN_PAREN || text.charCodeAt(end) !== COMMA_CODE || FROM_SIDE_AFTER.test(text.slice(end, end + 12))) return false;
  return NAME_BEFORE_BRACKET.test(text.slice(Math.max(0, at - 24), at));
}
/** A caption's place from the side ("(thứ 2, từ trái sang)", "(thứ 5, phải sang)", "(thứ 3, bên phải)"): where one stands in a picture. */
const FROM_SIDE_AFTER = /^,[ ]*(?:từ[ ])?(?:bên[ ])?(?:trái|phải)/u;
/** A capitalised word, all letters, then " (": "Bình Dương (". */
const NAME_BEFORE_BRACKET = /(?:^|[ ])\p{Lu}\p{Ll}+[ ]\($/u;
/**
 * "Trong nhóm 14 tỉnh trung du và miền núi phía Bắc, Bắc Giang đứng thứ 2": the places ranked,
 * counted at the sentence's opening before its comma, are the place's total.
 */
const SCOPE_BEFORE = /(?:^|[.!?\n][ ]*)Trong[ ](?:(?:số|nhóm|tổng[ ]số|khu[ ]vực|khối|cụm)[ ])?(\d{1,3})[ ](?!(?:năm|tháng|tuần|ngày|quý|giờ|lần|kỳ|đợt)(?![\p{L}]))\p{Ll}[^.!?\n\d]{0,80}?,[^.!?\n\d]{1,60}$/u;
const SCOPE_REACH = 160;

function scopeTotal(text: string, start: number, rank: number): number | undefined {
  const scope = SCOPE_BEFORE.exec(text.slice(Math.max(0, start - SCOPE_REACH), start));
  const total = scope ? Number(scope[1]) : undefined;
  return total !== undefined && total >= rank ? total : undefined;
}

/** A list's entry up to its colon: a bullet at the line's start and a capitalised name ("- Huyện Tân Kỳ: "). */
const LIST_ENTRY_BEFORE = /(?:^|\n)[ ]*[-+•*][ ]*\p{Lu}[^:\n]{1,60}:[ ]*$/u;
const LIST_ENTRY_REACH = 72;
/** "với" and a score in per cent or points right after a bare "hạng N": the place the score earned. */
const SCORE_AFTER = new RegExp(`^${SP}+với${SP}+(?:số${SP}+)?(?:điểm${SP}+(?:số${SP}+)?)?\\d{1,3}(?:[.,]\\d{1,4})?${SP}*(?:%|điểm(?![\\p{L}]))`, 'u');
const SCORE_AFTER_REACH = 32;
/** "lần lượt" right before a ranking verb: the places that follow are those of the ones named before, in order. */
const RESPECTIVELY_BEFORE = /(?:^|[^\p{L}])lần[ \u00a0]lượt[ \u00a0]$/iu;
/** The same before a place's keyword without a verb: "lần lượt ở vị trí 60 và 59", "lần lượt là hạng 2, 3". */
const RESPECTIVELY_AT = /(?:^|[^\p{L}])lần[ \u00a0]lượt[ \u00a0](?:ở|là)[ \u00a0]$/iu;
/** The next of the places listed after "lần lượt xếp thứ 48": ", 55", " và 58", ", 55/63". */
const LISTED_PLACE_AFTER = /^(?:,[ ]|,?[ ]và[ ])(\d{1,3})(?:[ ]?\/[ ]?(\d{1,3}))?(?![\d\p{L}%]|[.,]\d|[ ]?%)/u;
const MAX_LISTED_PLACES = 12;
const DIGIT = /\d/;

/**
 * "Lai Châu, Điện Biên, Bắc Kạn lần lượt xếp thứ 48, 55 và 58": every place of the list after
 * the first; with `total`, only places out of that same total ("xếp thứ 19/21, 20/21 và 21/21").
 */
function respectivePlaces(text: string, from: number, out: Candidate[], total?: number): void {
  let end = from;
  for (let n = 0; n < MAX_LISTED_PLACES; n++) {
    // "xếp thứ 48/63 (năm 2019), 51/63 (năm 2020)": each place with the year it was held.
    if (total !== undefined) end += YEAR_HELD_AFTER.exec(text.slice(end, end + 14))?.[0].length ?? 0;
    const next = LISTED_PLACE_AFTER.exec(text.slice(end, end + 16));
    if (!next) return;
    const rank = Number(next[1]);
    const of = next[2] !== undefined ? Number(next[2]) : undefined;
    if (total !== undefined && (of !== total || commaThenNoun(text, next[0], end + next[0].length))) return;
    const start = end + next[0].search(DIGIT);
    end += next[0].length;
    if (!positive(rank, of)) return;
    out.push({ start, end, rank, of });
  }
}

/** The year a place was held, in brackets after it: " (năm 2019)", "(2020)". */
const YEAR_HELD_AFTER = /^[ ]?\((?:năm[ ])?(?:19|20)\d\d\)/;
const LOWER_WORD_AFTER = /^[ ](?!và[ ])\p{Ll}/u;

/** "xếp thứ 12/63, 35/63 tỉnh đã …": after a comma, a share with a noun after it counts what it names. */
function commaThenNoun(text: string, link: string, end: number): boolean {
  return link.startsWith(',') && !link.includes('và') && LOWER_WORD_AFTER.test(text.slice(end, end + 8));
}

/** After a place, the next place in figures after "và" or a comma, ending the clause or before its field or "lần lượt" ("thứ 2 và 3.", "xếp thứ 2 và 3 lần lượt là …", not "thứ 2, 3 năm liền"). */
const NEXT_PLACE_AFTER = /^(?:[ ]và[ ]|,[ ])(\d{1,2})(?=[ ]?[.;:)\n]|,[ ]|$|[ ](?:cả|toàn|trong|về|với|lần[ ]lượt)(?![\p{L}]))/u;

/** A score and a dash, comma or bracket right before a bare "hạng N" or "thứ N/M" that ends its clause ("812,25 điểm – hạng 2", "88,02%, thứ 5/9;", "91,25% (hạng 1)", an index's "0,7688 - hạng 1"). */
const SCORE_THEN_DASH = /(?:\d[.,]\d{1,4}|điểm|%)[ ]{0,2}[–—,(-][ ]{0,2}$/;
const CLAUSE_ENDS_AFTER = /^[ ]{0,2}(?:[.,;()\n]|$)/;

function placeAfterScore(text: string, at: number, end: number): boolean {
  return SCORE_THEN_DASH.test(text.slice(Math.max(0, at - 12), at)) && CLAUSE_ENDS_AFTER.test(text.slice(end, end + 4));
}

/**
 * "thứ hạng của tỉnh lần lượt là 35/63, 29/63, 26/63 và 17/63": places out of a total listed
 * after "lần lượt là" in the clause a ranking's word opens, read at "hạng".
 */
const RESPECTIVE_SHARES_AT = new RegExp(
  `hạng(?![\\p{L}])[^.;!?\\n:]{0,40}?${SP}lần${SP}+lượt${SP}+(?:là|ở|đạt)${SP}+${PLACE_OF}`,
  'iuyd',
);

/** The words before "hạng" that make it a ranking ("thứ hạng", "xếp hạng"), not "hạng mục". */
const RANKING_BEFORE_HANG: ReadonlySet<string> = new Set(['thứ', 'xếp']);

function respectiveShares(text: string, at: number, cursor: Cursor, out: Candidate[]): void {
  if (!RANKING_BEFORE_HANG.has(lastWords(text, at, 1)[0])) return;
  RESPECTIVE_SHARES_AT.lastIndex = at;
  const m = RESPECTIVE_SHARES_AT.exec(text);
  if (!m) return;
  const start = m.indices![1]![0];
  const end = at + m[0].length;
  const rank = parseFigure(m[1]);
  const of = parseFigure(m[2]);
  if (!positive(rank, of)) return;
  out.push({ start, end, rank, of });
  respectivePlaces(text, end, out, of);
  cursor.place = end;
}

/** "xếp 9/63", at the verb. */
function share(text: string, at: number, cursor: Cursor, out: Candidate[]): void {
  SHARE_AT.lastIndex = at;
  const m = SHARE_AT.exec(text);
  if (!m) return;
  cursor.share = at + m[0].length;
  if (m.groups!.open !== undefined && text.charCodeAt(cursor.share) === CLOSE_BRACKET) cursor.share++;
  const rank = parseFigure(m.groups!.rank);
  const of = parseFigure(m.groups!.of);
  if (positive(rank, of)) out.push({ start: at, end: cursor.share, rank, of });
}

/** Second syllables of words that open with "đầu" ("đầu tư", "đầu mối", "đầu ra"). */
const COMPOUND_AFTER_DAU = /^[ \u00a0]+(?:tư|mối|ra|vào|óc|nậu|cơ|não|gối)(?![\p{L}])/u;

/**
 * Whether the verb at `start` says who leads ("Đoàn … do đồng chí X dẫn đầu"). Between "do" and
 * the verb there may be an appositive post after a comma ("do ông Nguyễn Văn An, Phó Chủ tịch
 * UBND tỉnh dẫn đầu"), a parenthesis ("do Tổ chức Hiệp ước Bắc Đại Tây Dương (NATO) đứng đầu") or
 * a clause between dashes; any other comma ends the words that can name a leader ("Do làm tốt
 * công tác CCHC, Quảng Ninh dẫn đầu" is a place).
 */
function ledBy(text: string, start: number, before: string): boolean {
  const led = LED_BY.exec(before);
  // "chỉ số do huyện tự đánh giá thì xã Tân Thạch đứng đầu", "kết quả do tỉnh xác định cho thấy TP đứng đầu":
  // "thì", "là" or a reporting verb opens the next clause, "do" is the earlier one's.
  if (led) return !CLAUSE_LINK.test(led[0]);
  const from = Math.max(0, start - 160);
  const wide = text.slice(from, start);
  if (!DO_WORD.test(wide)) return false;
  let opened = false;
  const plain = wide
    .replace(COMMAS, (comma, at: number) => (postFollows(text, from + at + 1) ? ((opened = true), ' ') : comma))
    .replace(ASIDES, (aside) => (aside === '.' ? '' : ' '));
  // "do ông X, Trưởng nhóm thanh tra, dẫn đầu": the comma that closes the appositive goes with it.
  return plain !== wide && LED_BY_ASIDE.test(opened ? plain.replace(CLOSING_COMMA, ' ') : plain);
}
const CLOSING_COMMA = /,[ \u00a0]*$/;
const CLAUSE_LINK = /[ \u00a0](?:thì|là|cho thấy|cho biết)[ \u00a0]/iu;

/** "là" after a "first" verb: what follows is the one in first place, or the head of a body. */
const IS_AFTER = /^[ \u00a0]+là[ \u00a0]+/iu;

/** "Chính phủ lâm thời, đứng đầu là Chủ tịch Hồ Chí Minh": a person with a post or an honorific heads a body, no place held. */
function headNamedAfter(text: string, wordEnd: number): boolean {
  const is = IS_AFTER.exec(text.slice(wordEnd, wordEnd + 8));
  if (!is) return false;
  const next = wordEnd + is[0].length;
  return postFollows(text, next) || honorificAt(text, next);
}

/** Whether a post ("Phó Chủ tịch", "Giám đốc", "Đại tá") opens the word after `at`. */
function postFollows(text: string, at: number): boolean {
  const next = nextToken(text, at);
  if (next < 0 || next - at > 3) return false;
  const key = keyAt(text, next, tokenEnd(text, next));
  return titleAt(text, next, key) >= 0 || rankAt(text, next, key);
}

/** Words before a place that make it several: "những vị trí đầu", "các vị trí dẫn đầu". */
const SEVERAL: ReadonlySet<string> = new Set(['những', 'các', 'mấy', 'vài']);

/** Whether a number, in figures or words, or SEVERAL stands right before the place at `start` ("ba vị trí đầu", "3 vị trí đầu"). */
function manyBefore(text: string, start: number): boolean {
  const [word] = lastWords(text, start, 1);
  if (word === undefined) return /\d[ \u00a0]+$/.test(text.slice(Math.max(0, start - 4), start));
  return SEVERAL.has(word) || (ORDINAL_WORDS.has(word) && word !== 'nhất' && word !== 'tư');
}

/** "đứng đầu cả nước", "vị trí dẫn đầu", "á quân", at the last word ("đầu", "quân"), a whole word. */
function first(text: string, at: number, wordEnd: number, cursor: Cursor, out: Candidate[]): void {
  const previous = lastWords(text, at, 1);
  if (previous.length === 0 || !FIRST_PREVIOUS.has(previous[0])) return;
  const starts: number[] = [];
  const words = lastWords(text, at, FIRST_WORDS, starts);
  const last = lowerSlice(text, at, wordEnd);
  // "vị trí đầu tư", "đầu mối": "đầu" opens a word of its own there.
  if (last === 'đầu' && COMPOUND_AFTER_DAU.test(text.slice(wordEnd, wordEnd + 8))) return;
  for (let n = words.length; n >= 1; n--) {
    const start = starts[words.length - n];
    const found = FIRSTS.get(`${words.slice(words.length - n).join(' ')} ${last}`);
    if (!found || start < cursor.first) continue;
    cursor.first = wordEnd;
    FIRST_OF.lastIndex = wordEnd;
    const field = FIRST_OF.exec(text);
    const of = field ? parseFigure(field.groups!.of ?? field.groups!.places) : undefined;
    const ranked = field !== null && positive(found.rank, of);
    // "không trở thành quán quân", "chưa từng đứng đầu cả nước": a place not held.
    if (NEGATED_BEFORE.test(text.slice(Math.max(0, start - 40), start))) return;
    // "chiếm ba vị trí đầu bảng", "những vị trí dẫn đầu": several places, no one first.
    if (!found.verb && manyBefore(text, start)) return;
    if (found.verb) {
      const before = text.slice(Math.max(0, start - 60), start);
      if (NOT_FIRST_BEFORE.test(before.slice(-40)) || NAMED_GROUP_BEFORE.test(before) || GROUP_BEFORE.test(before) || ledBy(text, start, before)) return;
      if (headNamedAfter(text, wordEnd)) return;
      // The field ranked ("trong số 19 bộ") shows a ranking as well as "cả nước" does.
      const after = text.slice(wordEnd, wordEnd + 24);
      const closes = CLAUSE_ENDS.test(after);
      if (!ranked && !closes && (!FIRST_CONTEXT.test(after) || LEADS_ACTIVITY.test(after))) return;
    }
    if (ranked) out.push({ start, end: FIRST_OF.lastIndex, rank: found.rank, of });
    else {
      const scope = scopeTotal(text, start, found.rank);
      out.push({ start, end: wordEnd, rank: found.rank, of: scope, scoped: scope !== undefined });
    }
    return;
  }
}

/**
 * "thứ hạng … từ 51/63 xuống 56/63", "từ vị trí 91/189 lên 82/190": both places, at the
 * keyword (or at the "từ" right before it).
 */
function move(text: string, at: number, cursor: Cursor, out: Candidate[]): void {
  MOVE_AT.lastIndex = at;
  let m = MOVE_AT.exec(text);
  let start = at;
  if (!m) {
    const starts: number[] = [];
    const previous = lastWords(text, at, 1, starts);
    if (previous[0] !== 'từ' || starts[0] < cursor.move) return;
    start = starts[0];
    MOVE_FROM_AT.lastIndex = start;
    m = MOVE_FROM_AT.exec(text);
    if (!m) {
      MOVE_FROM_PLACE_AT.lastIndex = start;
      m = MOVE_FROM_PLACE_AT.exec(text);
    }
    if (!m) return;
  }
  cursor.move = start + m[0].length;
  if (wordFollows(text, cursor.move, STARS)) return;
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

/** The trigger word spelt by the letters [start, end), lower-cased, if any. */
function triggerWord(text: string, start: number, end: number): string | undefined {
  for (const word of TRIGGER_WORDS) if (spells(text, start, end, word)) return word;
  return undefined;
}

/** Runs each parser at the trigger words it opens at, in text order. */
function candidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  const cursor: Cursor = { place: 0, share: 0, first: 0, move: 0 };
  const trigger = text.indexOf('Ứ') < 0 && text.indexOf('Ạ') < 0 ? TRIGGER : TRIGGER_ANY_CASE;
  trigger.lastIndex = 0;
  while (trigger.test(text)) {
    const end = trigger.lastIndex;
    let at = end - 1;
    while (at > 0 && isLetterCode(text.charCodeAt(at - 1))) at--;
    const word = triggerWord(text, at, end);
    switch (word) {
      case undefined:
        break;
      case 'thứ':
      case 'hạng':
      case 'vị':
        if (word === 'hạng' && at >= cursor.place) respectiveShares(text, at, cursor, out);
        if (at >= cursor.place) place(text, at, cursor, out);
        // A move opens at "thứ hạng", "vị trí", "vị thứ" or "hạng", and at "thứ" after "từ" ("từ thứ 39 xuống 62/63").
        if (at >= cursor.move && (word !== 'thứ' || wordFollows(text, end, 'hạng') || lastWords(text, at, 1)[0] === 'từ')) move(text, at, cursor, out);
        break;
      case 'xếp':
        if (at >= cursor.share) share(text, at, cursor, out);
        if (at >= cursor.move) move(text, at, cursor, out);
        break;
      case 'đứng':
        if (at >= cursor.share) share(text, at, cursor, out);
        break;
      default: // đầu, quân
        if (at >= cursor.first) first(text, at, end, cursor, out);
    }
  }
  return out;
}

/** "tăng từ 52/63 (năm 2015) lên 37/63 (năm 2019)": both places out of one total, the clause ending after them. */
const INDEX_MOVE = new RegExp(
  `từ${SP}+${PLACE_OF}${MOVE_YEAR}${SP}+(?:lên|xuống)${SP}+${PLACE_OF}(?=${MOVE_YEAR}${SP}*(?:[.,;:)\\n]|$))`,
  'iuyd',
);
/** What such a move opens with, right before its first figure. */
const FROM_SHARE = 'từ ';
const SLASH = 0x2f;
/** The index named earlier in the sentence: "Chỉ số PAR INDEX của tỉnh tăng từ …". */
const INDEX_BEFORE = /(?:PAR ?INDEX|PAPI|PCI|SIPAS|DDCI|DTI|[Cc]hỉ số)[^.;!?\n]{0,80}$/;

function indexMoves(text: string, runs: FigureRuns, out: Candidate[]): void {
  // The body's runs of digits, kept by the extractors before: a share's first figure after "từ".
  for (const runEnd of runs.ends) {
    if (text.charCodeAt(skipSpaces(text, runEnd)) !== SLASH) continue;
    const at = runStart(text, runEnd) - FROM_SHARE.length;
    if (at < 0 || !text.startsWith(FROM_SHARE, at) || (at > 0 && isLetterCode(text.charCodeAt(at - 1)))) continue;
    INDEX_MOVE.lastIndex = at;
    const m = INDEX_MOVE.exec(text);
    if (!m) continue;
    const [from, total, to, again] = [m[1], m[2], m[3], m[4]].map(parseFigure);
    if (total !== again || !INDEX_BEFORE.test(text.slice(Math.max(0, m.index - 120), m.index))) continue;
    if (!positive(from, total) || !positive(to, total)) continue;
    const [fromStart] = m.indices![1]!;
    const [toStart] = m.indices![3]!;
    out.push({ start: fromStart, end: m.indices![2]![1], rank: from, of: total }, { start: toStart, end: m.indices![4]![1], rank: to, of: total });
  }
}

export function extractRankings(text: string, context: ExtractContext): RankingItem[] {
  const found: Candidate[] = [...candidates(text), ...placesInRows(text)];
  indexMoves(text, figureRuns(text, context), found);
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const items: RankingItem[] = [];
  let lastEnd = -1;
  // "Trong 20 xã, thị trấn, Chư Prông xếp thứ nhất, Ia Drang thứ 2": the list goes on out of the total its first place took.
  let scopeOf: number | undefined;
  for (const c of found) {
    if (c.start < lastEnd) continue;
    if (c.continuation) {
      const gap = text.slice(Math.max(0, lastEnd), c.start);
      if (lastEnd < 0 || c.start - lastEnd > CONTINUATION_REACH || sentenceEndsIn(gap)) continue;
    }
    scopeOf = c.scoped ? c.of : c.continuation ? scopeOf : undefined;
    const item: RankingItem = { text: text.slice(c.start, c.end), span: [c.start, c.end], rank: c.rank };
    const of = c.of ?? (scopeOf !== undefined && c.rank <= scopeOf ? scopeOf : undefined);
    if (of !== undefined) item.of = of;
    const subject = rankingSubject(text, c.start);
    if (subject) item.subject = subject;
    items.push(item);
    lastEnd = c.end;
  }
  return withSharedTotals(text, items);
}

/** Between the places of one list: a comma or "và", and the next place's name, no verb of its own ("thứ 27, Đắk Nông thứ 49 và Bình Thuận thứ 18"). */
const LIST_GAP = /^(?:[,;]|[ \u00a0]và)[ \u00a0]+(?:(?:tỉnh|thành phố|huyện|thị xã|quận|xã|phường)[ \u00a0]+)?(?:\p{Lu}[\p{L}.]*[ \u00a0]+){0,4}$/u;

/** A place with a verb of its own ("…, thị xã Hoàng Mai xếp thứ 3/21") opens another clause, whose total is its own. */
const OWN_VERB = /^(?:xếp|đứng)(?![\p{L}])/iu;

/** Whether `next` goes on the list `item` is in, elliptically: only a comma or "và" and a place's name between, no verb of its own. */
function elliptical(text: string, item: RankingItem, next: RankingItem): boolean {
  return !OWN_VERB.test(next.text) && LIST_GAP.test(text.slice(item.span[1], next.span[0]));
}

/** A total written in words after the place ("xếp thứ 9 trong 10 huyện", "đứng thứ 2 trong số 17 bộ"), not after a slash. */
const TOTAL_IN_WORDS = /[ \u00a0](?:trong|trên)[ \u00a0]/u;

/**
 * Whether the total of `next` is also that of `item` before it: the list goes on elliptically, or
 * the next place has a verb of its own and its total in words, which the places before share
 * ("huyện Đăk Hà xếp thứ 3, huyện Sa Thầy xếp thứ 9 trong 10 huyện").
 */
function sharesTotal(text: string, item: RankingItem, next: RankingItem): boolean {
  if (!LIST_GAP.test(text.slice(item.span[1], next.span[0]))) return false;
  return !OWN_VERB.test(next.text) || TOTAL_IN_WORDS.test(next.text);
}

/**
 * "Lâm Đồng xếp thứ 27, Đắk Nông thứ 49 và Bình Thuận thứ 18 trên 63 tỉnh, thành phố": the total
 * written after the last place of a list is every place's; the places before take it.
 */
function withSharedTotals(text: string, items: RankingItem[]): RankingItem[] {
  for (let i = items.length - 1; i > 0; i--) {
    const of = items[i].of;
    // "Hà Giang đứng thứ 63, Cao Bằng thứ 62/63 và Điện Biên thứ 61": a total inside the list is that place's alone.
    if (of === undefined || (i + 1 < items.length && elliptical(text, items[i], items[i + 1]))) continue;
    for (let j = i - 1; j >= 0 && items[j].of === undefined && items[j].rank <= of && sharesTotal(text, items[j], items[j + 1]); j--) items[j].of = of;
  }
  return items;
}
