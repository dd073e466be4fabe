/**
 * What an article may not end with: a label that introduces something no longer there ("Also on
 * HuffPost:", "Online:", "Read more:", whose list or player was clutter, a script, or a widget
 * the page fills later), a block of bare punctuation ("." left of a line of links), or a rule
 * with nothing after it. Read from the end, in any language: the colon is what gives the label
 * away. The label is logged like the other cuts, so it can be put back.
 */
import type { Cut } from './article-cuts.ts';
import { nameOf } from './dom-walk.ts';
import { normalizeText } from './text.ts';

/** The longest text read as a label. */
const LABEL = 80;
/** A label's colon, ASCII or full-width, and what may follow it ("Online: …"). */
const ENDS_IN_COLON = /[:：]\s*[.…]*$/u;
/** A letter or digit: a block without any is punctuation left over. */
const WORD = /[\p{L}\p{N}]/u;
/** How many pieces the tail may lose: a label, its stray dot, the label before them. */
const ROUNDS = 4;

/** Blocks a line of text stands in; the article's end is read block by block. */
const BLOCKS = new Set([
  'p', 'div', 'section', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'center', 'header', 'footer', 'aside',
]); // prettier-ignore
/** What ends an article as content of its own: the tail is left alone after it. */
const CONTENT = new Set([
  'img', 'picture', 'video', 'audio', 'iframe', 'table', 'figure', 'pre', 'ul', 'ol', 'dl',
  'blockquote', 'svg', 'canvas', 'object', 'embed', 'li',
]); // prettier-ignore

/**
 * The block of `content`'s last line of text, a rule after it, or null (it ends in content);
 * what `taken` holds is read as gone.
 */
function lastPiece(content: Element, taken: ReadonlySet<Element>): Element | null {
  const within = (node: Node): Element | null | undefined => {
    for (let child = node.lastChild; child; child = child.previousSibling) {
      if (taken.has(child as Element)) continue;
      if (child.nodeType === 3 /* TEXT_NODE */) {
        if (/\S/.test(child.nodeValue ?? '')) return blockOf(child.parentElement!, content);
        continue;
      }
      if (child.nodeType !== 1 /* ELEMENT_NODE */) continue;
      const name = nameOf(child as Element);
      if (name === 'hr') return child as Element;
      if (CONTENT.has(name)) return null;
      const found = within(child);
      if (found !== undefined) return found;
    }
    return undefined;
  };
  return within(content) ?? null;
}

function blockOf(element: Element, content: Element): Element | null {
  for (let node: Element | null = element; node && node !== content; node = node.parentElement) {
    if (BLOCKS.has(nameOf(node))) return node;
  }
  return null;
}

/** Whether `text` only introduces what should follow it. */
function isDanglingLabel(text: string): boolean {
  return text.length <= LABEL && ENDS_IN_COLON.test(text);
}

/** Takes the labels, stray punctuation and rules off the end of `content`. */
export function dropDanglingTail(content: Element, cut: Cut): void {
  const taken: Element[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const piece = lastPiece(content, new Set(taken));
    if (!piece) break;
    if (nameOf(piece) !== 'hr') {
      const text = normalizeText(piece.textContent ?? '');
      if (WORD.test(text) && !isDanglingLabel(text)) break;
      // A block holding more than its last line (an image, a list) is not taken whole.
      if (piece.querySelector('img, picture, video, iframe, table, ul, ol, figure')) break;
    }
    taken.push(piece);
  }
  // Cut in page order, as the log lists cuts.
  for (const piece of taken.reverse()) {
    if (nameOf(piece) === 'hr') piece.remove();
    else cut(piece, 'other', 'a label with nothing after it');
  }
}
