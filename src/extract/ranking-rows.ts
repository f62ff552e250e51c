// Places written as the cells of a flattened table or a list, where no ranking verb stands:
// a row labelled at its line's start ("Xếp hạng PAR INDEX 38/63 41/63 29/63", "Thứ hạng | 12/63
// | 9/63"), every cell a place out of its total; and a list's line opening with its place
// ("- Hạng 1: Sở Tư pháp – 78,62 điểm"), the one placed named after the colon; and the rows under
// a header naming a column of places ("Năm PAR INDEX Xếp hạng SIPAS" over "2016 76,51% 27/63 80,12%").
// A place alone in such a column ("Sở Tư pháp | 91,24 | 1") is not read: five annotated sets of six leave it out.

export interface RowPlace {
  start: number;
  end: number;
  rank: number;
  of?: number;
}

/** A place from 1, its total (if any) not below it; three figures each keep both below a year. */
const valid = (rank: number, of: number | undefined): boolean => rank >= 1 && (of === undefined || of >= rank);

/** The words that name a ranking's row or column. */
const RANKED = '(?:[Xx]ếp hạng|[Tt]hứ hạng)';
const RANKED_OR_BARE = `(?:${RANKED}|[Hh]ạng)`;

/** A row's label at the line's start, a few words of what is ranked, then cells of "N/M" to the line's end. */
const PLACES_ROW = new RegExp(String.raw`^[ \t]*(?:[-–•+*][ \t]*)?${RANKED}(?![\p{L}])[^\d\n|:]{0,40}?:?(?<cells>(?:[ \t|]+\d{1,3}[ ]?\/[ ]?\d{1,3})+)[ \t|]*$`, 'dgmu');
const CELL = /(\d{1,3})[ ]?\/[ ]?(\d{1,3})/g;
/**
 * "- Hạng 1: Sở Tư pháp", "Hạng 2 – Sở Xây dựng": a list's line opening with a place and the
 * name in capitals after it ("- Hạng I: 3 bệnh viện" is a class of hospitals, counted).
 */
const PLACE_HEADS_LINE = /^[ \t]*(?:[-–•+*][ \t]*)?(?<kw>[Hh]ạng)[ ]+(?<rank>\d{1,3})(?:[ ]?\/[ ]?(?<of>\d{1,3}))?[ ]?[:–-][ ]*\p{Lu}/dgmu;
/** A table's header: a short line without figures, one of its columns named for the places. */
const RANKED_COLUMN_HEADER = new RegExp(String.raw`^(?=[^\n]{5,100}$)[^\n\d.]*?(?<![\p{L}])${RANKED_OR_BARE}(?![\p{L}])[^\n\d.]*$`, 'gmu');
const RANKED_COLUMN = new RegExp(String.raw`(?<![\p{L}])${RANKED_OR_BARE}(?![\p{L}])`, 'gu');
/** A cell "N/M" standing alone between spaces, tabs or bars: no unit after it, no date around it. */
const CELL_ALONE = /(?<=^|[ \t|])(\d{1,3})\/(\d{1,3})(?=[ \t|]*$|[ \t|]+[\d|])/gu;
const MAX_ROWS = 40;

/** The places in the rows under a header with a column of places, up to a line without them. */
function placesUnderHeaders(text: string, out: RowPlace[]): void {
  RANKED_COLUMN_HEADER.lastIndex = 0;
  for (let h = RANKED_COLUMN_HEADER.exec(text); h; h = RANKED_COLUMN_HEADER.exec(text)) {
    const columns = [...h[0].matchAll(RANKED_COLUMN)].length;
    let line = h.index + h[0].length + 1;
    for (let rows = 0; rows < MAX_ROWS && line < text.length; rows++) {
      const next = text.indexOf('\n', line);
      const lineEnd = next < 0 ? text.length : next;
      const row = text.slice(line, lineEnd);
      const cells = [...row.matchAll(CELL_ALONE)];
      if (cells.length === 0 || cells.length > columns) break;
      for (const c of cells) {
        const [rank, of] = [Number(c[1]), Number(c[2])];
        if (valid(rank, of)) out.push({ start: line + c.index!, end: line + c.index! + c[0].length, rank, of });
      }
      line = lineEnd + 1;
    }
  }
}

/** The places of the text's table rows and list heads, in text order. */
export function placesInRows(text: string): RowPlace[] {
  if (text.indexOf('hạng') < 0 && text.indexOf('Hạng') < 0) return [];
  const out: RowPlace[] = [];
  PLACES_ROW.lastIndex = 0;
  for (let m = PLACES_ROW.exec(text); m; m = PLACES_ROW.exec(text)) {
    const [from] = m.indices!.groups!.cells;
    CELL.lastIndex = 0;
    const cells = m.groups!.cells;
    for (let c = CELL.exec(cells); c; c = CELL.exec(cells)) {
      const [rank, of] = [Number(c[1]), Number(c[2])];
      if (valid(rank, of)) out.push({ start: from + c.index, end: from + c.index + c[0].length, rank, of });
    }
  }
  PLACE_HEADS_LINE.lastIndex = 0;
  for (let m = PLACE_HEADS_LINE.exec(text); m; m = PLACE_HEADS_LINE.exec(text)) {
    const g = m.groups!;
    const rank = Number(g.rank);
    const of = g.of !== undefined ? Number(g.of) : undefined;
    if (!valid(rank, of)) continue;
    const at = m.indices!.groups!;
    out.push({ start: at.kw[0], end: (at.of ?? at.rank)[1], rank, of });
  }
  placesUnderHeaders(text, out);
  // A labelled row under a header is read twice: once is enough.
  return out.sort((a, b) => a.start - b.start).filter((p, i, all) => i === 0 || p.start !== all[i - 1].start);
}
