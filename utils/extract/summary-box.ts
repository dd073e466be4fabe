/**
 * The summary box ("Key points", "In brief") that live pages and features set between the
 * headline and the story: a short list of plain sentences, often with a small heading. It sits
 * outside the block Readability picks, so it is found in the page, between the headline and the
 * story's first kept paragraph, and put at the top of the article when the article lacks it.
 */
import { absolutizeUrls } from './absolute-urls.ts';
import {
  childElements,
  descendants,
  descendantsNamed,
  elementsAfter,
  isInsideAny,
  textOf,
} from './dom-walk.ts';
import { elementText, normalizeText } from './text.ts';

const MIN_ITEMS = 2;
const MIN_ITEM_TEXT = 20;
/** A summary list is sentences, not links. */
const MAX_LINK_SHARE = 0.3;
/** Elements looked at after the headline. */
const SEARCH = 120;

function isSummaryList(list: Element): boolean {
  const items = childElements(list).filter((child) => child.localName === 'li');
  if (items.length < MIN_ITEMS) return false;
  const texts = items.map((item) => elementText(item));
  if (texts.some((text) => text.length < MIN_ITEM_TEXT)) return false;
  const total = texts.reduce((sum, text) => sum + text.length, 0);
  const links = Array.from(list.querySelectorAll('a')).reduce(
    (sum, link) => sum + elementText(link).length,
    0,
  );
  return links <= total * MAX_LINK_SHARE;
}

/**
 * The summary list between `headline` and the story's first paragraph `storyStart` (with the
 * heading right before it, when there is one), outside clutter; null when there is none.
 */
export function findSummaryBox(
  headline: Element,
  storyStart: Element,
  clutter: { has(element: Element): boolean },
): Element[] | null {
  for (const element of elementsAfter(headline, SEARCH)) {
    // The walk goes into a container that holds the story's opening (the box may sit beside the
    // story in it), and stops at the opening itself. An opening found inside a list of
    // sentences is the summary's first point: that list is the box.
    if (element === storyStart) return null;
    if ((storyStart.compareDocumentPosition(element) & 4) /* FOLLOWING */ !== 0) return null;
    if (!/^(ul|ol)$/.test(element.localName) || isInsideAny(element, clutter)) continue;
    if (!isSummaryList(element)) continue;
    // A list of the page's tools ("Leave a comment (4)", "Share on Facebook") is no summary.
    if (descendants(element).some((inside) => clutter.has(inside))) continue;
    const heading = element.previousElementSibling;
    return heading && /^h[2-6]$/.test(heading.localName) ? [heading, element] : [element];
  }
  return null;
}

/**
 * Put copies of the summary box at the top of the extracted content unless the content already
 * shows its first item. Returns whether it was added.
 */
export function addSummaryBox(content: Element, box: readonly Element[], baseUrl: string): boolean {
  const list = box.at(-1);
  const firstItem = normalizeText(textOf(list?.querySelector('li')));
  // The box is there when one of the content's items says its first point: a paragraph of the
  // story that opens with the same words (key points often quote the story) is not the box.
  const shown = (item: Element) => elementText(item) === firstItem;
  if (!list || !firstItem || descendantsNamed(content, 'li').some(shown)) return false;
  const page = content.firstElementChild ?? content;
  const anchor = page.firstChild;
  for (const element of box) {
    const copy = content.ownerDocument.importNode(element, true);
    absolutizeUrls(copy, baseUrl);
    page.insertBefore(copy, anchor);
  }
  return true;
}
