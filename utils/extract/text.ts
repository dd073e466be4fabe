/**
 * Block text: the visible text of an element with one line per block (paragraph, heading, list
 * item, caption, table row), so that words on either side of a block boundary never run together
 * the way `Node.textContent` runs them ("…end.Next…"). Walks iteratively: depth costs nothing.
 */
import { lineOf } from './dom-walk.ts';
import { normalizeText } from './weighted-length.ts';

/** Elements that start and end a line of text (local names). */
export const BLOCK_ELEMENTS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dd', 'details', 'dialog', 'div',
  'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5',
  'h6', 'header', 'hgroup', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary',
  'table', 'tbody', 'tfoot', 'thead', 'tr', 'ul', 'center', 'legend', 'option',
]); // prettier-ignore

/** Cells sit on one line, but must not glue their words together. */
const CELL_TAGS = new Set(['td', 'th']);

/** Never visible as text. */
const SKIPPED_TAGS = new Set(['script', 'style', 'noscript', 'template', 'head', 'title']);

const LINE_BREAK = '\n';

/** Collapse runs of whitespace (not line breaks inside <pre>) and trim every line. */
function tidyLines(raw: string): string {
  return raw
    .split(LINE_BREAK)
    .map((line) => line.replace(/[\s\u200b]+/g, ' ').trim())
    .filter((line) => line.length > 0)
    .join(LINE_BREAK);
}

/**
 * The element's text, one block per line. Whitespace inside a block is collapsed to single
 * spaces; `<br>` breaks a line; `<pre>` keeps its own line breaks.
 */
export function blockText(root: Node): string {
  return tidyLines(blockParts(root, Infinity).join(''));
}

/**
 * The start of `blockText(root)`, holding at least its first `visible` characters that are not
 * whitespace (or all of it): what a snippet of a large block needs, without the rest of it.
 */
export function blockTextStart(root: Node, visible: number): string {
  return tidyLines(blockParts(root, visible).join(''));
}

/** Characters tidyLines keeps as they are: neither whitespace nor zero-width spaces. */
function visibleCount(text: string): number {
  return text.replace(/[\s\u200b]+/g, '').length;
}

/** The raw pieces of blockText, in order; stops once they hold `enough` visible characters. */
function blockParts(root: Node, enough: number): string[] {
  const parts: string[] = [];
  let seen = 0;
  // An explicit stack instead of recursion: a 2,000-deep page must not overflow the call stack.
  // Entries are nodes to visit, or a string to emit once a block's children are done.
  const stack: (Node | string)[] = [root];
  let preDepth = 0;
  while (stack.length > 0 && seen < enough) {
    const item = stack.pop()!;
    if (typeof item === 'string') {
      if (item === '</pre>') preDepth--;
      else parts.push(item);
      continue;
    }
    if (item.nodeType === 3 /* TEXT_NODE */ || item.nodeType === 4 /* CDATA */) {
      const data = (item as CharacterData).data;
      // Inside <pre>, line breaks are content; elsewhere they are just whitespace.
      parts.push(preDepth > 0 ? data : data.replace(/\n/g, ' '));
      if (enough !== Infinity) seen += visibleCount(data);
      continue;
    }
    if (item.nodeType !== 1 /* ELEMENT_NODE */ && item.nodeType !== 9 && item.nodeType !== 11) {
      continue;
    }
    // Local names: the parser writes HTML's in lower case (upper-casing each tagName cost more).
    const tag = item.nodeType === 1 ? (item as Element).localName : '';
    if (SKIPPED_TAGS.has(tag)) continue;
    if (tag === 'br') {
      parts.push(LINE_BREAK);
      continue;
    }
    const isBlock = BLOCK_ELEMENTS.has(tag);
    const isCell = CELL_TAGS.has(tag);
    if (isBlock) parts.push(LINE_BREAK);
    if (isCell) parts.push(' ');
    if (tag === 'pre') {
      preDepth++;
      stack.push('</pre>');
    }
    if (isBlock) stack.push(LINE_BREAK);
    if (isCell) stack.push(' ');
    for (let child = item.lastChild; child; child = child.previousSibling) stack.push(child);
  }
  return parts;
}

/** Whitespace-collapsed text cut to about `max` characters at a word boundary, with an ellipsis. */
export function snippet(text: string, max = 120): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > max * 0.6 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

export { normalizeText };

/**
 * Letters and digits only, lower-cased: quote marks, punctuation and spacing set aside. (The
 * page title's `squash` also folds accents away.)
 */
export function lettersAndDigits(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * An element's text on one line: its `textContent`, spaces collapsed, trimmed (made once per
 * element of the page in a read: see lineOf).
 */
export function elementText(element: Node): string {
  return lineOf(element);
}
