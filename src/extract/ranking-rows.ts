// Places written as the cells of a flattened table or a list, where no ranking verb stands:
// a row labelled at its line's start ("Xếp hạng PAR INDEX 38/63 41/63 29/63", "Thứ hạng | 12/63
// | 9/63"), every cell a place out of its total; and a list's line opening with its place
// ("- Hạng 1: Sở Tư pháp – 78,62 điểm"), the one placed named after the colon; and the rows under
// a header naming a column of places ("Năm PAR INDEX Xếp hạng SIPAS" over "2016 76,51% 27/63 80,12%");
// and a figure alone in a bar table's column of places ("Xếp hạng | Cơ quan | Điểm" over "1 | Sở Tư pháp | 94,62").

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
/** A table's header: a short line without figures but years ("So với năm 2022"), one of its columns named for the places. */
const HEADER_TEXT = String.raw`(?:[^\n\d.]|(?<!\d)(?:19|20)\d\d(?!\d))*`;
const RANKED_COLUMN_HEADER = new RegExp(String.raw`^(?=[^\n]{5,100}$)${HEADER_TEXT}?(?<![\p{L}])${RANKED_OR_BARE}(?![\p{L}])${HEADER_TEXT}$`, 'gmu');
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

/** A table's column of places, named in its header cell: "Xếp hạng", "Thứ hạng", "Hạng 2023", "Xếp hạng cả nước". */
const RANK_HEADER_CELL = /^(?:[Xx]ếp hạng|[Tt]hứ hạng|[Hh]ạng|XẾP HẠNG|THỨ HẠNG|HẠNG)(?:[ ][^|\n]{0,24})?$/u;
const BARE_PLACE = /^\d{1,3}$/;
/** A group's label between a table's rows: "A. Khối sở, ban, ngành", "II. Khối huyện". */
const GROUP_LABEL = /^[ ]*(?:[A-Z]|[IVX]{1,4})[.)][ ]\p{Lu}[^|\n]{0,60}$/u;
/** A row's cells left out ("... | ... | ..."): the table goes on below. */
const ELIDED = /^(?:\.{3}|…)$/;

/** The cells of a table's row written with bars, each with where it starts; null where the line has no bar (tabs are spaces by now). */
function barCells(line: string, from: number): { text: string; start: number }[] | null {
  if (line.indexOf('|') < 0) return null;
  const cells: { text: string; start: number }[] = [];
  let at = 0;
  for (const raw of line.split('|')) {
    const lead = raw.length - raw.trimStart().length;
    cells.push({ text: raw.trim(), start: from + at + lead });
    at += raw.length + 1;
  }
  // "| a | b |": the empty cells outside the outer bars are none.
  while (cells.length && cells[0].text === '') cells.shift();
  while (cells.length && cells[cells.length - 1].text === '') cells.pop();
  return cells;
}

/**
 * The places in a column of a table written with bars, under a header cell naming it
 * ("Xếp hạng | Cơ quan | Điểm" over "1 | Sở Kế hoạch và Đầu tư | 94,62"): each row's figure alone
 * in that column, as every annotated table of the kind has it (eight tables, 51 places). Rows go
 * on while they have the header's number of cells.
 */
function placesInBarColumns(text: string, out: RowPlace[]): void {
  for (let line = 0; line < text.length; ) {
    // Straight to the next line with a bar: most texts have none.
    const bar = text.indexOf('|', line);
    if (bar < 0) return;
    line = text.lastIndexOf('\n', bar) + 1;
    const next = text.indexOf('\n', line);
    const lineEnd = next < 0 ? text.length : next;
    const header = barCells(text.slice(line, lineEnd), line);
    line = lineEnd + 1;
    const columns = header ? header.flatMap((c, i) => (RANK_HEADER_CELL.test(c.text) ? [i] : [])) : [];
    if (!header || !columns.length) continue;
    let labelBefore = false;
    rows: for (let rows = 0; rows < MAX_ROWS && line < text.length; rows++) {
      const rowNext = text.indexOf('\n', line);
      const rowEnd = rowNext < 0 ? text.length : rowNext;
      const row = text.slice(line, rowEnd);
      const cells = barCells(row, line);
      // "...": rows left out; "A. Khối sở, ban, ngành": a group's label over its rows. The table goes on.
      if (!cells && (ELIDED.test(row.trim()) || (GROUP_LABEL.test(row) && !labelBefore))) {
        labelBefore = true;
        line = rowEnd + 1;
        continue;
      }
      labelBefore = false;
      if (!cells || cells.length !== header.length) break;
      for (const column of columns) {
        const cell = cells[column];
        if (BARE_PLACE.test(cell.text)) {
          const rank = Number(cell.text);
          if (valid(rank, undefined)) out.push({ start: cell.start, end: cell.start + cell.text.length, rank });
        } else if (!ELIDED.test(cell.text) && !CELL_ALONE_WHOLE.test(cell.text)) break rows;
      }
      line = rowEnd + 1;
    }
  }
}
/** A cell "N/M" whole: the rows under headers read it already. */
const CELL_ALONE_WHOLE = /^\d{1,3}[ ]?\/[ ]?\d{1,3}$/;

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
  placesInBarColumns(text, out);
  // A labelled row under a header is read twice: once is enough.
  return out.sort((a, b) => a.start - b.start).filter((p, i, all) => i === 0 || p.start !== all[i - 1].start);
}
