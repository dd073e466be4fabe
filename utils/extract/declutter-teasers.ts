/**
 * Lists of other stories that no label announces: three or more sibling items, each a link to
 * another page of the same site (a headline) with perhaps a time and a summary. Related-article
 * blocks with a label ("Related", "Read next") are collectRelated's; these are the unlabelled
 * "latest news" and "more from the section" lists that old and new layouts alike put beside or
 * under a story.
 */
import { clue, type Clue } from './declutter-clue.ts';
import { boundedTextLength } from './declutter-block.ts';
import { childElements, hasOwnText, linksUnder, textOf } from './dom-walk.ts';
import { siteOf } from './page-url.ts';
import { elementText } from './text.ts';
import { LinkMemo } from './link-memo.ts';
import { sharedPageUrl, sharedUrl } from './url-key.ts';

const MIN_ITEMS = 3;
/** Share of the siblings that must be teasers. */
const TEASER_SHARE = 0.7;
/** A teaser's headline is at least this long; an item is at most this long. */
const HEADLINE = 15;
const MAX_ITEM = 500;
/** A headline link makes up at least this share of a teaser that it does not lead. */
const LINK_SHARE = 0.3;
/** A link that ends in an arrow ("Matura 2013 »") points to a topic's page, whatever its length. */
const POINTER_ARROW = /(»|›|>>|→)$/;
/** …when it is all the item says. */
const POINTER_SHARE = 0.9;

/** Elements whose children are words of running text, not items of a list. */
const RUNNING_TEXT = /^(p|span|a|em|strong|b|i|small|label|h[1-6]|blockquote|figcaption)$/;
const MAX_OWN_TEXT = 20;

/** Length of the text directly inside `element` (not in its children). */
function ownText(element: Element): number {
  let length = 0;
  for (let child = element.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) length += (child.nodeValue ?? '').trim().length;
  }
  return length;
}

/** Teaser lists are weighed at every level of a page's nested lists: see link-memo.ts. */
const PATHS = new LinkMemo<string | null>(4_000);

/** The path of a link to another page of the same site, or null. */
export function storyPath(link: Element, page: URL): string | null {
  const href = link.getAttribute('href');
  if (!href || href.startsWith('#') || href.startsWith('javascript:')) return null;
  return PATHS.answer(page.href, href, () => resolveStoryPath(href, page));
}

function resolveStoryPath(href: string, page: URL): string | null {
  const target = sharedUrl(href, page.href);
  if (!target || siteOf(target.hostname) !== siteOf(page.hostname)) return null;
  if (target.host === page.host && target.pathname === page.pathname) return null;
  return target.pathname.length > 1 ? target.pathname : null;
}

/**
 * An item is a teaser when it links to one other story with a headline-length link text that
 * leads the item or makes up a good part of it, or is nothing but a link ending in an arrow (a
 * topic's page). A story's paragraph with a link in a sentence is not one. `itemText` is asked
 * only once a link to another story turns up (most items of most lists have none).
 */
function isTeaser(item: Element, length: number, page: URL, itemText: () => string): boolean {
  const links = item.localName === 'a' ? [item] : linksUnder(item);
  const targets = new Set<string>();
  let headline = false;
  for (const link of links) {
    const path = storyPath(link, page);
    if (!path) continue;
    targets.add(path);
    const linkText = elementText(link);
    const text = itemText();
    const leads = linkText.length >= HEADLINE && text.startsWith(linkText.slice(0, HEADLINE));
    headline ||= linkText.length >= HEADLINE && (leads || linkText.length >= length * LINK_SHARE);
    headline ||= POINTER_ARROW.test(linkText) && linkText.length >= text.length * POINTER_SHARE;
  }
  return targets.size >= 1 && targets.size <= 2 && headline;
}

/** A summary cut off mid-sentence ("…, ciesz...") is a teaser's, never the story's. */
const CUT_OFF = /(\.\.\.|…)$/;

/**
 * An item that opens with a link and ends in a summary cut short ("Skating - Not afraid of the
 * frost? Take your friends…"): a teaser, wherever the link goes (another site, a section).
 */
function isCutOffTeaser(item: Element, itemText: string): boolean {
  if (!CUT_OFF.test(itemText)) return false;
  const link = linksUnder(item).find((candidate) => textOf(candidate).trim() !== '');
  const href = link?.getAttribute('href') ?? '';
  if (!link || href.startsWith('#') || href.startsWith('javascript:')) return false;
  return itemText.startsWith(elementText(link));
}

function isAnyTeaser(item: Element, page: URL): boolean {
  // Bounded first: the items of most lists on a page are large, and none of them a teaser.
  const length = boundedTextLength(item, MAX_ITEM);
  if (length > MAX_ITEM) return false;
  let text: string | null = null;
  const itemText = (): string => (text ??= elementText(item));
  return isTeaser(item, length, page, itemText) || isCutOffTeaser(item, itemText());
}

/** The clue for an element whose children are a list of teasers, or null. */
export function teaserListClue(element: Element, pageUrl: string): Clue | null {
  const items = childElements(element);
  if (items.length < MIN_ITEMS || RUNNING_TEXT.test(element.localName)) return null;
  // Links inside a sentence are not a list: the items must be all there is. (Most elements hold
  // no text of their own, which the read's index knows without a walk over their children.)
  if (hasOwnText(element) && ownText(element) > MAX_OWN_TEXT) return null;
  const tag = items[0]!.localName;
  if (!items.every((item) => item.localName === tag)) return null;
  const page = sharedPageUrl(pageUrl);
  if (!page) return null;
  // Stop at the first item too many that is not a teaser: most lists on a page are not teasers.
  const allowedMisses = Math.floor(items.length * (1 - TEASER_SHARE));
  let misses = 0;
  for (const item of items) {
    if (!isAnyTeaser(item, page) && ++misses > allowedMisses) return null;
  }
  if (items.length - misses < MIN_ITEMS) return null;
  return { ...clue(element, 'related', 'a list of other stories'), maxText: 0 };
}
