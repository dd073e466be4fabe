/**
 * The publication date as the page shows it, for pages that state it nowhere else: a <time>
 * element, or a date written in the few lines around the headline ("CNN 12-06-2025"). Looking
 * only near the headline keeps dates inside the story, or on related cards, out of it.
 */
import { parseDate, type DateContext } from './dates.ts';

/** How many text nodes after the headline are looked at, and the longest one read. */
const TEXT_NODES_AFTER_HEADLINE = 40;
const MAX_DATE_TEXT = 120;

function fromTimeElement(time: Element, context: DateContext): string | null {
  return (
    parseDate(time.getAttribute('datetime') ?? '', context) ??
    parseDate(time.textContent ?? '', context)
  );
}

/** A date in the text nodes just before and after the headline, or null. */
function nearHeadline(doc: Document, headline: Element, context: DateContext): string | null {
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
  walker.currentNode = headline;
  // Dates sit above the headline on some pages (a kicker line) and below it on most.
  const before: string[] = [];
  for (let index = 0; index < 6 && walker.previousNode(); index++) {
    const text = walker.currentNode.nodeValue ?? '';
    if (text.trim()) before.push(text);
  }
  walker.currentNode = headline;
  let seen = 0;
  while (seen < TEXT_NODES_AFTER_HEADLINE && walker.nextNode()) {
    const node = walker.currentNode;
    if (headline.contains(node)) continue;
    const text = node.nodeValue?.trim() ?? '';
    if (!text) continue;
    seen++;
    const parent = node.parentElement;
    if (parent?.closest('time')) {
      const date = fromTimeElement(parent.closest('time')!, context);
      if (date) return date;
    }
    if (text.length <= MAX_DATE_TEXT) {
      const date = parseDate(text, context);
      if (date) return date;
    }
  }
  for (const text of before) {
    if (text.length <= MAX_DATE_TEXT) {
      const date = parseDate(text, context);
      if (date) return date;
    }
  }
  return null;
}

export function findVisibleDate(doc: Document, context: DateContext): string | null {
  if (!doc.body) return null;
  const times = Array.from(doc.body.querySelectorAll('time'));
  const marked = times.find(
    (time) =>
      time.hasAttribute('pubdate') || /datePublished/i.test(time.getAttribute('itemprop') ?? ''),
  );
  if (marked) {
    const date = fromTimeElement(marked, context);
    if (date) return date;
  }
  const headline = doc.body.querySelector('h1');
  if (headline) {
    const date = nearHeadline(doc, headline, context);
    if (date) return date;
  }
  const firstTime = times[0];
  return firstTime ? fromTimeElement(firstTime, context) : null;
}
