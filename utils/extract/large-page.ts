/**
 * Pages too large to read whole. The page's own article element (`itemprop=articleBody`,
 * <article>, <main>, `role=main`), when one is small enough, becomes a reduced page: the original
 * <head> facts (title, <meta>, canonical link, JSON-LD) plus that element. The whole pipeline then
 * runs on the reduced page, so its cost is bounded by the caps, not by the page.
 */
import type { Limits } from './limits.ts';
import { makeWorkingCopy } from './working-copy.ts';
import { childElements, countDescendants, descendants } from './dom-walk.ts';

/** Elements that declare themselves the article or the page's main part. */
function declaresArticle(element: Element): boolean {
  const name = element.localName;
  if (name === 'article' || name === 'main') return true;
  if (element.getAttribute('role') === 'main') return true;
  return /(?:^|\s)articleBody(?:\s|$)/.test(element.getAttribute('itemprop') ?? '');
}
/** Looking at more candidates than this on a huge page costs more than it can find. */
const MAX_CANDIDATES = 50;

/** The page's own article element small enough to read alone, or null. Reads only. */
export function findArticleRoot(
  doc: Document,
  limits: Pick<Limits, 'maxWorkElements'>,
): Element | null {
  // A walk, not querySelectorAll: attribute selectors cost far more on a page this size in jsdom.
  const candidates = descendants(doc).filter(declaresArticle).slice(0, MAX_CANDIDATES);
  return bestArticleRoot(doc, candidates, limits.maxWorkElements);
}

/**
 * Among `candidates`, the one of at most `maxWorkElements` elements with the most paragraphs,
 * holding the page's first <h1> counting double. Also the visited page's choice of what to send
 * (utils/page/snapshot-html.ts), so both sides pick the same element.
 */
export function bestArticleRoot(
  doc: Document,
  candidates: readonly Element[],
  maxWorkElements: number,
): Element | null {
  const headline = doc.body?.querySelector('h1') ?? null;
  let best: { element: Element; score: number } | null = null;
  for (const element of candidates) {
    if (countDescendants(element, maxWorkElements) > maxWorkElements) continue;
    const paragraphs = element.querySelectorAll('p').length;
    if (paragraphs === 0) continue;
    // Holding the headline counts double: the story's own box, not a sidebar or a feed.
    const score = paragraphs * (headline && element.contains(headline) ? 2 : 1);
    if (!best || score > best.score) best = { element, score };
  }
  return best?.element ?? null;
}

/** <head> elements that carry facts about the page (and <base>); the snapshot keeps the same. */
export function isHeadFact(element: Element): boolean {
  switch (element.localName) {
    case 'meta':
    case 'title':
    case 'base':
      return true;
    case 'link':
      return /\b(canonical|image_src)\b/i.test(element.getAttribute('rel') ?? '');
    case 'script':
      return element.getAttribute('type')?.trim().toLowerCase() === 'application/ld+json';
    default:
      return false;
  }
}

/** A new document: the page's head facts and a copy of `root`. The page is only read. */
export function reducedPage(
  doc: Document,
  root: Element,
  options: { baseUrl: string; limits: Limits },
): Document {
  const copy = makeWorkingCopy(doc, {
    baseUrl: options.baseUrl,
    title: doc.title ?? '',
    root,
    limits: options.limits,
  });
  const head = copy.doc.head;
  for (const element of doc.head ? childElements(doc.head) : []) {
    if (isHeadFact(element) && element.localName !== 'title' && element.localName !== 'base') {
      head.append(copy.doc.importNode(element, true));
    }
  }
  return copy.doc;
}
