/**
 * Declutter: find the blocks a reader never wants in the body (app banners, logos, empty comment
 * sections, AI-feature promos, newsletter boxes, share bars, cookie notices, overlays, ads) and
 * the related-article blocks, and log each one. Blocks are found from clues (declutter-clues.ts)
 * and grown to their extent (declutter-block.ts); a block never takes in the headline, and a
 * block one clue found is not merged with a block of another kind beside it.
 *
 * It only reads the page: the blocks it returns are left out when the working copy is built
 * (working-copy.ts), so they are "removed before extraction" without touching the page.
 */
import type { RemovalKind } from './types.ts';
import { findClues, type Clue } from './declutter-clues.ts';
import { enclosingBlock } from './declutter-block.ts';
import { describeRemoval, type PendingRemoval } from './removals.ts';

export interface DeclutterOptions {
  pageUrl: string;
  /** Base for the relative URLs of logged blocks. */
  baseUrl: string;
  /** The headline element; nothing that contains it is removed. */
  headline: Element | null;
  /** Related-article containers (from collectRelated), removed as kind 'related'. */
  related: readonly Element[];
}

export interface Clutter {
  /** The blocks to leave out, outermost only. */
  blocks: Set<Element>;
  /** Their log entries, in document order (anchors are settled once the article is known). */
  pending: PendingRemoval[];
}

interface Block {
  element: Element;
  kind: RemovalKind;
  reason: string;
}

/** Text under `root` that is not link text: a share bar has next to none. */
function nonLinkTextLength(root: Element, limit: number): number {
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  let length = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest('a')) continue;
    length += (node.nodeValue ?? '').replace(/\s+/g, ' ').trim().length;
    if (length > limit) break;
  }
  return length;
}

/** Share bars hold links and a label; anything with more words of its own is something else. */
const SHARE_BAR_OWN_TEXT = 40;

function growClue(clue: Clue, clues: readonly Clue[], headline: Element | null): Element {
  if (clue.maxText === 0) return clue.element;
  return enclosingBlock(clue.element, {
    maxText: clue.maxText,
    protect: headline,
    accept: (candidate) =>
      // Two different kinds of clutter side by side stay two blocks in the log.
      !clues.some(
        (other) => other !== clue && other.kind !== clue.kind && candidate.contains(other.element),
      ) &&
      (clue.kind !== 'share-bar' ||
        nonLinkTextLength(candidate, SHARE_BAR_OWN_TEXT) <= SHARE_BAR_OWN_TEXT),
  });
}

function inDocumentOrder(a: Block, b: Block): number {
  if (a.element === b.element) return 0;
  return a.element.compareDocumentPosition(b.element) & 4 /* FOLLOWING */ ? -1 : 1;
}

/** Outermost blocks, in document order; a block inside a kept block is dropped. */
function outermost(blocks: Block[]): Block[] {
  const kept: Block[] = [];
  for (const block of [...blocks].sort(inDocumentOrder)) {
    if (!kept.some((outer) => outer.element.contains(block.element))) kept.push(block);
  }
  return kept;
}

/** Find the clutter in `doc`'s body. Reads only. */
export function findClutter(doc: Document, options: DeclutterOptions): Clutter {
  const body = doc.body;
  if (!body) return { blocks: new Set(), pending: [] };
  const related = options.related.filter((element) => body.contains(element));
  const clues = findClues(body, options.headline, options.pageUrl).filter(
    (clue) => !related.some((container) => container.contains(clue.element)),
  );
  const candidates: Block[] = [
    ...related.map((element) => ({
      element,
      kind: 'related' as const,
      reason: 'related articles (listed in the side panel)',
    })),
    ...clues.map((clue) => ({
      element: growClue(clue, clues, options.headline),
      kind: clue.kind,
      reason: clue.reason,
    })),
  ];
  const chosen = outermost(candidates).filter(
    (block) => !(options.headline && block.element.contains(options.headline)),
  );
  const blocks = new Set(chosen.map((block) => block.element));
  const context = { baseUrl: options.baseUrl, removed: blocks };
  return {
    blocks,
    pending: chosen.map((block) =>
      describeRemoval(block.element, block.kind, block.reason, context),
    ),
  };
}
