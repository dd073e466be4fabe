/**
 * From a clue (a store badge, an "No comments yet" label, a share link) to the whole clutter
 * block around it: climb while the ancestor stays small in text and holds no headline and no
 * run of paragraphs. Text lengths are counted with an early stop, so a climb that reaches the
 * article costs no more than the limit, whatever the article's size.
 */
import { descendants, indexedTextLength } from './dom-walk.ts';
import { collapsedLength } from './weighted-length.ts';

/**
 * Length of the visible text under `root`, counting stopped once it passes `limit`. A hand walk
 * over first-child / next-sibling links: far cheaper than a TreeWalker per call in jsdom, and it
 * is called for every short text on the page.
 */
export function boundedTextLength(root: Element, limit: number): number {
  const indexed = indexedTextLength(root, limit);
  if (indexed !== null) return indexed;
  let length = 0;
  let node: Node | null = root.firstChild;
  while (node && node !== root) {
    if (node.nodeType === 3 /* TEXT_NODE */) {
      length += collapsedLength(node.nodeValue ?? '');
      if (length > limit) return length;
    }
    if (node.firstChild && node.nodeType === 1) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== root && !node.nextSibling) node = node.parentNode;
    if (!node || node === root) break;
    node = node.nextSibling;
  }
  return length;
}

/** Elements a clutter block never grows into: they hold the page or the story. */
export const CONTAINERS = new Set(['body', 'html', 'main', 'article']);

export interface ClimbOptions {
  /** The block's text may not grow beyond this many characters. */
  maxText: number;
  /** Never grow into an element containing one of these (the headline, the story's opening). */
  protect: readonly Element[];
  /** Further test every ancestor must pass (e.g. "mostly share links"). */
  accept?: (candidate: Element) => boolean;
}

/** A block with two or more real paragraphs is content, however short. */
function holdsParagraphs(element: Element): boolean {
  // A walk, not `querySelectorAll('p')`: same paragraphs, same order, far cheaper in jsdom.
  let long = 0;
  for (const paragraph of descendants(element)) {
    if (paragraph.localName !== 'p') continue;
    if (boundedTextLength(paragraph, 120) > 120 && ++long >= 2) return true;
  }
  return false;
}

/** The largest block around `start` (itself included) that is still clutter by these limits. */
export function enclosingBlock(start: Element, options: ClimbOptions): Element {
  let block = start;
  for (let parent = start.parentElement; parent; parent = parent.parentElement) {
    if (CONTAINERS.has(parent.localName)) break;
    if (options.protect.some((kept) => parent.contains(kept))) break;
    if (boundedTextLength(parent, options.maxText) > options.maxText) break;
    if (holdsParagraphs(parent)) break;
    if (options.accept && !options.accept(parent)) break;
    block = parent;
  }
  return block;
}
