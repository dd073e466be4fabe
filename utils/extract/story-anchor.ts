/**
 * The story starts right below its headline. Readability picks "the block with the most text",
 * which on an aggregator page is the related-story cards (each carries more text than the story;
 * see the seed page). These helpers find the lede, the first run of prose after the headline,
 * and tell teaser cards from a story, so that article.ts can re-read the page anchored at the
 * headline when Readability's pick left the lede out and is a list of teasers.
 */
import { boundedTextLength } from './declutter-block.ts';
import { closestNamed, elementsAfter, firstNamed, isInsideAny, linksUnder } from './dom-walk.ts';

// Parent loops and walks stand in for `closest` and `querySelector*`: cheaper in jsdom.
const NOT_PROSE_INSIDE = new Set(['a', 'figure', 'li']);
const NOT_LEDE_INSIDE = new Set(['a', 'figure', 'li', 'script', 'style']);
const TEASER_HEADINGS = new Set(['h2', 'h3', 'h4']);

/** A paragraph of the story is at least this long (shorter blocks are captions, bylines). */
const LEDE_LENGTH = 100;
/** Prose blocks in a row that make a story's start, and how far after the headline to look. */
const LEDE_RUN = 2;
const SEARCH_BLOCKS = 60;
const MAX_VISITED = 2000;
/** A link whose text is this long reads as a headline: a teaser for another page. */
const TEASER_LINK_TEXT = 25;

const PROSE_TAGS = new Set(['p', 'blockquote']);

function isProse(element: Element): boolean {
  if (!PROSE_TAGS.has(element.localName) || closestNamed(element, NOT_PROSE_INSIDE)) return false;
  return boundedTextLength(element, LEDE_LENGTH) >= LEDE_LENGTH;
}

/**
 * The first paragraph after the headline that opens a run of prose (it and the next prose block
 * share a parent), outside the given clutter blocks; null when there is none close by, or when
 * the first paragraph stands alone (unless `pastLone`: then the run after it, if any, as where
 * the story's paragraphs start below a standfirst set apart in the header).
 */
export function findLede(
  headline: Element,
  skip: ReadonlySet<Element>,
  { pastLone = false } = {},
): Element | null {
  let seen = 0;
  for (const element of elementsAfter(headline, MAX_VISITED)) {
    if (seen >= SEARCH_BLOCKS) break;
    if (headline.contains(element) || !PROSE_TAGS.has(element.localName)) continue;
    seen++;
    if (!isProse(element) || isInsideAny(element, skip)) continue;
    let run = 1;
    for (
      let next = element.nextElementSibling;
      next && run < LEDE_RUN;
      next = next.nextElementSibling
    ) {
      if (isProse(next)) run++;
    }
    if (run >= LEDE_RUN) return element;
    if (!pastLone) return null;
  }
  return null;
}

/** Where the story opens under its headline: its lede, and where its run of paragraphs starts. */
export interface StoryOpening {
  /** The first paragraph that opens a run of prose, else the first sentence-length text. */
  lede: Element | null;
  /**
   * Where the run of paragraphs starts: the lede, or, when the lede stands alone (a standfirst
   * set apart in the header, with byline, date line and lead photo after it), the run below it.
   */
  storyStart: Element | null;
}

/** The story's lede and the start of its paragraphs (findLede, firstProseText), outside `skip`. */
export function findStoryOpening(headline: Element, skip: ReadonlySet<Element>): StoryOpening {
  const opening = findLede(headline, skip);
  const lede = opening ?? firstProseText(headline);
  const storyStart = opening ?? findLede(headline, skip, { pastLone: true }) ?? lede;
  return { lede, storyStart };
}

/**
 * The element holding the first sentence-length text after the headline, outside links,
 * figures and lists: the story's opening on pages that set it without <p> (older table
 * layouts write running text straight into cells and <div>s).
 */
export function firstProseText(headline: Element): Element | null {
  const doc = headline.ownerDocument;
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 4 /* SHOW_TEXT */);
  walker.currentNode = headline;
  for (let seen = 0, node = walker.nextNode(); node && seen < 400; seen++) {
    const parent = node.parentElement;
    const long = (node.nodeValue ?? '').trim().length >= LEDE_LENGTH;
    if (long && parent && !headline.contains(node) && !closestNamed(parent, NOT_LEDE_INSIDE)) {
      return parent;
    }
    node = walker.nextNode();
  }
  return null;
}

/** The smallest element containing both. */
export function commonAncestor(a: Element, b: Element): Element | null {
  for (let node: Element | null = a; node; node = node.parentElement) {
    if (node.contains(b)) return node;
  }
  return null;
}

/**
 * True when the extracted content reads as a list of teasers: two or more links to other pages
 * whose text is headline-length or that wrap a heading.
 */
export function looksLikeTeasers(content: Element, pageUrl: string): boolean {
  const targets = new Set<string>();
  const page = pageUrl.split('#')[0];
  for (const link of linksUnder(content)) {
    const href = link.getAttribute('href') ?? '';
    if (href.startsWith('#') || href.split('#')[0] === page) continue;
    const headingInside = firstNamed(link, TEASER_HEADINGS) !== null;
    const headlineText = boundedTextLength(link, TEASER_LINK_TEXT) >= TEASER_LINK_TEXT;
    const headingAround = closestNamed(link, TEASER_HEADINGS) !== null;
    if (headingInside || headingAround || headlineText) targets.add(href);
    if (targets.size >= 2) return true;
  }
  return false;
}
