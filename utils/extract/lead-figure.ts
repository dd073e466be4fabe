/**
 * The lead figure: a story's opening image and its caption, which feature layouts set apart from
 * the block Readability picks: above the headline (a "hero"), or in the header between the
 * headline and the story's paragraphs (under the standfirst and the byline). It is found in the
 * headline's own container and put back at the top of the article when the article has no image
 * of the same file.
 */
import { absolutizeUrls } from './absolute-urls.ts';
import { fixLazyImages } from './lazy-images.ts';
import { looksLikeLogo } from './declutter-links.ts';
import {
  closestNamed,
  descendants,
  descendantsNamed,
  firstNamed,
  isInsideAny,
} from './dom-walk.ts';

// Walks and parent loops stand in for the selector queries: the same elements, cheaper in jsdom.
const IMG = new Set(['img']);
const LINK_NAME = new Set(['a']);

/** How far up from the headline the figure may sit (the headline's header, the article). */
const LEVELS = 3;

/** The file name of an image URL, to tell whether the article already shows it. */
function fileOf(src: string | null): string {
  return (src ?? '').split(/[?#]/)[0]?.split('/').pop()?.toLowerCase() ?? '';
}

/** A figure's image is its photo unless it is the site's logo (a video player's placeholder). */
function isPhoto(img: Element | null): boolean {
  return img !== null && !looksLikeLogo(img);
}

/** Whether `a` comes before `b` in the page, and does not hold it. */
function precedes(a: Node, b: Node): boolean {
  return (a.compareDocumentPosition(b) & 4) /* FOLLOWING */ !== 0 && !a.contains(b);
}

/**
 * The figure with an image before the headline, or between it and `storyStart` (the first of
 * the story's paragraphs), within the headline's container and outside `clutter`; or null.
 */
export function findLeadFigure(
  headline: Element,
  storyStart: Element | null,
  clutter: { has(element: Element): boolean },
): Element | null {
  let container: Element | null = headline;
  for (let level = 0; level < LEVELS && container; level++) {
    container = container.parentElement;
    if (!container || /^(body|html)$/.test(container.localName)) return null;
    const figure = descendantsNamed(container, 'figure').find(
      (candidate) =>
        (precedes(candidate, headline) ||
          (storyStart !== null &&
            precedes(headline, candidate) &&
            precedes(candidate, storyStart))) &&
        isPhoto(firstNamed(candidate, IMG)) &&
        closestNamed(candidate, LINK_NAME) === null &&
        !isInsideAny(candidate, clutter),
    );
    if (figure) return figure;
  }
  return null;
}

/**
 * Put a copy of the lead figure at the top of the extracted content unless the content already
 * shows its image. Returns whether it was added.
 */
export function addLeadFigure(
  content: Element,
  figure: Element,
  context: { baseUrl: string; parser: DOMParser; clutter?: { has(element: Element): boolean } },
): boolean {
  const leadFile = fileOf(firstNamed(figure, IMG)?.getAttribute('src') ?? null);
  const shown = descendantsNamed(content, 'img').some(
    (img) => leadFile !== '' && fileOf(img.getAttribute('src')) === leadFile,
  );
  if (shown) return false;
  const copy = content.ownerDocument.importNode(figure, true);
  if (context.clutter) withoutClutter(figure, copy, context.clutter);
  fixLazyImages(copy, context.parser);
  absolutizeUrls(copy, context.baseUrl);
  const page = content.firstElementChild ?? content;
  page.insertBefore(copy, page.firstChild);
  return true;
}

/**
 * The copy without what declutter found inside the figure ("Purchase Licensing Rights" after a
 * wire photo's caption): the figure is copied from the page whole, and what was logged as
 * removed must not come back with it. A deep copy lists its elements in the original's order.
 */
function withoutClutter(
  figure: Element,
  copy: Element,
  clutter: { has(element: Element): boolean },
): void {
  const originals = descendants(figure);
  const copies = descendants(copy);
  if (originals.length !== copies.length) return;
  originals.forEach((element, index) => {
    if (clutter.has(element)) copies[index]!.remove();
  });
}
