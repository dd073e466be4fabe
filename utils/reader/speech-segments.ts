import { splitSentences } from './sentences';

/**
 * The article as a list of sentences to speak, each with a DOM `Range` over its text, so the
 * reader can highlight it (CSS Custom Highlight API) without changing the article's DOM.
 */

export interface SpeechSegment {
  text: string;
  range: Range;
  /** The block the sentence is in: scrolled to, and marked when highlights are not supported. */
  block: Element;
}

/** Blocks whose text is read. Code blocks are not read aloud; a block inside another is read once. */
const READ_BLOCKS =
  'h1, h2, h3, h4, h5, h6, p, li, blockquote, figcaption, dt, dd, th, td, caption';
const SKIPPED = 'pre, script, style, [hidden], [aria-hidden="true"]';

function leafBlocks(root: Element): Element[] {
  const blocks = root.matches(READ_BLOCKS)
    ? [root, ...Array.from(root.querySelectorAll(READ_BLOCKS))]
    : Array.from(root.querySelectorAll(READ_BLOCKS));
  return blocks.filter((block) => !block.closest(SKIPPED) && !block.querySelector(READ_BLOCKS));
}

interface TextPiece {
  node: Text;
  start: number;
}

/** The block's text nodes, concatenated, with where each one starts. */
function textOf(block: Element): { text: string; pieces: TextPiece[] } {
  const walker = block.ownerDocument.createTreeWalker(block, 4 /* NodeFilter.SHOW_TEXT */);
  const pieces: TextPiece[] = [];
  let text = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest(SKIPPED)) continue;
    pieces.push({ node: node as Text, start: text.length });
    text += node.nodeValue ?? '';
  }
  return { text, pieces };
}

/** The text node and offset at a position; `end` picks the node a range ending there ends in. */
function locate(pieces: TextPiece[], position: number, end: boolean): [Text, number] {
  for (const piece of pieces) {
    const length = piece.node.length;
    const inside = end
      ? position > piece.start && position <= piece.start + length
      : position >= piece.start && position < piece.start + length;
    if (inside) return [piece.node, position - piece.start];
  }
  const last = pieces.at(-1)!;
  return [last.node, last.node.length];
}

/** Every sentence under the given roots, in document order. */
export function collectSpeechSegments(
  roots: readonly Element[],
  lang: string | null,
): SpeechSegment[] {
  const segments: SpeechSegment[] = [];
  for (const root of roots) {
    for (const block of leafBlocks(root)) {
      const { text, pieces } = textOf(block);
      if (pieces.length === 0) continue;
      for (const span of splitSentences(text, lang)) {
        const range = block.ownerDocument.createRange();
        range.setStart(...locate(pieces, span.start, false));
        range.setEnd(...locate(pieces, span.end, true));
        segments.push({ text: span.text.replace(/\s+/g, ' '), range, block });
      }
    }
  }
  return segments;
}

/** The first segment whose block is at or below `top` (viewport px): where "play" starts. */
export function firstVisibleSegment(segments: readonly SpeechSegment[], top: number): number {
  const index = segments.findIndex((segment) => segment.block.getBoundingClientRect().bottom > top);
  return Math.max(0, index);
}
