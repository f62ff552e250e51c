// HTML parsers keep a stack of open elements and scan it on every tag, so pages nested
// tens of thousands deep (or with thousands of unclosed <p><li>) cost quadratic time. No
// real page nests beyond a few hundred: past MAX_DEPTH the opening tags are dropped, with
// their closing tags, before parsing. Pages within the limit are returned unchanged.

export const MAX_DEPTH = 1000;
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'keygen', 'command']);
const RAW_TEXT = ['script', 'style', 'textarea', 'title', 'xmp', 'noscript', 'template', 'iframe', 'noembed', 'noframes'];
const RAW_TEXT_END = new Map(RAW_TEXT.map((name) => [name, new RegExp(`</${name}`, 'gi')]));
/** How far down the stack a closing tag looks for its opener; farther ones are ignored. */
const CLOSE_REACH = 32;
const SLASH = 0x2f;

interface Tag {
  start: number;
  end: number;
  name: string;
  closing: boolean;
}

function isNameChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x3a;
}

/** Calls `visit` on every tag outside raw-text elements, in order, until it returns false. */
function eachTag(html: string, visit: (tag: Tag) => boolean): void {
  for (let i = html.indexOf('<'); i >= 0; ) {
    let j = i + 1;
    const closing = html.charCodeAt(j) === SLASH;
    if (closing) j++;
    let k = j;
    while (k < html.length && isNameChar(html.charCodeAt(k))) k++;
    const gt = k > j ? html.indexOf('>', k) : -1;
    if (gt < 0) {
      if (k > j) return;
      i = html.indexOf('<', i + 1);
      continue;
    }
    const name = html.slice(j, k).toLowerCase();
    if (!VOID.has(name) && html.charCodeAt(gt - 1) !== SLASH && !visit({ start: i, end: gt + 1, name, closing })) return;
    let next = gt + 1;
    const rawEnd = closing ? undefined : RAW_TEXT_END.get(name);
    if (rawEnd) {
      rawEnd.lastIndex = next;
      const end = rawEnd.exec(html);
      if (!end) return;
      next = end.index;
    }
    i = html.indexOf('<', next);
  }
}

/** Follows the depth of open elements; `onOpen` keeps or drops each opening tag given its depth. */
function depthTracker(onOpen: (depth: number, tag: Tag) => boolean, onClose: (dropped: boolean, tag: Tag) => void): (tag: Tag) => boolean {
  const stack: { name: string; dropped: boolean }[] = [];
  return (tag) => {
    if (!tag.closing) {
      const keep = onOpen(stack.length, tag);
      stack.push({ name: tag.name, dropped: !keep });
      return true;
    }
    for (let i = stack.length - 1; i >= 0 && i >= stack.length - CLOSE_REACH; i--) {
      if (stack[i].name !== tag.name) continue;
      onClose(stack[i].dropped, tag);
      stack.length = i;
      break;
    }
    return true;
  };
}

function tooDeep(html: string): boolean {
  let deep = false;
  let stop = false;
  const track = depthTracker(
    (depth) => {
      if (depth >= MAX_DEPTH) deep = stop = true;
      return true;
    },
    () => undefined,
  );
  eachTag(html, (tag) => track(tag) && !stop);
  return deep;
}

/** The page with elements nested deeper than MAX_DEPTH unwrapped (their text kept). */
export function limitNesting(html: string): string {
  if (html.length < MAX_DEPTH * 3 || !tooDeep(html)) return html;
  const pieces: string[] = [];
  let last = 0;
  const drop = (tag: Tag): void => {
    pieces.push(html.slice(last, tag.start));
    last = tag.end;
  };
  const track = depthTracker(
    (depth, tag) => {
      if (depth < MAX_DEPTH) return true;
      drop(tag);
      return false;
    },
    (dropped, tag) => {
      if (dropped) drop(tag);
    },
  );
  eachTag(html, track);
  pieces.push(html.slice(last));
  return pieces.join('');
}
