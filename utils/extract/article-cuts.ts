/**
 * Cuts made in the extracted article itself, after Readability (the boxes beside the story,
 * prune.ts; text the page said twice, repeated-blocks.ts), logged like the page's removed blocks
 * so the reader can list them and put them back. A cut block with nothing to read (no words: an
 * empty box, "| |", a count of comments alone) is cut unlogged: nothing of the page is lost with
 * it.
 */
import type { RemovalKind } from './types.ts';
import { ANCHOR_TAGS, anchorTextOf, logsHtml, removalText, type ArticleCut } from './removals.ts';
import { nameOf } from './dom-walk.ts';

const WORDS = /\p{L}/u;

/** Takes `element` out of the article, logged with `kind` and `reason` (see articleCuts). */
export type Cut = (element: Element, kind: RemovalKind, reason: string) => void;

/** Cuts without a log: for the passes' own tests and callers that keep none. */
export const cutUnlogged: Cut = (element) => element.remove();

/**
 * The text of the nearest block before `element` in `content`, read backwards from it: the
 * block a put-back copy goes after (null when it comes before the article's first block).
 */
function anchorBefore(content: Element, element: Element): string | null {
  const walker = content.ownerDocument.createTreeWalker(content, 1 /* SHOW_ELEMENT */);
  walker.currentNode = element;
  for (let node = walker.previousNode(); node && node !== content; node = walker.previousNode()) {
    const block = node as Element;
    // Going backwards reaches the element's own ancestors too: they hold the block being cut.
    if (!ANCHOR_TAGS.has(nameOf(block)) || block.contains(element)) continue;
    const text = anchorTextOf(block);
    if (text) return text;
  }
  return null;
}

/** The log of one article's cuts, and the function the passes cut with. */
export function articleCuts(content: Element): { cut: Cut; cuts: ArticleCut[] } {
  const cuts: ArticleCut[] = [];
  const cut: Cut = (element, kind, reason) => {
    const text = removalText(element);
    if (!WORDS.test(text)) {
      element.remove();
      return;
    }
    const fullText = anchorTextOf(element);
    const anchorText = anchorBefore(content, element);
    let copy: Element | null = null;
    if (logsHtml(element, kind)) {
      // The block itself is the copy: it is the article's own (a working document), cut anyway.
      copy = element.ownerDocument.createElement('section');
      copy.append(element);
    } else {
      element.remove();
    }
    cuts.push({ kind, reason, text, fullText, anchorText, copy });
  };
  return { cut, cuts };
}
