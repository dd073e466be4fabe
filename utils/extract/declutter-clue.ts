/**
 * What a clue is: the element that gave clutter away, the kind of clutter, why, and how far its
 * block may grow (see declutter-block.ts and declutter.ts).
 */
import type { RemovalKind } from './types.ts';

export interface Clue {
  element: Element;
  kind: RemovalKind;
  reason: string;
  /** How much text the block around the clue may hold; 0 = the element alone is the block. */
  maxText: number;
  /** A test every larger block must also pass (the default is the kind's, see declutter.ts). */
  accept?: (candidate: Element) => boolean;
  /** A last test of the grown block: false drops the clue (it was not clutter after all). */
  keep?: (block: Element) => boolean;
}

/** Block sizes by kind: a cookie notice carries a paragraph of legal text, a share bar a word. */
const MAX_TEXT: Record<RemovalKind, number> = {
  'app-banner': 400, logo: 0, 'empty-comments': 300, comments: 300, 'ai-promo': 300,
  newsletter: 500, 'share-bar': 120, 'cookie-notice': 1500, interstitial: 1500, advert: 40,
  related: 400, navigation: 200, 'duplicate-title': 0, other: 300,
}; // prettier-ignore

export function clue(element: Element, kind: RemovalKind, reason: string): Clue {
  return { element, kind, reason, maxText: MAX_TEXT[kind] };
}

/** The page furniture the clues are judged against. */
export interface ClueContext {
  headline: Element | null;
  /** The headline's text, normalized ('' without one): read once for every list that asks. */
  headlineText: string;
  /** The story's first paragraph (see story-anchor.ts), when found. */
  lede: Element | null;
  /**
   * Where the story's run of paragraphs starts, when the lede is a paragraph standing alone (a
   * standfirst in the header, with the byline and date lines after it); else the lede.
   */
  storyStart: Element | null;
  /** The headline and the story's first paragraph: no clutter block may contain them. */
  protect: readonly Element[];
  pageUrl: string;
  /** The article's author as the page states it, to recognise their bio box. */
  byline: string | null;
  /** The site's name, to recognise its tagline in the footer. */
  siteName: string | null;
}
