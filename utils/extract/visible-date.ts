/**
 * The publication date as the page shows it, for pages that state it nowhere else: a <time>
 * element, or a date written in the few lines around the headline ("CNN 12-06-2025"). Looking
 * only near the headline keeps dates inside the story, or on related cards, out of it. The short
 * name sharing the date's line is the story's source (an aggregator names the publisher there).
 */
import { parseDate, type DateContext } from './dates.ts';
import { bylineName } from './byline.ts';
import { boundedTextLength } from './declutter-block.ts';

export interface Dateline {
  date: string | null;
  /** The name on the date's line ("CNN"), when there is one. */
  source: string | null;
}

/** A dateline is one short line: the date and perhaps a name. */
const MAX_LINE = 80;
const MAX_SOURCE = 40;

/** The short line around a date's text node. */
function lineOf(node: Node): Element | null {
  let line: Element | null = null;
  for (let element = node.parentElement; element; element = element.parentElement) {
    if (/^(h1|body|main|article)$/i.test(element.tagName)) break;
    if (boundedTextLength(element, MAX_LINE) > MAX_LINE) break;
    line = element;
  }
  return line;
}

/** The name on the date's line: what is left of the line without the date and separators. */
function sourceOnLine(dateNode: Node): string | null {
  const line = lineOf(dateNode);
  if (!line) return null;
  const walker = line.ownerDocument.createTreeWalker(line, 4 /* NodeFilter.SHOW_TEXT */);
  const parts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!dateNode.contains(node)) parts.push(node.nodeValue ?? '');
  }
  // "Von Katrin Vogel | 12.06.2025 | Lesezeit: 2 Min.": the name is the part that is words.
  const name = bylineName(parts.join(' '));
  if (!name || name.length > MAX_SOURCE || name.split(' ').length > 5) return null;
  return name;
}

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
function nearHeadline(doc: Document, headline: Element, context: DateContext): Dateline | null {
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
    const time = parent?.closest('time');
    const date =
      (time ? fromTimeElement(time, context) : null) ??
      (text.length <= MAX_DATE_TEXT ? parseDate(text, context) : null);
    if (date) return { date, source: sourceOnLine(time ?? node) };
  }
  for (const text of before) {
    if (text.length <= MAX_DATE_TEXT) {
      const date = parseDate(text, context);
      if (date) return { date, source: null };
    }
  }
  return null;
}

/** The date (and source) the page shows near its headline or in a marked <time>. */
export function readDateline(
  doc: Document,
  elements: { h1s: readonly Element[]; times: readonly Element[] },
  context: DateContext,
): Dateline {
  const none: Dateline = { date: null, source: null };
  if (!doc.body) return none;
  const times = elements.times.filter((time) => doc.body!.contains(time));
  const marked = times.find(
    (time) =>
      time.hasAttribute('pubdate') || /datePublished/i.test(time.getAttribute('itemprop') ?? ''),
  );
  const markedDate = marked ? fromTimeElement(marked, context) : null;
  if (marked && markedDate) return { date: markedDate, source: sourceOnLine(marked) };
  const headline = elements.h1s[0];
  const near = headline ? nearHeadline(doc, headline, context) : null;
  if (near) return near;
  const firstTime = times[0];
  return firstTime ? { date: fromTimeElement(firstTime, context), source: null } : none;
}
