/**
 * The "what was removed" log: each removed block as a `Removal` the reader can list and put back.
 * Once the article is known, one pass over the page gives each block its `anchorText`: the text
 * of the nearest block before it that the article kept.
 */
import type { Removal, RemovalKind } from './types.ts';
import { blockTextStart, normalizeText, snippet } from './text.ts';
import {
  countDescendants,
  descendants,
  descendantsNamed,
  firstNamed,
  isInsideAny,
  nameOf,
  textOf,
} from './dom-walk.ts';
import { copySubtree } from './working-copy.ts';
import { absolutizeUrls } from './absolute-urls.ts';

/** Blocks whose text can anchor a put-back block. */
export const ANCHOR_TAGS: ReadonlySet<string> = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'pre', 'figcaption', 'dd', 'td',
]); // prettier-ignore
const MAX_ANCHOR_TEXT = 4000;
/** The length of a removed block's text in the log (see snippet). */
const SNIPPET_LENGTH = 120;
/**
 * Larger blocks are logged without their HTML: nobody puts back a whole page section, and every
 * logged block costs a sanitizer pass. The element count is checked before copying, the length
 * of the sanitized HTML at the end.
 */
const MAX_HTML = 20_000;
const MAX_ELEMENTS = 150;
/**
 * Kinds logged without HTML. Menus and empty ad slots show nothing worth putting back; related
 * articles are listed in the side panel, where they work as links; share bars, cookie notices,
 * overlays and sign-up boxes are controls that do nothing without the page's scripts and forms.
 */
const NO_HTML_KINDS: ReadonlySet<RemovalKind> = new Set([
  'navigation',
  'advert',
  'related',
  'share-bar',
  'cookie-notice',
  'interstitial',
  'newsletter',
]);

/**
 * A block's text as an anchor is matched: whitespace-collapsed; '' for a cell or item wrapping a
 * whole page section (a layout box, not a block of text).
 */
export function anchorTextOf(element: Element): string {
  const raw = textOf(element);
  return raw.length > MAX_ANCHOR_TEXT ? '' : normalizeText(raw);
}

/** Whether a removed block of `kind` is logged with its HTML (see NO_HTML_KINDS, MAX_ELEMENTS). */
export function logsHtml(element: Element, kind: RemovalKind): boolean {
  // Counting elements first is cheap; serializing a large block only to drop it is not.
  return !NO_HTML_KINDS.has(kind) && countDescendants(element, MAX_ELEMENTS) <= MAX_ELEMENTS;
}

export interface PendingRemoval {
  /** The block in the page (read only), to find its place once the article is known. */
  element: Element;
  kind: RemovalKind;
  reason: string;
  text: string;
  /**
   * A copy of the block (absolute URLs) inside a <section> of a scratch document, to be
   * sanitized with the article (sanitizeArticleContainers); null when logged without HTML.
   */
  copy: Element | null;
}

/**
 * Each block's anchor: walking the page once in document order, the text of the last block the
 * article kept before it. Blocks that are themselves removed never anchor anything.
 */
function anchorsOf(
  pending: readonly PendingRemoval[],
  kept: ReadonlySet<string>,
): Map<Element, string> {
  const anchors = new Map<Element, string>();
  const first = pending[0]?.element;
  const body = first?.ownerDocument.body;
  if (!body || kept.size === 0) return anchors;
  const removed = new Set(pending.map((removal) => removal.element));
  let lastKept: string | null = null;
  // Blocks of text since the last removed block, read only when another removed block follows,
  // from the nearest back: most of a page's text never needs reading.
  let since: Element[] = [];
  const settle = (): void => {
    for (let index = since.length - 1; index >= 0; index--) {
      const element = since[index]!;
      const text = anchorTextOf(element);
      if (text && kept.has(text) && !isInsideAny(element, removed)) {
        lastKept = text;
        break;
      }
    }
    since = [];
  };
  let left = removed.size;
  for (const element of descendants(body)) {
    if (removed.has(element)) {
      settle();
      if (lastKept !== null) anchors.set(element, lastKept);
      if (--left === 0) break; // nothing after the last removed block needs an anchor
      continue;
    }
    if (ANCHOR_TAGS.has(nameOf(element))) since.push(element);
  }
  return anchors;
}

/**
 * The block with absolute URLs, as a lean copy in a scratch document (the page itself is never
 * touched; a plain clone would also parse every style attribute again), held by a <section>.
 */
function copyOf(element: Element, context: RemovalContext): Element {
  const scratch = context.scratch();
  const copy = copySubtree(scratch, element);
  absolutizeUrls(copy, context.baseUrl);
  const holder = scratch.createElement('section');
  holder.append(copy);
  return holder;
}

export interface RemovalContext {
  baseUrl: string;
  /** A document to build the logged copies in (made on first use: some pages log no HTML at all). */
  scratch: () => Document;
}

/** What an image-only block shows, in words: its images' alt texts. */
function imageAlts(element: Element): string {
  const images = nameOf(element) === 'img' ? [element] : descendantsNamed(element, 'img');
  return images
    .map((img) => img.getAttribute('alt')?.trim() ?? '')
    .filter(Boolean)
    .join(' ');
}

/** The start of a block's text for the log, or its images' alt texts ('' when it shows neither). */
export function removalText(element: Element): string {
  // The snippet shows the start of the text; a block may hold pages of it.
  return snippet(blockTextStart(element, SNIPPET_LENGTH + 1) || imageAlts(element), SNIPPET_LENGTH);
}

/** What a block with no words can still show or offer: pictures, players, frames, controls. */
const SHOWN_WITHOUT_WORDS: ReadonlySet<string> = new Set([
  'img', 'picture', 'svg', 'canvas', 'video', 'audio', 'iframe', 'embed', 'object', 'button',
  'input', 'select', 'textarea',
]); // prettier-ignore

/**
 * Whether a removed block showed anything on the page: words, a picture's alt text, an image, a
 * frame or a control. An empty ad slot or comments container, a <br> or an empty link between
 * a section's blocks is left out of the article without a line in the log: listed, it would be a
 * blank entry with nothing to show or put back. A link is a control (share bars draw theirs
 * with the stylesheet); a named anchor (<a id>, no href) is not.
 */
export function showsSomething(element: Element, text: string): boolean {
  if (text !== '' || SHOWN_WITHOUT_WORDS.has(nameOf(element))) return true;
  if (nameOf(element) === 'a' && element.hasAttribute('href')) return true;
  if (firstNamed(element, SHOWN_WITHOUT_WORDS)) return true;
  return descendantsNamed(element, 'a').some((link) => link.hasAttribute('href'));
}

/** Describe a block about to be removed (its copy is sanitized later, with all the others). */
export function describeRemoval(
  element: Element,
  kind: RemovalKind,
  reason: string,
  context: RemovalContext,
): PendingRemoval {
  return {
    element,
    kind,
    reason,
    text: removalText(element),
    copy: logsHtml(element, kind) ? copyOf(element, context) : null,
  };
}

/** A block's sanitized HTML, or '' past the cap (logged without it). */
function withinCap(html: string): string {
  return html.length <= MAX_HTML ? html : '';
}

/**
 * A block cut from the extracted article itself (prune.ts, repeated-blocks.ts): its anchor is
 * read in the article when it is cut, and `copy` is the block itself, in a <section>.
 */
export interface ArticleCut {
  kind: RemovalKind;
  reason: string;
  text: string;
  /** The whole block's text, whitespace-collapsed (anchorTextOf: '' for a whole section). */
  fullText: string;
  anchorText: string | null;
  copy: Element | null;
}

type Unnumbered = Omit<Removal, 'id'>;

/**
 * The page's removed blocks (in page order) and the article's cut blocks (in article order) as
 * one list in reading order: a cut goes before the first page block anchored further down.
 */
function inReadingOrder(
  page: readonly Unnumbered[],
  cuts: readonly Unnumbered[],
  lines: readonly string[],
): Unnumbered[] {
  if (cuts.length === 0) return [...page];
  const lineOf = new Map<string, number>();
  lines.forEach((line, index) => lineOf.has(line) || lineOf.set(line, index));
  // An anchor the article's lines do not hold as such (a block of several lines) sorts last.
  const place = (removal: Unnumbered): number =>
    removal.anchorText === null ? -1 : (lineOf.get(removal.anchorText) ?? lines.length);
  const waiting = [...cuts].sort((a, b) => place(a) - place(b));
  const merged: Unnumbered[] = [];
  for (const removal of page) {
    while (waiting.length > 0 && place(waiting[0]!) < place(removal)) merged.push(waiting.shift()!);
    merged.push(removal);
  }
  return [...merged, ...waiting];
}

/**
 * Final records, numbered in reading order. `html` holds each pending block's copy sanitized
 * (sanitizeArticleContainers, in one pass with the article), `cutHtml` each article cut's.
 * `keptText` is the article's block text: a candidate anchors a page block when the article kept
 * it as one of its lines.
 */
export function finishRemovals(
  pending: readonly PendingRemoval[],
  keptText: string,
  html: readonly string[],
  cuts: readonly ArticleCut[] = [],
  cutHtml: readonly string[] = [],
): Removal[] {
  const lines = keptText.split('\n').map(normalizeText).filter(Boolean);
  const anchors = anchorsOf(pending, new Set(lines));
  const page = pending.map((removal, index) => ({
    kind: removal.kind,
    text: removal.text,
    reason: removal.reason,
    html: withinCap(html[index] ?? ''),
    anchorText: anchors.get(removal.element) ?? null,
  }));
  const cut = cuts.map(({ kind, text, reason, anchorText }, index) => ({
    kind,
    text,
    reason,
    html: withinCap(cutHtml[index] ?? ''),
    anchorText,
  }));
  return inReadingOrder(page, cut, lines).map((removal, index) => ({
    id: `r${index}`,
    ...removal,
  }));
}
