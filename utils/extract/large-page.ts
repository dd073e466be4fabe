/**
 * Pages too large to read whole: find the page's own article element, small enough to read on
 * its own. Only elements that declare themselves the article count (`itemprop=articleBody`,
 * <article>, <main>, `role=main`), and among them the one holding the headline or, failing
 * that, the most paragraphs. Reads only.
 */
import { countElements, type Limits } from './limits.ts';

const DECLARED_ARTICLE = '[itemprop~="articleBody"], article, main, [role="main"]';
/** Looking at more candidates than this on a huge page costs more than it can find. */
const MAX_CANDIDATES = 50;

export function findArticleRoot(
  doc: Document,
  limits: Pick<Limits, 'maxWorkElements'>,
): Element | null {
  const candidates = Array.from(doc.querySelectorAll(DECLARED_ARTICLE)).slice(0, MAX_CANDIDATES);
  const headline = doc.body?.querySelector('h1') ?? null;
  let best: { element: Element; score: number } | null = null;
  for (const element of candidates) {
    const size = countElements(element);
    if (size > limits.maxWorkElements) continue;
    const paragraphs = element.querySelectorAll('p').length;
    if (paragraphs === 0) continue;
    // Holding the headline counts double: the story's own box, not a sidebar or a feed.
    const score = paragraphs * (headline && element.contains(headline) ? 2 : 1);
    if (!best || score > best.score) best = { element, score };
  }
  return best?.element ?? null;
}
