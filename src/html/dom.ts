// Parsing a page and reading its elements. htmlparser2 (through cheerio/slim) is several
// times faster than parse5 on these pages and its trees serve the body rules as well.
// Every walk here is iterative: a page may nest tens of thousands of elements.
import { load, type CheerioAPI } from 'cheerio/slim';
import type { AnyNode, Element } from 'domhandler';
import { escapeRegExp } from '../extract/regex.js';
import { limitNesting } from './nesting.js';

export type { AnyNode, CheerioAPI, Element };

export function parseHtml(html: string): CheerioAPI {
  return load(limitNesting(html));
}

export function isTag(node: AnyNode | null | undefined): node is Element {
  return node != null && (node.type === 'tag' || node.type === 'script' || node.type === 'style');
}

const names = new WeakMap<Element, string>();
const MAX_NAME_CHARS = 400;

/** The element's class and id, lower-cased, with "-" and "_" removed ("" when it has neither). */
export function nameOf(el: Element): string {
  let name = names.get(el);
  if (name === undefined) {
    const { class: cls, id } = el.attribs;
    // Real class lists are short; a megabyte of class is noise, not a hint.
    name = cls || id ? `${cls ?? ''} ${id ?? ''}`.slice(0, MAX_NAME_CHARS).toLowerCase().replace(/[-_]/g, '') : '';
    names.set(el, name);
  }
  return name;
}

/** Builds the test "does the element's class or id contain one of these fragments". */
export function hintMatcher(fragments: readonly string[]): (el: Element) => boolean {
  const pattern = new RegExp(fragments.map((f) => escapeRegExp(f.replace(/[-_]/g, ''))).join('|'));
  return (el) => {
    const name = nameOf(el);
    return name !== '' && pattern.test(name);
  };
}

/** Memoises a test over an element and its ancestors: true when any of them passes. */
export function insideMatcher(test: (el: Element) => boolean): (el: Element) => boolean {
  const memo = new WeakMap<Element, boolean>();
  return (el) => {
    const chain: Element[] = [];
    let p: AnyNode | null = el;
    while (isTag(p) && !memo.has(p)) {
      chain.push(p);
      p = p.parent;
    }
    let inside = isTag(p) ? memo.get(p)! : false;
    for (let i = chain.length - 1; i >= 0; i--) {
      inside = inside || test(chain[i]);
      memo.set(chain[i], inside);
    }
    return inside;
  };
}

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/** Hidden by the markup itself (inline style or the hidden attribute); stylesheets are not read. */
export function isHidden(el: Element): boolean {
  const a = el.attribs;
  if (a.hidden !== undefined) return true;
  return a.style !== undefined && HIDDEN_STYLE.test(a.style);
}

const SPACES = /[\s\u00a0]+/g;

/** Collapses runs of white space (no-break spaces included) to one space and trims. */
export function squash(text: string): string {
  return text.replace(SPACES, ' ').trim();
}

/** Elements that break the flow of text: each starts a new line on screen. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'html', 'li',
  'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

/** The text of a subtree, scripts and styles excluded; <br> and block boundaries become spaces. Stops soon after `limit` characters. */
export function textOf(node: AnyNode, limit = Infinity): string {
  if (node.type === 'text') return node.data;
  const parts: string[] = [];
  let length = 0;
  // Children are visited by index, so a node with 100,000 children costs nothing past the limit.
  const stack: { children: AnyNode[]; next: number }[] = [];
  if (node.type === 'tag' || node.type === 'root') stack.push({ children: (node as Element).children, next: 0 });
  while (stack.length && length <= limit) {
    const top = stack[stack.length - 1];
    if (top.next >= top.children.length) {
      stack.pop();
      continue;
    }
    const n = top.children[top.next++];
    if (n.type === 'text') {
      parts.push(n.data);
      length += n.data.length;
    } else if (n.type === 'tag') {
      if (n.name === 'br' || BLOCK_TAGS.has(n.name)) parts.push(' ');
      if (n.name !== 'br') stack.push({ children: n.children, next: 0 });
    }
  }
  return parts.join('');
}

/** Elements of the subtree (the root included) in document order. */
export function* descendants(root: AnyNode): Generator<Element> {
  const stack: AnyNode[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (isTag(n)) yield n;
    else if (n.type !== 'root') continue;
    const children = (n as Element).children;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
}

export function ancestors(node: AnyNode): Element[] {
  const out: Element[] = [];
  for (let p = node.parent; isTag(p); p = p.parent) out.push(p);
  return out;
}

export function closest(node: AnyNode, test: (el: Element) => boolean, maxUp = Infinity): Element | null {
  let steps = 0;
  for (let p: AnyNode | null = node; isTag(p) && steps <= maxUp; p = p.parent, steps++) if (test(p)) return p;
  return null;
}
