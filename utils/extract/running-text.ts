/**
 * How much running text a page has, and where: measures the prose paragraphs a page scan found
 * (outside navigation, hidden parts and teaser cards), groups them by the block that holds them,
 * and counts the headlines that link to other pages.
 */
import { weightedLength } from './weighted-length.ts';
import {
  BLOCK_TAGS,
  type LinkedHeading,
  type PageScan,
  type ParagraphCandidate,
} from './page-scan.ts';
import {
  absoluteHttpUrl,
  classifyUrl,
  documentBase,
  pageKey,
  parseHttpUrl,
  type UrlKind,
} from './url-shape.ts';

export interface RunningText {
  /** The block holding the most running text, or null when the page has none. */
  main: Element | null;
  /** Weighted length (see weightedLength) of the running text in `main`. */
  mainLength: number;
  /** Paragraphs of running text in `main`. */
  mainParagraphs: number;
  /** Weighted length of all running text on the page (teaser cards excluded). */
  totalLength: number;
  /** Distinct other pages that headlines link to. */
  teaserTargets: number;
}

/** Link targets that may be a story: not home pages, sections, listings, searches or feeds. */
const STORY_KINDS = new Set<UrlKind>(['article', 'unknown', 'short-path']);

/** A sentence's worth: shorter blocks are labels, buttons and bylines. */
const MIN_PARAGRAPH = 50;
/** A block mostly made of link text is navigation, not prose. */
const MAX_LINK_SHARE = 0.5;

/** A heading this long is a standfirst set in heading type, not a title. */
const MIN_HEADING_PARAGRAPH = 160;
const HEADING_TAGS = /^h[1-6]$/i;

/** Weighted length of a paragraph's text, and of the part of it that is link text. */
function measureParagraph(candidate: ParagraphCandidate): { length: number; linkLength: number } {
  if (!candidate.ownTextOnly) {
    const text = candidate.element.textContent ?? '';
    // Even all-Han text this short cannot reach a paragraph's weight: skip the measuring.
    if (text.length * 3 < MIN_PARAGRAPH) return { length: 0, linkLength: 0 };
    const length = weightedLength(text);
    if (candidate.insideLink) return { length, linkLength: length };
    if (HEADING_TAGS.test(candidate.element.localName) && length < MIN_HEADING_PARAGRAPH) {
      return { length: 0, linkLength: 0 };
    }
    return { length, linkLength: candidate.linkLength };
  }
  // A block holding <br>-separated text: its text nodes and inline children, not nested blocks.
  let length = 0;
  for (let child = candidate.element.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) {
      length += weightedLength(child.nodeValue ?? '');
    } else if (child.nodeType === 1) {
      const element = child as Element;
      const tag = element.localName;
      if (BLOCK_TAGS.has(tag) || tag === 'script' || tag === 'style') continue;
      length += weightedLength(element.textContent ?? '');
    }
  }
  return { length, linkLength: candidate.insideLink ? length : candidate.linkLength };
}

/** The block that holds a paragraph, climbing past wrappers that hold only that paragraph. */
function containerOf(paragraph: Element, body: Element): Element {
  let container = paragraph.parentElement ?? body;
  // firstElementChild === lastElementChild: one child, without counting them all.
  while (
    container !== body &&
    container.firstElementChild === container.lastElementChild &&
    container.parentElement
  ) {
    container = container.parentElement;
  }
  return container;
}

/** Distinct targets of headlines pointing to other pages, keyed by heading. */
function teasersOf(
  headings: LinkedHeading[],
  base: string,
  url: string | null,
): Map<Element, string> {
  const own = parseHttpUrl(url);
  const ownKey = own ? pageKey(own) : null;
  const teasers = new Map<Element, string>();
  for (const { heading, link } of headings) {
    const target = absoluteHttpUrl(link.getAttribute('href'), base);
    // A heading linking to its own page is a permalink, and one linking to a tag, section or home
    // page is navigation ("Tags:", "More in Science"): neither is a teaser for another story.
    if (!target || pageKey(target) === ownKey || !STORY_KINDS.has(classifyUrl(target).kind)) {
      continue;
    }
    teasers.set(heading, pageKey(target));
  }
  return teasers;
}

interface ContainerText {
  length: number;
  paragraphs: number;
  teasers: number;
}

/** Measure the running text found by `scan`. Reads only; never changes the document. */
export function measureRunningText(scan: PageScan, doc: Document, url: string | null): RunningText {
  const result: RunningText = {
    main: null,
    mainLength: 0,
    mainParagraphs: 0,
    totalLength: 0,
    teaserTargets: 0,
  };
  const body = doc.body;
  if (!body) return result;

  const containers = new Map<Element, ContainerText>();
  for (const candidate of scan.paragraphs) {
    const { length, linkLength } = measureParagraph(candidate);
    if (length < MIN_PARAGRAPH || linkLength > length * MAX_LINK_SHARE) continue;
    const container = containerOf(candidate.element, body);
    const entry = containers.get(container) ?? { length: 0, paragraphs: 0, teasers: 0 };
    entry.length += length - linkLength;
    entry.paragraphs += 1;
    containers.set(container, entry);
  }
  const teasers = teasersOf(scan.linkedHeadings, documentBase(doc, url), url);
  for (const heading of teasers.keys()) {
    for (let up = heading.parentElement; up; up = up.parentElement) {
      const entry = containers.get(up);
      if (entry) entry.teasers += 1;
    }
  }
  result.teaserTargets = new Set(teasers.values()).size;

  for (const [container, text] of containers) {
    // A block whose paragraphs sit beside headlines linking elsewhere is a teaser card or a
    // listing (search results, a section's story list), not an article's text.
    if (text.teasers > 0 && text.paragraphs <= 2 * text.teasers) continue;
    result.totalLength += text.length;
    if (text.length > result.mainLength) {
      result.main = container;
      result.mainLength = text.length;
      result.mainParagraphs = text.paragraphs;
    }
  }
  return result;
}
