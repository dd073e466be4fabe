/**
 * The focus: the part of the page that holds the story, found before anything is copied, so that
 * only it is copied and scored. Readability scores every paragraph of the page and costs more
 * the larger the page; menus, footers, comment threads and sidebars are most of a news page.
 *
 * The story is where the running text is: the deepest element holding most of the page's prose
 * (text runs of a sentence's length, outside links), not counting the blocks already judged to be
 * clutter or related articles (on the seed page the related cards carry more text than the story;
 * without them the story is what is left). From there the focus widens a little, to take in a
 * standfirst or a byline beside the body, and up to the headline when it is near. Reads only.
 */
import { closestNamed, descendantsNamed, nameOf } from './dom-walk.ts';

/** Share of the page's prose the focus must hold. */
const PROSE_SHARE = 0.8;
/** A text run shorter than this is a label, a date or a button, not prose. */
const MIN_RUN = 20;
/** A run inside a link counts as prose only from this length on. */
const LINKED_PROSE = 100;
/**
 * Levels the focus widens by, always; and at most, to reach the headline. One level takes in a
 * standfirst or byline beside the body; two made the copy (and Readability's work) larger for
 * nothing: with one, the core is 5% faster on the median corpus page and corpus F1 went from
 * 0.9577 to 0.9584, no set lower.
 */
const WIDEN = 1;
const WIDEN_TO_HEADLINE = 3;

/** By local name: a parsed page's element names are in lower case (SVG's camelCase aside). */
const NOT_PROSE = new Set([
  'a',
  'script',
  'style',
  'noscript',
  'template',
  'button',
  'select',
  'option',
]);

/** Prose length under each element, skipping text under links and under excluded blocks. */
export function proseMass(body: Element, excluded: ReadonlySet<Element>): Map<Element, number> {
  const mass = new Map<Element, number>();
  const walker = body.ownerDocument.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  const path: Element[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = (node.nodeValue ?? '').trim().length;
    if (length < MIN_RUN) continue;
    path.length = 0;
    let prose = true;
    for (let element = node.parentElement; element; element = element.parentElement) {
      const tag = nameOf(element);
      // Link text is headlines and menus, except a paragraph-long run that a page wrapped in a
      // link whole (some put their story's introduction inside one).
      const isLinkProse = tag === 'a' && length >= LINKED_PROSE;
      if ((NOT_PROSE.has(tag) && !isLinkProse) || excluded.has(element)) {
        prose = false;
        break;
      }
      path.push(element);
      if (element === body) break;
    }
    if (!prose) continue;
    for (const element of path) mass.set(element, (mass.get(element) ?? 0) + length);
  }
  return mass;
}

/** Prose a stacked story has at least: a few paragraphs. */
const STACKED_PROSE = 400;

const LINK: ReadonlySet<string> = new Set(['a']);

/** `element`'s first h1 or h2 outside links: a story's headline, not a card's; or null. */
export function ownHeadlineOf(element: Element): Element | null {
  return (
    descendantsNamed(element, 'h1', 'h2').find((heading) => !closestNamed(heading, LINK)) ?? null
  );
}

/** The story the headline is in, and the stories stacked beside it, in page order. */
interface StackedStories {
  story: Element;
  others: Element[];
}

/**
 * On a page where stories follow one another (infinite-scroll sites append the next story, and
 * some render it ahead), the story with the headline: the lowest <article> around the headline
 * with prose of its own beside another <article> with prose and a headline of its own (an h1 or
 * h2 outside links); with it, every such other <article>. Null when the focus holds one story.
 * Only <article>s: old templates head their sidebar boxes with <h1>s ("Pogoda", "Gorąca linia"),
 * and a story's sections are not articles.
 */
function storyOfHeadline(
  headline: Element,
  focus: Element,
  mass: ReadonlyMap<Element, number>,
): StackedStories | null {
  for (let story = headline.parentElement; story && story !== focus; story = story.parentElement) {
    if (nameOf(story) !== 'article' || (mass.get(story) ?? 0) < STACKED_PROSE) continue;
    const others = [...(story.parentElement?.children ?? [])].filter(
      (sibling) =>
        sibling !== story &&
        nameOf(sibling) === 'article' &&
        (mass.get(sibling) ?? 0) >= STACKED_PROSE &&
        ownHeadlineOf(sibling) !== null,
    );
    if (others.length > 0) return { story, others };
  }
  return null;
}

/** The element to read the story from (see findStory). */
export function findFocus(
  body: Element,
  excluded: ReadonlySet<Element>,
  headline: Element | null,
): Element | null {
  return findStory(body, excluded, headline).focus;
}

export interface StoryPlace {
  /**
   * The element to read the story from, or null for the whole body (when the prose is spread
   * over the page, or there is none).
   */
  focus: Element | null;
  /** Other whole stories stacked beside it (an infinite-scroll page's next story), in page order. */
  stackedWith: Element[];
}

/** Where the story is on the page, and which other stories are stacked beside it. */
export function findStory(
  body: Element,
  excluded: ReadonlySet<Element>,
  headline: Element | null,
): StoryPlace {
  const mass = proseMass(body, excluded);
  const total = mass.get(body) ?? 0;
  if (total === 0) return { focus: null, stackedWith: [] };
  // The deepest element holding enough prose: walk down from the body while a child does.
  let focus = body;
  for (;;) {
    let next: Element | null = null;
    for (let child = focus.firstElementChild; child; child = child.nextElementSibling) {
      if ((mass.get(child) ?? 0) >= PROSE_SHARE * total) {
        next = child;
        break;
      }
    }
    if (!next) break;
    focus = next;
  }
  // Stories stacked one after another (the next story appended as the reader scrolls): the one
  // with the headline, alone.
  const stacked =
    headline && focus.contains(headline) ? storyOfHeadline(headline, focus, mass) : null;
  if (stacked) return { focus: stacked.story, stackedWith: stacked.others };
  for (let level = 0; level < WIDEN && focus !== body && focus.parentElement; level++) {
    focus = focus.parentElement;
  }
  if (headline && !focus.contains(headline)) {
    let wider = focus;
    for (
      let level = 0;
      level < WIDEN_TO_HEADLINE && wider !== body && wider.parentElement;
      level++
    ) {
      wider = wider.parentElement;
      if (wider.contains(headline)) {
        focus = wider;
        break;
      }
    }
  }
  return { focus: focus === body || body.parentElement === focus ? null : focus, stackedWith: [] };
}
