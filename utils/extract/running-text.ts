/**
 * How much running text a page has, and where: measures the prose paragraphs a page scan found
 * (outside navigation, hidden parts and teaser cards), groups them by the block that holds them,
 * and counts the headlines that link to other stories.
 */
import { scanPage, type PageScan, type ParagraphCandidate } from './page-scan.ts';
import { BLOCK_TAGS } from './page-tags.ts';
import { classifyUrl, parseHttpUrl } from './url-shape.ts';
import { documentBase } from './url-key.ts';
import { weightedLength } from './weighted-length.ts';
import { textOf } from './dom-walk.ts';

export interface RunningText {
  /** The block holding the most running text, or null when the page has none. */
  main: Element | null;
  /** Weighted length (see weightedLength) of the running text in `main`. */
  length: number;
  /** Paragraphs of running text in `main`. */
  paragraphs: number;
  /** Distinct other stories that headlines link to. */
  teasers: number;
}

/** A sentence's worth: shorter blocks are labels, buttons and bylines. */
const MIN_PARAGRAPH = 50;
/** A heading this long is a standfirst set in heading type, not a title. */
const MIN_HEADING_PARAGRAPH = 160;

/**
 * Weighted length of a paragraph's text less its link text (0 for navigation-like blocks), and
 * how many paragraphs it holds: a block of <br>-separated text holds one per stretch of text.
 */
function measure({ element, links, linked, own }: ParagraphCandidate): [number, number] {
  let length = 0;
  let paragraphs = 1;
  if (own) {
    // Its text nodes and inline children, not nested blocks; a stretch ends at a <br>.
    let stretch = 0;
    paragraphs = 0;
    for (let child = element.firstChild; child; child = child.nextSibling) {
      const tag = (child as Element).localName;
      if (tag === 'br') {
        if (stretch >= MIN_PARAGRAPH) paragraphs += 1;
        stretch = 0;
      } else if (!tag || !(BLOCK_TAGS.test(tag) || /^(script|style)$/.test(tag))) {
        const text = weightedLength(textOf(child));
        length += text;
        stretch += text;
      }
    }
    if (stretch >= MIN_PARAGRAPH || paragraphs === 0) paragraphs += 1;
  } else {
    const text = textOf(element);
    // Even all-Han text this short cannot weigh a paragraph: skip the measuring.
    if (text.length * 3 < MIN_PARAGRAPH) return [0, 0];
    length = weightedLength(text);
    if (/^h\d$/.test(element.localName) && length < MIN_HEADING_PARAGRAPH) return [0, 0];
  }
  // A block mostly made of link text is navigation, not prose.
  if (linked || length < MIN_PARAGRAPH || links > length / 2) return [0, 0];
  return [length - links, paragraphs];
}

/** The block that holds a paragraph, climbing past wrappers that hold only that paragraph. */
function containerOf(paragraph: Element, body: Element): Element {
  let container = paragraph.parentElement ?? body;
  // firstElementChild === lastElementChild: one child, found without counting them all.
  while (
    container !== body &&
    container.parentElement &&
    container.firstElementChild === container.lastElementChild
  ) {
    container = container.parentElement;
  }
  return container;
}

/** Host, path without a trailing slash, and query: enough to tell stories apart. */
const storyKey = (url: URL) => url.host + url.pathname.replace(/\/$/, '') + url.search;

/**
 * Headlines pointing to another story, keyed by heading. A heading linking to its own page is a
 * permalink, and one linking to a tag, section or home page is navigation ("Tags:", "More in
 * Science"): neither is a teaser for another story. Links resolve against the document's base,
 * or the page URL where the document has none of its own (a snapshot parsed in an extension page).
 */
function teasersOf(scan: PageScan, doc: Document, url: string | null): Map<Element, string> {
  const page = parseHttpUrl(url);
  // documentBase, not `doc.baseURI`: jsdom looks for a <base> with a selector on every read.
  const base = parseHttpUrl(documentBase(doc, url)) ?? page;
  const own = page && storyKey(page);
  const teasers = new Map<Element, string>();
  for (const [heading, link] of scan.headlines) {
    let target: URL;
    try {
      target = new URL(link.getAttribute('href') ?? '', base ?? undefined);
    } catch {
      continue;
    }
    const key = storyKey(target);
    if (key !== own && /^(article|unknown|short-path)$/.test(classifyUrl(target).kind)) {
      teasers.set(heading, key);
    }
  }
  return teasers;
}

/** Whether every link in `block` (in-page and script links aside) leads to the same address. */
function linksToOneStory(block: Element): boolean {
  const targets = new Set<string>();
  for (const link of block.getElementsByTagName('a')) {
    const href = link.getAttribute('href')?.split('#')[0];
    if (href && !/^(javascript|mailto):/i.test(href)) targets.add(href);
  }
  return targets.size <= 1;
}

/** Measure the running text of `doc` (scanned already, or now). Reads only. */
export function measureRunningText(
  doc: Document,
  url: string | null,
  scan = scanPage(doc),
): RunningText {
  const result: RunningText = { main: null, length: 0, paragraphs: 0, teasers: 0 };
  const body = doc.body;
  if (!body) return result;

  const containers = new Map<Element, { length: number; paragraphs: number }>();
  for (const candidate of scan.paragraphs) {
    const [length, paragraphs] = measure(candidate);
    if (length === 0) continue;
    const container = containerOf(candidate.element, body);
    const entry = containers.get(container) ?? { length: 0, paragraphs: 0 };
    entry.length += length;
    entry.paragraphs += paragraphs;
    containers.set(container, entry);
  }
  // Headlines and paragraphs counted by every block that holds them.
  const teasers = teasersOf(scan, doc, url);
  const headlinesIn = new Map<Element, number>();
  const paragraphsIn = new Map<Element, number>();
  const countUp = (counts: Map<Element, number>, from: Element | null, amount: number) => {
    for (let up = from; up; up = up.parentElement) counts.set(up, (counts.get(up) ?? 0) + amount);
  };
  for (const heading of teasers.keys()) countUp(headlinesIn, heading, 1);
  for (const [container, text] of containers) countUp(paragraphsIn, container, text.paragraphs);
  result.teasers = new Set(teasers.values()).size;

  /**
   * Paragraphs beside headlines linking elsewhere are a teaser card or a listing (search results,
   * a section's story list), not an article's text: a block is one when the nearest block around
   * it (up to three levels) that holds such headlines holds no more than two paragraphs apiece.
   * Around a short block (two paragraphs at most) only a card counts, a block whose links all
   * lead to one story: the story's own text may sit in a column full of other headlines, and a
   * related card's summary may be longer than the story.
   */
  const isTeaser = (container: Element, paragraphs: number) => {
    let up: Element | null = container;
    for (let level = 0; up && level < 4; level++, up = up.parentElement) {
      const headlines = headlinesIn.get(up) ?? 0;
      if (headlines === 0) continue;
      if (level > 0 && (paragraphs > 2 || !linksToOneStory(up))) return false;
      return (paragraphsIn.get(up) ?? 0) <= 2 * headlines;
    }
    return false;
  };
  for (const [container, text] of containers) {
    if (text.length > result.length && !isTeaser(container, text.paragraphs)) {
      result.main = container;
      result.length = text.length;
      result.paragraphs = text.paragraphs;
    }
  }
  return result;
}
