/**
 * The lines between the headline and the story's first paragraph that repeat what the reader's
 * header already shows: the byline ("By Jane Doe", "CNN") and the date line ("Published
 * 12 June 2025, 10:30"). Standfirsts, images and captions in the same stretch stay.
 */
import { parseDate } from './dates.ts';
import { BYLINE_START } from './declutter-words.ts';
import { boundedTextLength } from './declutter-block.ts';
import type { Clue } from './declutter-clue.ts';
import { closestLink, closestNamed, firstNamed, linksUnder } from './dom-walk.ts';
import { elementText } from './text.ts';
import { absoluteHttpUrl, sharedPageUrl } from './url-key.ts';
import { classifyUrl } from './url-shape.ts';

const FIGURE_PARTS = new Set(['figure', 'figcaption']);

/** A header line is short; what is left of a date line once the date is gone is shorter. */
const MAX_LINE = 100;
const MAX_DATE_LABEL = 40;
/** Text nodes looked at between the headline and the lede. */
const MAX_NODES = 80;

const DATE_PIECES =
  /\d{1,4}([-/.:]\d{1,4})*|\b(am|pm|gmt|utc)\b|[\p{L}]+\s+\d{1,2},?\s+\d{4}|\d{1,2}\.?\s+[\p{L}]+\.?\s+\d{4}/giu;
/** The site's address, which some date lines show beside the date. */
const WEB_ADDRESS = /\b(https?:\/\/|www\.)\S+/giu;
/** Time zones ("EST", "CEST") in capitals only: in lower case they are words ("part", "about"). */
const TIME_ZONE = /\b[A-Z]{1,4}T\b/gu;

export function isDateLine(text: string): boolean {
  // Every date has a digit; most texts have none, and parsing is the costly part. A date in a
  // web address (`/2012/01/`) is not the line's date.
  if (!/\d/.test(text)) return false;
  const bare = text.replace(WEB_ADDRESS, ' ');
  if (!parseDate(bare)) return false;
  return (
    bare
      .replace(DATE_PIECES, '')
      .replace(TIME_ZONE, '')
      .replace(/[\s|·•,–—-]+/g, ' ')
      .trim().length <= MAX_DATE_LABEL
  );
}

const TIME = new Set(['time']);
const CLOCK_ONLY = /^\d{1,2}[:.h]\d{2}(\s*(am|pm|a\.m\.|p\.m\.|[A-Z]{2,5}))?$/iu;

/**
 * A line that is a <time> element with a machine-readable date and little else: "5 March",
 * "Thursday 10.00 GMT" (dates the text alone does not make whole, with no year or no day).
 */
function isTimeLine(line: Element, lineText: string): boolean {
  const time = line.localName === 'time' ? line : firstNamed(line, TIME);
  const stamp = time?.getAttribute('datetime');
  // A time of day alone ("11:05") heads a live blog's post, which stays.
  if (!time || !stamp || CLOCK_ONLY.test(elementText(time)) || !parseDate(stamp)) return false;
  const rest = lineText
    .replace(elementText(time), ' ')
    .replace(/[\s|·•,–—:-]+/g, ' ')
    .trim();
  return rest.length <= MAX_DATE_LABEL;
}

/** The line around a text node: its largest short ancestor below `stop`. */
function lineOf(node: Node, stop: Element): Element | null {
  let line: Element | null = null;
  for (
    let element = node.parentElement;
    element && element !== stop;
    element = element.parentElement
  ) {
    if (element.contains(stop)) break;
    if (boundedTextLength(element, MAX_LINE) > MAX_LINE) break;
    line = element;
  }
  return line;
}

export function headerLineClues(headline: Element, lede: Element): Clue[] {
  const doc = headline.ownerDocument;
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 4 /* SHOW_TEXT */);
  walker.currentNode = headline;
  const clues: Clue[] = [];
  const seen = new Set<Element>();
  for (let index = 0, node = walker.nextNode(); node && index < MAX_NODES; index++) {
    if (lede.contains(node) || (lede.compareDocumentPosition(node) & 4) /* FOLLOWING */ !== 0)
      break;
    const text = node.nodeValue?.replace(/\s+/g, ' ').trim() ?? '';
    const parent = node.parentElement;
    if (text && parent && !headline.contains(node) && !closestNamed(parent, FIGURE_PARTS)) {
      const line = lineOf(node, lede);
      const lineText = line ? elementText(line) : '';
      if (line && !seen.has(line) && lineText) {
        seen.add(line);
        if (isDateLine(lineText) || isTimeLine(line, lineText)) {
          clues.push({
            element: line,
            kind: 'other',
            reason: 'the date line (shown in the header)',
            maxText: 0,
          });
        } else if (BYLINE_START.test(lineText) && lineText.length <= MAX_LINE) {
          clues.push({
            element: line,
            kind: 'other',
            reason: 'the byline (shown in the header)',
            maxText: 0,
          });
        }
      }
    }
    node = walker.nextNode();
  }
  return clues;
}

/** A section label is a word or two ("Health", "Здоровье", "World news"). */
const MAX_KICKER = 40;
const MAX_KICKER_WORDS = 4;
/** Text nodes looked at above the headline for one with words in it. */
const MAX_NODES_ABOVE = 10;

/** The largest element around `link` whose text is the link's text and holds no `headline`. */
function lineAround(link: Element, headline: Element): Element {
  const text = elementText(link);
  let line = link;
  for (let up = line.parentElement; up && !up.contains(headline); up = up.parentElement) {
    if (elementText(up) !== text) break;
    line = up;
  }
  return line;
}

/** A link to a listing of stories on the site: "/subject/politics/", "/category/health". */
function isSectionUrl(href: string, pageUrl: string): boolean {
  const url = absoluteHttpUrl(href, pageUrl);
  const page = sharedPageUrl(pageUrl);
  if (!url || !page || url.host !== page.host) return false;
  // A feed is a listing too, but "RSS" above the headline is no section label.
  if (/(^|\/)(feed|rss|atom)(\/|$)|\.(rss|xml)$/i.test(url.pathname)) return false;
  const { kind } = classifyUrl(url);
  return kind === 'listing' || kind === 'section';
}

/** What separates a kicker's parts: "Politics / February 28, 2024", "World › Europe". */
const KICKER_SEPARATORS = /[\s/|·•›»>–—-]+/g;

/**
 * The kicker's line with its separators ("Politics /"), and the story's date when it shares the
 * line: growing from `line` while what else its box says is separators or `dated`'s text.
 */
function withSeparators(line: Element, headline: Element, dated: Element | null): Element {
  const label = elementText(line).replace(KICKER_SEPARATORS, '');
  let result = line;
  for (let up = line.parentElement; up && !up.contains(headline); up = up.parentElement) {
    let rest = elementText(up);
    if (dated && up.contains(dated)) rest = rest.replace(elementText(dated), '');
    if (rest.replace(KICKER_SEPARATORS, '') !== label) break;
    result = up;
  }
  return result;
}

/**
 * A kicker set as plain text right before the headline, its sibling ("<p class=kicker>Kultur in
 * der Stadt</p><h1>…"): a few words, no sentence, no figures. The reader's header places the
 * story; in the text it would read as the story's first line.
 */
function plainKickerClue(line: Element, headline: Element): Clue | null {
  let element: Element | null = line;
  while (element && element.parentElement !== headline.parentElement)
    element = element.parentElement;
  if (!element || element.nextElementSibling !== headline) return null;
  const text = elementText(element);
  if (text.length > MAX_KICKER || text.split(' ').length > MAX_KICKER_WORDS) return null;
  if (/[.!?:;\d]/.test(text) || linksUnder(element).length > 0) return null;
  return {
    element,
    kind: 'other',
    reason: 'the section label above the headline',
    maxText: 0,
  };
}

/**
 * The section the story is filed under, set right above its headline as one link to that
 * section ("<h2><a href="/health/">Health</a></h2>"), when the page links there elsewhere too
 * (its menu) or the link's address is a listing's ("/subject/politics/"): the reader's header
 * already places the story. Only a line beside the headline (sharing its parent or grandparent)
 * counts: text further up belongs to the page around. The line takes its separators and the
 * story's date when they share it ("Politics / February 28, 2024").
 */
export function kickerClue(headline: Element, pageUrl: string): Clue | null {
  const doc = headline.ownerDocument;
  if (!doc.body) return null;
  const walker = doc.createTreeWalker(doc.body, 4 /* SHOW_TEXT */);
  walker.currentNode = headline;
  let dated: Element | null = null;
  for (let index = 0; index < MAX_NODES_ABOVE && walker.previousNode(); index++) {
    const parent = walker.currentNode.parentElement;
    if (!/[\p{L}\p{N}]/u.test(walker.currentNode.nodeValue ?? '') || !parent) continue;
    const link = closestLink(parent);
    const href = link?.getAttribute('href');
    // The story's date after its section label ("Politics / February 28, 2024"): read past it.
    if (!link && !dated && isDateLine(elementText(parent))) {
      dated = parent;
      continue;
    }
    if (!link) return plainKickerClue(parent, headline);
    if (!href) return null;
    const text = elementText(link);
    if (text.length > MAX_KICKER || text.split(' ').length > MAX_KICKER_WORDS) return null;
    const line = lineAround(link, headline);
    const beside =
      line.parentElement?.contains(headline) ||
      line.parentElement?.parentElement?.contains(headline);
    if (!beside) return null;
    const elsewhere = linksUnder(doc.body).some(
      (other) => !line.contains(other) && other.getAttribute('href') === href,
    );
    if (!elsewhere && !isSectionUrl(href, pageUrl)) return null;
    return {
      element: withSeparators(line, headline, dated),
      kind: 'other',
      reason: 'the section label above the headline',
      maxText: 0,
    };
  }
  return null;
}
