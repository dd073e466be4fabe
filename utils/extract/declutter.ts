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
import { findClues } from './declutter-clues.ts';
import type { Clue } from './declutter-clue.ts';
import { enclosingBlock } from './declutter-block.ts';
import { withTitleRow } from './declutter-title-row.ts';
import { nonLinkTextLength } from './declutter-label-clues.ts';
import { findStoryOpening } from './story-anchor.ts';
import { describeRemoval, showsSomething, type PendingRemoval } from './removals.ts';
import { normalizeText } from './text.ts';
import { textOf } from './dom-walk.ts';

export interface DeclutterOptions {
  pageUrl: string;
  /** Base for the relative URLs of logged blocks. */
  baseUrl: string;
  /** The byline the page states (to recognise the author's bio box), when known. */
  byline?: string | null;
  /** The site's name (to recognise its tagline in the footer), when known. */
  siteName?: string | null;
  /** The headline element; nothing that contains it is removed. */
  headline: Element | null;
  /** Related-article containers (from collectRelated), removed as kind 'related'. */
  related: readonly Element[];
  /** The document to build the logged blocks' copies in (default: one made when first needed). */
  scratch?: Document;
}

export interface Clutter {
  /** The blocks to leave out, outermost only, with their kinds. */
  blocks: Map<Element, RemovalKind>;
  /** Their log entries, in document order (anchors are settled once the article is known). */
  pending: PendingRemoval[];
}

interface Block {
  element: Element;
  kind: RemovalKind;
  reason: string;
}

/** Share bars hold links and a label; anything with more words of its own is something else. */
const SHARE_BAR_OWN_TEXT = 40;

function defaultAccept(clue: Clue): ((candidate: Element) => boolean) | undefined {
  if (clue.kind !== 'share-bar') return undefined;
  return (candidate) => nonLinkTextLength(candidate, SHARE_BAR_OWN_TEXT) <= SHARE_BAR_OWN_TEXT;
}

/** For each element holding a clue (itself or below it), the kinds of clutter those clues name. */
function kindsBelow(clues: readonly Clue[]): Map<Element, Set<RemovalKind>> {
  const kinds = new Map<Element, Set<RemovalKind>>();
  for (const clue of clues) {
    for (let node: Element | null = clue.element; node; node = node.parentElement) {
      const known = kinds.get(node);
      if (known?.has(clue.kind)) break; // and so do all its ancestors
      if (known) known.add(clue.kind);
      else kinds.set(node, new Set([clue.kind]));
    }
  }
  return kinds;
}

/** The block a clue stands for, or null when the grown block fails the clue's last test. */
function growClue(
  clue: Clue,
  kinds: ReadonlyMap<Element, ReadonlySet<RemovalKind>>,
  protect: readonly Element[],
): Element | null {
  const accept = clue.accept ?? defaultAccept(clue);
  // Two different kinds of clutter side by side stay two blocks in the log: a block may not
  // take in a clue of another kind.
  const holdsOtherKind = (candidate: Element): boolean =>
    [...(kinds.get(candidate) ?? [])].some((kind) => kind !== clue.kind);
  const block =
    clue.maxText === 0
      ? clue.element
      : enclosingBlock(clue.element, {
          maxText: clue.maxText,
          protect,
          accept: (candidate) => !holdsOtherKind(candidate) && (!accept || accept(candidate)),
        });
  return !clue.keep || clue.keep(block) ? block : null;
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
  if (!body) return { blocks: new Map(), pending: [] };
  // The story's opening paragraph is as untouchable as its headline: a block holding either is
  // the story, not clutter (this also guards against a related-block finder that overreaches).
  const { lede, storyStart } = options.headline
    ? findStoryOpening(options.headline, new Set())
    : { lede: null, storyStart: null };
  const protect = [options.headline, lede].filter((element): element is Element => !!element);
  const holdsStory = (element: Element): boolean => protect.some((kept) => element.contains(kept));
  const related = options.related.filter(
    (element) => body.contains(element) && !holdsStory(element),
  );
  const clues = findClues(body, {
    headline: options.headline,
    headlineText: normalizeText(textOf(options.headline)),
    lede,
    storyStart,
    protect,
    pageUrl: options.pageUrl,
    byline: options.byline ?? null,
    siteName: options.siteName ?? null,
  });
  const candidates: Block[] = related.map((element) => ({
    element,
    kind: 'related' as const,
    reason: 'related articles (listed in the side panel)',
  }));
  const kinds = kindsBelow(clues);
  for (const clue of clues) {
    if (related.some((container) => container.contains(clue.element))) continue;
    const grown = growClue(clue, kinds, protect);
    // A list of other stories takes its title row along ("Popular", "Swipe →").
    const element = grown && clue.kind === 'related' ? withTitleRow(grown, protect) : grown;
    if (element) candidates.push({ element, kind: clue.kind, reason: clue.reason });
  }
  const chosen = outermost(candidates).filter((block) => !holdsStory(block.element));
  const blocks = new Map(chosen.map((block) => [block.element, block.kind]));
  let scratch: Document | null = options.scratch ?? null;
  const context = {
    baseUrl: options.baseUrl,
    scratch: () => (scratch ??= doc.implementation.createHTMLDocument('')),
  };
  return {
    blocks,
    pending: chosen
      .map((block) => describeRemoval(block.element, block.kind, block.reason, context))
      .filter((removal) => showsSomething(removal.element, removal.text)),
  };
}
