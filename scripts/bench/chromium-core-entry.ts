/**
 * Bundled into a blank Chromium page by section-chromium-core.ts: Lector's reading core and plain
 * Readability, each timed on its own document parsed from the same HTML in that page (parsing
 * excluded), as the extension runs the core in a visited page.
 */
import { Readability } from '@mozilla/readability';
import { readPage } from '../../utils/extract/read-page.ts';
import { sanitizeArticleHtml, type DomWindow } from '../../utils/sanitize.ts';

export interface CoreTimes {
  lector: number;
  readability: number;
  /**
   * Readability, then its HTML through Lector's sanitizer: the least a reader built on plain
   * Readability does before it shows the article (security.md). A reference, not the anchor.
   */
  readabilitySanitized: number;
  /**
   * The same on a copy of the document: the least any reader held to the rules does (the
   * core leaves the page it is given unchanged, and sanitizes what it returns). Readability alone
   * rewrites the document it reads, so it skips the copy. A reference, not the anchor.
   */
  readabilityCopySanitized: number;
}

type Run = (doc: Document, url: string) => void;

const RUNS: Record<keyof CoreTimes, Run> = {
  lector: (doc, url) => {
    readPage(doc, url, { window: window as unknown as DomWindow, force: true });
  },
  readability: (doc) => {
    new Readability(doc).parse();
  },
  readabilitySanitized: (doc) => {
    const article = new Readability(doc).parse();
    if (article?.content) sanitizeArticleHtml(article.content, window as unknown as DomWindow);
  },
  readabilityCopySanitized: (doc) => {
    const article = new Readability(doc.cloneNode(true) as Document).parse();
    if (article?.content) sanitizeArticleHtml(article.content, window as unknown as DomWindow);
  },
};

/** Milliseconds for one run of `name` on a fresh document of `html`. */
function timeOnce(name: keyof CoreTimes, html: string, url: string): number {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const started = performance.now();
  RUNS[name](doc, url);
  return performance.now() - started;
}

/**
 * Both extractors on one page (and the sanitized reference), the better of two runs each (the
 * first run of a page also pays for compiling whatever code paths the page is the first to take),
 * in alternating order. The core keeps no answers from one read to the next (link-memo.ts), so
 * Lector's second run does the same work as its first, as the extension's one read of a page does.
 */
function timePage(html: string, url: string, lectorFirst: boolean): CoreTimes {
  const order: (keyof CoreTimes)[] = lectorFirst
    ? ['lector', 'readability', 'readabilitySanitized', 'readabilityCopySanitized']
    : ['readabilityCopySanitized', 'readabilitySanitized', 'readability', 'lector'];
  const best: CoreTimes = {
    lector: Infinity,
    readability: Infinity,
    readabilitySanitized: Infinity,
    readabilityCopySanitized: Infinity,
  };
  for (let round = 0; round < 2; round++) {
    for (const name of order) best[name] = Math.min(best[name], timeOnce(name, html, url));
  }
  return best;
}

(globalThis as unknown as { lectorBench: { timePage: typeof timePage } }).lectorBench = {
  timePage,
};
