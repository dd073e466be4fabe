/**
 * The "what was removed" log: each removed block as a `Removal` the reader can list and put back.
 * A block's place is remembered as the text of the blocks just before it; once the article is
 * known, the nearest of those the article kept becomes `anchorText`.
 */
import type { Removal, RemovalKind } from './types.ts';
import { blockText, normalizeText, snippet } from './text.ts';
import { boundedTextLength } from './declutter-block.ts';
import { countDescendants } from './dom-walk.ts';
import { absolutizeUrls } from './absolute-urls.ts';

/** Blocks whose text can anchor a put-back block. */
const ANCHOR_TAGS = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'pre', 'figcaption', 'dd', 'td',
]); // prettier-ignore
const ANCHOR_CANDIDATES = 6;
const ANCHOR_SEARCH_STEPS = 1500;
const MAX_ANCHOR_TEXT = 4000;
/**
 * Larger blocks are logged without their HTML: nobody puts back a whole page section, and every
 * logged block costs a sanitizer pass.
 */
const MAX_HTML = 20_000;
const MAX_ELEMENTS = 400;
/**
 * Kinds logged without HTML: menus and empty ad slots show nothing worth putting back, and
 * related articles are listed in the side panel, where they work as links.
 */
const NO_HTML_KINDS: ReadonlySet<RemovalKind> = new Set(['navigation', 'advert', 'related']);

export interface PendingRemoval {
  kind: RemovalKind;
  reason: string;
  text: string;
  html: string;
  /** Texts of the blocks before it, nearest first. */
  anchorCandidates: string[];
}

function isInsideAny(element: Element, blocks: ReadonlySet<Element>): boolean {
  for (let node: Element | null = element; node; node = node.parentElement) {
    if (blocks.has(node)) return true;
  }
  return false;
}

/**
 * Texts of the nearest blocks before `element` in document order, nearest first, leaving out
 * blocks that are themselves being removed (they can never anchor anything).
 */
function precedingBlockTexts(element: Element, removed: ReadonlySet<Element>): string[] {
  const doc = element.ownerDocument;
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 1 /* SHOW_ELEMENT */);
  walker.currentNode = element;
  const texts: string[] = [];
  for (
    let steps = 0;
    steps < ANCHOR_SEARCH_STEPS && texts.length < ANCHOR_CANDIDATES && walker.previousNode();
    steps++
  ) {
    const candidate = walker.currentNode as Element;
    if (!ANCHOR_TAGS.has(candidate.localName) || candidate.contains(element)) continue;
    // A cell or item wrapping a whole page section is a layout box, not a block of text.
    if (boundedTextLength(candidate, MAX_ANCHOR_TEXT) > MAX_ANCHOR_TEXT) continue;
    if (isInsideAny(candidate, removed)) continue;
    // The block's last line: what the article's block text shows right before the gap.
    const text = blockText(candidate).split('\n').pop() ?? '';
    if (text) texts.push(text);
  }
  return texts;
}

/** The block's HTML with absolute URLs, taken from a copy (the page itself is never touched). */
function markupOf(element: Element, baseUrl: string): string {
  const copy = element.cloneNode(true) as Element;
  absolutizeUrls(copy, baseUrl);
  return copy.outerHTML;
}

/** What an image-only block shows, in words: its images' alt texts. */
function imageAlts(element: Element): string {
  const images =
    element.localName === 'img' ? [element] : Array.from(element.querySelectorAll('img'));
  return images
    .map((img) => img.getAttribute('alt')?.trim() ?? '')
    .filter(Boolean)
    .join(' ');
}

/** Describe a block about to be removed (its HTML is sanitized later, with all the others). */
export function describeRemoval(
  element: Element,
  kind: RemovalKind,
  reason: string,
  context: { baseUrl: string; removed: ReadonlySet<Element> },
): PendingRemoval {
  // Counting elements first is cheap; serializing a large block only to drop it is not.
  const small = countDescendants(element, MAX_ELEMENTS) <= MAX_ELEMENTS;
  const markup = !NO_HTML_KINDS.has(kind) && small ? markupOf(element, context.baseUrl) : '';
  return {
    kind,
    reason,
    text: snippet(blockText(element) || imageAlts(element)),
    html: markup.length <= MAX_HTML ? markup : '',
    anchorCandidates: precedingBlockTexts(element, context.removed),
  };
}

/**
 * Sanitize many fragments with one sanitizer call: each is wrapped in a <section>, the whole is
 * sanitized once, and the sanitized output is split at its top-level sections. One call instead
 * of one per block matters: each call parses a document and sets DOMPurify up again (about 2 ms
 * in jsdom). If the output does not split back into as many sections, each is sanitized alone.
 */
export function sanitizeEach(
  fragments: readonly string[],
  sanitize: (html: string) => string,
  parser: DOMParser,
): string[] {
  const present = fragments.filter((html) => html !== '');
  if (present.length <= 1) return fragments.map((html) => (html ? sanitize(html) : ''));
  const clean = sanitize(present.map((html) => `<section>${html}</section>`).join(''));
  const sections = Array.from(
    parser.parseFromString(`<!doctype html><body>${clean}`, 'text/html').body.children,
  );
  if (sections.length !== present.length || sections.some((s) => s.localName !== 'section')) {
    return fragments.map((html) => (html ? sanitize(html) : ''));
  }
  let next = 0;
  return fragments.map((html) => (html ? sections[next++]!.innerHTML : ''));
}

/**
 * Final records, numbered in document order, their HTML sanitized. `keptText` is the article's
 * block text: a candidate anchors the block when the article kept it as one of its lines.
 */
export function finishRemovals(
  pending: readonly PendingRemoval[],
  keptText: string,
  sanitizeAll: (fragments: readonly string[]) => string[],
): Removal[] {
  const kept = new Set(keptText.split('\n').map(normalizeText));
  const html = sanitizeAll(pending.map((removal) => removal.html));
  return pending.map((removal, index) => ({
    id: `r${index}`,
    kind: removal.kind,
    text: removal.text,
    reason: removal.reason,
    html: html[index] ?? '',
    anchorText: removal.anchorCandidates.find((text) => kept.has(text)) ?? null,
  }));
}
