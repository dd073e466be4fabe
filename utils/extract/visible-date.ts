/**
 * The publication date as the page shows it, for pages that state it nowhere else: a <time>
 * element, or a date written in the few lines around the headline ("CNN 12-06-2025"). Looking
 * only near the headline keeps dates inside the story, or on related cards, out of it. The short
 * name sharing the date's line is the story's source (an aggregator names the publisher there).
 */
import { parseDate, type DateContext } from './dates.ts';
import { bylineName, joinBylineParts, type LinePart } from './byline.ts';
import { boundedTextLength } from './declutter-block.ts';
import { BYLINE_START, COPYRIGHT } from './declutter-words.ts';
import { closestNamed, textOf } from './dom-walk.ts';

const TIME: ReadonlySet<string> = new Set(['time']);
const LINK: ReadonlySet<string> = new Set(['a']);

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
function sourceOnLine(dateNode: Node, headline: Node | null = null): string | null {
  const line = lineOf(dateNode);
  if (!line) return null;
  // The date parts the line: "By Jane Doe on Tue, 17 Jan 2012 News: Dunedin" names Jane Doe;
  // the headline can share a short line with its date, and is not the source.
  const parts = partsOf(line, dateNode, headline);
  // "Von Katrin Vogel | 12.06.2025 | Lesezeit: 2 Min.": the name is the part that is words.
  const name = bylineName(joinBylineParts(parts));
  if (!name || name.length > MAX_SOURCE || name.split(' ').length > 5) return null;
  return name;
}

/**
 * The text nodes under `element`, each with the link it is in; those in `apart` become one "|"
 * (a date between the parts of its line), those in `skip` are left out.
 */
function partsOf(
  element: Element,
  apart: Node | null = null,
  skip: Node | null = null,
): LinePart[] {
  const walker = element.ownerDocument.createTreeWalker(element, 4 /* NodeFilter.SHOW_TEXT */);
  const parts: LinePart[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (apart?.contains(node)) {
      if (parts.at(-1)?.text !== '|') parts.push({ text: '|', link: null });
    } else if (!skip?.contains(node)) {
      const link = node.parentElement ? closestNamed(node.parentElement, LINK) : null;
      parts.push({ text: node.nodeValue ?? '', link });
    }
  }
  return parts;
}

/**
 * The name a short line opening with "By" gives ("Por Ana Souza, g1 SP"), or null. A link on the
 * line is a part of its own: the name, or the outlet after it ("By David Finkelstein <a>Los
 * Angeles Times</a>").
 */
function bylineOnLine(element: Element): string | null {
  if (boundedTextLength(element, MAX_LINE) > MAX_LINE) return null;
  if (!BYLINE_START.test(textOf(element).trim())) return null;
  return bylineName(joinBylineParts(partsOf(element)));
}

/** How many text nodes after the headline are looked at, and the longest one read. */
const TEXT_NODES_AFTER_HEADLINE = 40;
const MAX_DATE_TEXT = 120;

function fromTimeElement(time: Element, context: DateContext): string | null {
  return (
    parseDate(time.getAttribute('datetime') ?? '', context) ?? parseDate(textOf(time), context)
  );
}

/**
 * "Updated 6 March 2026 · Published 5 March 2026": a line that gives the update first names the
 * publication date after its own label.
 */
const UPDATED_THEN_PUBLISHED = new RegExp(
  `(?<!\\p{L})(updated|last updated|aktualisiert|actualizado|mis à jour|aggiornato|atualizado|bijgewerkt|zaktualizowano|обновлено)(?!\\p{L}).*?(?<!\\p{L})(published|first published|posted|veröffentlicht|publicado|publié|pubblicato|gepubliceerd|opublikowano|опубликовано)(?!\\p{L})`,
  'iu',
);

/** The part of a date's text that holds the publication date. */
function publicationPart(text: string): string {
  const found = UPDATED_THEN_PUBLISHED.exec(text);
  return found ? text.slice(found.index + found[0].length - found[2]!.length) : text;
}

/** Scripts' and styles' text is never shown. */
const UNSHOWN = /^(script|style|noscript|template)$/;

/** A text node a reader sees as words or numbers (not a lone separator, not a script). */
function isVisibleWords(node: Node, text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text) && !UNSHOWN.test(node.parentElement?.localName ?? '');
}

/** The most text a site's notice (copyright, registration) beside a date is read for. */
const MAX_NOTICE = 500;

/**
 * Whether a date's text sits in the site's notice ("© Region Centre 2004-2011 · registered as a
 * news agency on 04 March 2009"): below a short story, the date scan can reach the footer.
 */
function inSiteNotice(node: Node): boolean {
  const parent = node.parentElement;
  if (!parent || boundedTextLength(parent, MAX_NOTICE) > MAX_NOTICE) return false;
  return COPYRIGHT.test(textOf(parent));
}

/** A date in the six text nodes (of words) before the headline, and how far back it is. */
function dateBefore(
  walker: TreeWalker,
  context: DateContext,
): { date: string; distance: number } | null {
  let distance = 0;
  for (let index = 0; index < 30 && distance < 6 && walker.previousNode(); index++) {
    const text = walker.currentNode.nodeValue ?? '';
    if (!isVisibleWords(walker.currentNode, text)) continue;
    distance++;
    const date = text.length <= MAX_DATE_TEXT ? parseDate(text, context) : null;
    if (date) return { date, distance };
  }
  return null;
}

/**
 * The date in the text nodes nearest the headline, before or after it, or null. Dates sit above
 * the headline on some pages (a kicker line) and below it on most; the nearer one wins, so that a
 * date line right above the headline beats the dates of the related list under the story.
 */
function nearHeadline(doc: Document, headline: Node, context: DateContext): Dateline | null {
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
  walker.currentNode = headline;
  const before = dateBefore(walker, context);
  walker.currentNode = headline;
  let seen = 0;
  // A byline on a line of its own before the date's ("Por Ana Souza, g1 SP" above "12/06/2025").
  let named: string | null = null;
  while (seen < TEXT_NODES_AFTER_HEADLINE && walker.nextNode()) {
    const node = walker.currentNode;
    if (headline.contains(node)) continue;
    const text = node.nodeValue?.trim() ?? '';
    if (!isVisibleWords(node, text)) continue;
    seen++;
    if (before && before.distance < seen) break;
    const parent = node.parentElement;
    named ??= parent ? bylineOnLine(parent) : null;
    // Parent links, not closest(): a document's first selector query builds jsdom's engine.
    const time = parent ? closestNamed(parent, TIME) : null;
    const date =
      (time ? fromTimeElement(time, context) : null) ??
      (text.length <= MAX_DATE_TEXT ? parseDate(publicationPart(text), context) : null);
    if (date && !inSiteNotice(node)) {
      return { date, source: sourceOnLine(time ?? node, headline) ?? named };
    }
  }
  return before ? { date: before.date, source: null } : null;
}

/**
 * The date (and source) the page shows near its headline or in a marked <time>; else the date in
 * the page's address; else a date near the page's first <h1>; else the page's first <time> (which
 * may belong to a list of other stories, so it comes last).
 */
export function readDateline(
  doc: Document,
  elements: { h1s: readonly Element[]; times: readonly Element[] },
  context: DateContext,
  headline: Node | null,
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
  const near =
    headline && doc.body.contains(headline) ? nearHeadline(doc, headline, context) : null;
  if (near) return near;
  if (context.urlDate) return { date: context.urlDate, source: null };
  // Old templates put the date line in a column beside the story, nearer the page's first <h1>
  // (when that comes before the headline: one further down is the footer's).
  const firstHeading = elements.h1s[0];
  const above =
    firstHeading &&
    (!headline || headline.compareDocumentPosition(firstHeading) & 2); /* PRECEDING */
  const nearFirst = firstHeading && above ? nearHeadline(doc, firstHeading, context) : null;
  if (nearFirst) return nearFirst;
  const firstTime = times[0];
  return firstTime ? { date: fromTimeElement(firstTime, context), source: null } : none;
}
