/**
 * One related-story card read into a RelatedArticle: the card is the element that holds every
 * link to one story (image link, title link, heading) and nothing pointing to another story.
 * Fields come from what the card shows, by role rather than by class name: the heading (or the
 * longest link text, or the image's alt) is the title; a line that reads as a time is the time;
 * a short name beside it is the source; the longest prose block is the summary.
 */
import type { RelatedArticle } from './types.ts';
import type { DateContext } from './dates.ts';
import { looksLikeWrittenTime, parseWrittenTime } from './related-time.ts';
import { absoluteHttpUrl } from './url-key.ts';
import {
  childElements,
  closestHeading,
  closestLink,
  closestNamed,
  descendants,
  firstNamed,
  isAnyHeading,
  textOf,
} from './dom-walk.ts';

export interface CardContext extends DateContext {
  base: string;
  now: Date;
}

/** Summaries are for a side panel, not whole articles: cut at a word, marked with an ellipsis. */
const MAX_SUMMARY = 600;
const MIN_SUMMARY = 40;
const MAX_TITLE = 300;
const MAX_SOURCE = 48;
/** A card's meta line (source, time) is short; a block longer than this is more than that line. */
const MAX_META_LINE = 100;

// Words that name a source in class names, itemprops and data attributes: generic vocabulary.
const SOURCE_HINT =
  /(^|[\s_-])(source|publisher|outlet|provider|site-?name|origin|byline|author|credit|brand)s?($|[\s_-])/i;
// Short texts that are card furniture, not a source.
const NOT_A_SOURCE =
  /^(read more|more|continue reading|sponsored|advertisement|ad|video|live|new|updated|breaking|exclusive|opinion|analysis|photos?|watch|listen|share|comments?|\d+)$/i;
/*
 * A heading is `h1, h2, h3, h4, h5, h6, [role="heading"]` (isAnyHeading). The card's elements are
 * listed once (`all`, in document order, the card itself excluded, as `querySelectorAll('*')`
 * gives them) and every query below filters that list or climbs parent links: jsdom's selector
 * engine made these queries most of the cost of reading a card.
 */
const NOT_TEXT = new Set(['script', 'style', 'noscript', 'template', 'svg', 'button']);
const PROSE_BLOCK = new Set(['p', 'div']);
const PICTURE = new Set(['picture']);

export function plainText(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max);
  const space = head.lastIndexOf(' ');
  return `${(space > max * 0.6 ? head.slice(0, space) : head).replace(/[\s,;:.]+$/, '')}…`;
}

/** Elements of `card` that hold text themselves and no block of text inside. */
function textLeaves(all: Element[]): Element[] {
  return all.filter((element) => {
    if (/^(script|style|noscript|template|svg|button)$/i.test(element.localName)) return false;
    if (closestNamed(element, NOT_TEXT)) return false;
    const text = plainText(textOf(element));
    if (text === '') return false;
    // A leaf, or an element whose children are all inline wrappers of the same text.
    return childElements(element).every(
      (child) =>
        /^(b|i|em|strong|span|small|time|abbr|img|br|svg|sup|sub)$/i.test(child.localName) &&
        child.children.length === 0,
    );
  });
}

/** A headline is a phrase: a link of this many words says more than a heading of fewer. */
const MIN_HEADLINE_WORDS = 3;

function titleOf(all: Element[], links: Element[]): string | null {
  const headingElement = all
    .filter(isAnyHeading)
    .find((element) => plainText(textOf(element)).length >= 3);
  const heading = headingElement ? plainText(textOf(headingElement)) : undefined;
  const [linkText, link] =
    links
      .map(
        (link) => [plainText(textOf(link)) || plainText(link.getAttribute('title')), link] as const,
      )
      .filter(([text]) => text.length >= 3 && text.length <= MAX_TITLE)
      .sort((a, b) => b[0].length - a[0].length)[0] ?? [];
  // A card may set its column's author or section as the heading and link the headline below it;
  // a link that holds a headline's heading says more only by its kicker ("Freizeit" above it),
  // while a one-word heading in the link is a label ("Latest"), not the headline.
  const linkSaysMore =
    !!heading &&
    !!linkText &&
    !(link?.contains(headingElement!) && heading.split(' ').length >= MIN_HEADLINE_WORDS) &&
    linkText.length > heading.length &&
    linkText.split(' ').length >= MIN_HEADLINE_WORDS;
  if (heading && !linkSaysMore) return cut(heading, MAX_TITLE);
  if (linkText) return linkText;
  const alt = all
    .filter((element) => element.localName === 'img' && element.hasAttribute('alt'))
    .map((img) => plainText(img.getAttribute('alt')))
    .find((text) => text.length >= 10);
  return alt ? cut(alt, MAX_TITLE) : null;
}

interface TimeFields {
  timeText: string | null;
  date: string | null;
  element: Element | null;
}

function timeOf(all: Element[], leaves: Element[], context: CardContext): TimeFields {
  const time = all.find((element) => element.localName === 'time');
  if (time) {
    const text = plainText(textOf(time)) || null;
    const stamp = time.getAttribute('datetime');
    const fromAttribute = stamp ? parseWrittenTime(stamp, context.now, context).date : null;
    const fromText = text ? parseWrittenTime(text, context.now, context).date : null;
    return { timeText: text, date: fromAttribute ?? fromText, element: time };
  }
  const leaf = leaves.find(
    (element) =>
      !closestHeading(element) && looksLikeWrittenTime(plainText(textOf(element)), context),
  );
  if (!leaf) return { timeText: null, date: null, element: null };
  const text = timePart(plainText(textOf(leaf)), context);
  return { timeText: text, date: parseWrittenTime(text, context.now, context).date, element: leaf };
}

/** Parts of a card's meta line: "Local · 1 day ago", "Business | 5 hours ago". */
const META_SEPARATOR = /\s+[·•|]\s+/;

/** The part of a meta line that is the time, when the line holds more ("Local · 1 day ago"). */
function timePart(text: string, context: CardContext): string {
  const parts = text.split(META_SEPARATOR);
  if (parts.length < 2) return text;
  const times = parts.filter((part) => looksLikeWrittenTime(part, context));
  return times.length === 1 ? times[0]! : text;
}

function hintsSource(element: Element): boolean {
  for (const attribute of element.getAttributeNames()) {
    if (attribute === 'class' || attribute === 'itemprop' || attribute.startsWith('data-')) {
      if (SOURCE_HINT.test(element.getAttribute(attribute) ?? '')) return true;
    }
    if (attribute.startsWith('data-') && SOURCE_HINT.test(attribute.slice(5))) return true;
  }
  return false;
}

function isSourceLike(text: string, title: string | null): boolean {
  return (
    text.length >= 2 &&
    text.length <= MAX_SOURCE &&
    text.split(' ').length <= 6 &&
    text !== title &&
    !NOT_A_SOURCE.test(text) &&
    !looksLikeWrittenTime(text)
  );
}

/**
 * The source: an element the page marks as one (source, publisher, byline… in its attributes, or
 * <cite>), else a short name written on the same line as the time (`CNN · 2 hours ago`).
 */
function sourceOf(
  card: Element,
  all: Element[],
  leaves: Element[],
  title: string | null,
  time: Element | null,
): string | null {
  for (const element of all) {
    if (element.localName !== 'cite' && !hintsSource(element)) continue;
    const text = plainText(textOf(element)).replace(/^(by|por|von|par|di|door)\s+/i, '');
    if (isSourceLike(text, title)) return text;
  }
  if (!time) return null;
  // The card's meta line: the largest block around the time that is still a short line of text
  // (`Associated Press · 27 minutes ago`). A kicker above the title is not on it.
  let line = time;
  while (
    line.parentElement &&
    line.parentElement !== card &&
    plainText(textOf(line.parentElement)).length <= MAX_META_LINE
  ) {
    line = line.parentElement;
  }
  for (const element of descendants(line)) {
    if (!leaves.includes(element) || time.contains(element) || element.contains(time)) continue;
    if (closestHeading(element) || closestLink(element)) continue;
    const text = plainText(textOf(element));
    if (isSourceLike(text, title)) return text;
  }
  return null;
}

function summaryOf(all: Element[], title: string | null, exclude: string[]): string | null {
  const blocks = all.filter(
    (element) =>
      /^(p|div|span)$/.test(element.localName) &&
      !firstNamed(element, PROSE_BLOCK) &&
      !closestHeading(element),
  );
  const best = blocks
    .map((element) => plainText(textOf(element)))
    .filter((text) => text.length >= MIN_SUMMARY && text !== title && !exclude.includes(text))
    .sort((a, b) => b.length - a.length)[0];
  return best ? cut(best, MAX_SUMMARY) : null;
}

const IMAGE_ATTRIBUTES = ['src', 'data-src', 'data-lazy-src', 'data-original', 'data-url'];

function firstFromSrcset(srcset: string | null): string | null {
  return srcset?.trim().split(/\s+/)[0] ?? null;
}

/** The card's image as an absolute http(s) URL, lazy-loading attributes and <noscript> included. */
function thumbnailOf(all: Element[], base: string): string | null {
  for (const img of all.filter((element) => element.localName === 'img')) {
    for (const name of IMAGE_ATTRIBUTES) {
      const url = absoluteHttpUrl(img.getAttribute(name), base);
      if (url) return url.href;
    }
    for (const name of ['srcset', 'data-srcset']) {
      const url = absoluteHttpUrl(firstFromSrcset(img.getAttribute(name)), base);
      if (url) return url.href;
    }
  }
  // `picture source[srcset]`: the <picture> may be any ancestor, inside the card or not.
  const sources = all.filter(
    (element) =>
      element.localName === 'source' &&
      element.hasAttribute('srcset') &&
      element.parentElement !== null &&
      closestNamed(element.parentElement, PICTURE) !== null,
  );
  for (const source of sources) {
    const url = absoluteHttpUrl(firstFromSrcset(source.getAttribute('srcset')), base);
    if (url) return url.href;
  }
  for (const noscript of all.filter((element) => element.localName === 'noscript')) {
    const src = /<img[^>]+src=["']([^"']+)["']/i.exec(textOf(noscript))?.[1];
    const url = absoluteHttpUrl(src, base);
    if (url) return url.href;
  }
  return null;
}

/** Read one card. `links` are the card's links to `url`; null when no title can be found. */
export function readCard(
  card: Element,
  url: string,
  links: Element[],
  context: CardContext,
): RelatedArticle | null {
  const all = descendants(card);
  const title = titleOf(all, links);
  if (!title) return null;
  const leaves = textLeaves(all);
  const time = timeOf(all, leaves, context);
  const source = sourceOf(card, all, leaves, title, time.element);
  // The time's whole line too: "Local · 1 day ago" is a meta line, never a summary.
  const timeLine = time.element ? plainText(textOf(time.element)) : null;
  const exclude = [source, time.timeText, timeLine].filter((text): text is string => text !== null);
  return {
    title,
    url,
    source,
    timeText: time.timeText,
    date: time.date,
    summary: summaryOf(all, title, exclude),
    thumbnail: thumbnailOf(all, context.base),
  };
}
