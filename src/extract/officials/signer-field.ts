// The signer as a legal database's page gives it, among the document's fields:
//   Người ký: Dương Văn Tiến
//   Chức danh: Phó Thủ tướng
// The signer is an official; the post is the value of the "Chức danh" or "Chức vụ" field
// beside it (on the same line after a bar, or on a line next to it).
import type { Signer } from './signer.js';
import { signsName } from './signer.js';

const LABEL = 'Người ký';
const NAME_WORD = "\\p{Lu}\\p{Ll}{0,8}(?:['’]\\p{Lu}\\p{Ll}{0,8})?";
/** The field and a name that ends its value: the line's end, a bar to the next field, or a dash before a post. */
const SIGNER_FIELD = new RegExp(`${LABEL}[ \\t]*:[ \\t]*(?<name>${NAME_WORD}(?: ${NAME_WORD}){1,4})[ \\t]*(?=$|\\||[-–][ \\t])`, 'dgmu');
/** The post's field: "Chức danh: Phó Thủ tướng", "Chức vụ: Phó Chủ tịch UBND tỉnh". */
const POST_FIELD = /(?:^|\|)[ \t]*Chức (?:danh|vụ)[ \t]*:[ \t]*(?<post>[^\n|]*[^\s|])/dgmu;
/** How far from the signer's field the post's may stand: the fields of one document, a few lines. */
const POST_REACH = 160;

/** The first post's field in [from, to): only that window is searched, however many signers the text holds. */
function postNear(text: string, from: number, to: number): { start: number; end: number } | null {
  const offset = Math.max(0, from);
  const window = text.slice(offset, to);
  POST_FIELD.lastIndex = 0;
  for (let m = POST_FIELD.exec(window); m; m = POST_FIELD.exec(window)) {
    const [start, end] = m.indices!.groups!.post;
    if (end - start <= 80) return { start: offset + start, end: offset + end };
  }
  return null;
}

export function findFieldSigners(text: string): Signer[] {
  if (!text.includes(LABEL)) return [];
  const out: Signer[] = [];
  SIGNER_FIELD.lastIndex = 0;
  for (let m = SIGNER_FIELD.exec(text); m; m = SIGNER_FIELD.exec(text)) {
    const [start, end] = m.indices!.groups!.name;
    if (!signsName(text.slice(start, end))) continue;
    const post = postNear(text, m.index - POST_REACH, end + POST_REACH);
    out.push({ name: { start, end }, roles: post ? [post] : [] });
  }
  return out;
}
