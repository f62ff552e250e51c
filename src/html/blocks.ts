// A page as a reader scans it: a sequence of blocks (paragraphs, headings, list items, table
// cells, lines split by <br>), each with the element that holds it and how much of it is link text.
import { BLOCK_TAGS, isHidden, isTag, squash, type AnyNode, type Element } from './dom.js';

export interface Block {
  /** Visible text, white space collapsed. */
  text: string;
  /** Characters of the text inside links. */
  linkChars: number;
  /** The nearest block-level element around the text. */
  el: Element;
  /** An image came before this block with no text between. */
  afterImage: boolean;
  /** The whole text is italic or bold (a caption, a sub-heading or a byline). */
  emphasised: boolean;
}

/** Never visible or never article text. */
const SKIP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed', 'svg', 'math', 'canvas',
  'head', 'title', 'meta', 'link', 'select', 'option', 'optgroup', 'button', 'input', 'textarea', 'label', 'map', 'area',
  'audio', 'video', 'source', 'track', 'dialog',
]);

const EMPHASIS_TAGS = new Set(['em', 'i', 'b', 'strong', 'u']);

interface Frame {
  node: AnyNode;
  exit: boolean;
}

/** Characters other than white space and no-break spaces. */
function visibleLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 32 && c !== 0xa0) n++;
  }
  return n;
}

/** The visible blocks under `root`, in document order. `skip` prunes whole subtrees. */
export function toBlocks(root: AnyNode, skip: (el: Element) => boolean = () => false): Block[] {
  const blocks: Block[] = [];
  let parts: string[] = [];
  let linkChars = 0;
  let emphasisedChars = 0;
  let visibleChars = 0;
  let owner: Element | null = null;
  let sawImage = false;
  let imageBeforeBlock = false;
  let linkDepth = 0;
  let emphasisDepth = 0;
  const owners: Element[] = [];

  const flush = (): void => {
    const text = visibleChars > 0 ? squash(parts.join('')) : '';
    parts = [];
    if (text && owner) {
      const visible = visibleChars;
      blocks.push({
        text,
        linkChars: Math.round((linkChars / visible) * text.length),
        el: owner,
        afterImage: imageBeforeBlock,
        emphasised: emphasisedChars >= visible * 0.9,
      });
      sawImage = false;
    }
    linkChars = 0;
    emphasisedChars = 0;
    visibleChars = 0;
    owner = null;
    imageBeforeBlock = false;
  };

  const stack: Frame[] = [{ node: root, exit: false }];
  while (stack.length) {
    const { node, exit } = stack.pop()!;
    if (node.type === 'text') {
      const data = node.data;
      const visible = visibleLength(data);
      if (!owner) {
        if (visible === 0) continue;
        owner = owners[owners.length - 1] ?? null;
        imageBeforeBlock = sawImage;
      }
      parts.push(data);
      visibleChars += visible;
      if (linkDepth > 0) linkChars += visible;
      if (emphasisDepth > 0) emphasisedChars += visible;
      continue;
    }
    if (!isTag(node) || node.type !== 'tag') {
      if (node.type === 'root') for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i], exit: false });
      continue;
    }
    const name = node.name;
    const block = BLOCK_TAGS.has(name);
    if (exit) {
      if (name === 'a') linkDepth--;
      else if (EMPHASIS_TAGS.has(name)) emphasisDepth--;
      if (block) {
        flush();
        owners.pop();
      }
      continue;
    }
    if (SKIP_TAGS.has(name) || isHidden(node) || skip(node)) continue;
    if (name === 'br' || name === 'hr') {
      flush();
      continue;
    }
    if (name === 'img') {
      if (!owner) sawImage = true;
      continue;
    }
    if (block) {
      flush();
      owners.push(node);
    } else if (name === 'a') linkDepth++;
    else if (EMPHASIS_TAGS.has(name)) emphasisDepth++;
    stack.push({ node, exit: true });
    for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i], exit: false });
  }
  flush();
  return blocks;
}
