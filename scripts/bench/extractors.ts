/**
 * The two extractors the bench compares, each timed on its own freshly parsed document:
 * Lector's core (readPage, as the CLI runs it: "try anyway") and plain @mozilla/readability 0.6.0
 * with default options, scored on `article.textContent` exactly as the corpus baselines were.
 */
import { Readability } from '@mozilla/readability';
import { readPage } from '../../utils/extract/read-page.ts';
import { detectArticle } from '../../utils/extract/detect.ts';
import { collectRelated } from '../../utils/extract/related.ts';
import type { DomWindow } from '../../utils/sanitize.ts';
import { parseHtml } from '../lib/html-page.ts';

export interface Extraction {
  text: string;
  /** The article's title as the extractor gives it. */
  title: string;
  ms: number;
  /** Lector only: its failure kind, when it produced no article. */
  failure?: string | null;
  isArticle?: boolean;
}

export interface PageRun {
  lector: Extraction;
  readability: Extraction;
  /** detectArticle alone on the page. */
  detectMs: number;
  /** collectRelated alone on the page (another engineer's part of readPage). */
  relatedMs: number;
}

function runLector(html: string, url: string): Extraction {
  const dom = parseHtml(html, url);
  try {
    const started = performance.now();
    const result = readPage(dom.window.document, url, {
      window: dom.window as unknown as DomWindow,
      force: true,
    });
    const ms = performance.now() - started;
    return {
      text: result.textContent,
      title: result.title,
      ms,
      failure: result.failure,
      isArticle: result.isArticle,
    };
  } finally {
    dom.window.close();
  }
}

function runReadability(html: string, url: string): Extraction {
  const dom = parseHtml(html, url);
  try {
    const started = performance.now();
    const article = new Readability(dom.window.document).parse();
    const ms = performance.now() - started;
    return { text: article?.textContent ?? '', title: article?.title ?? '', ms };
  } catch {
    return { text: '', title: '', ms: 0 };
  } finally {
    dom.window.close();
  }
}

/** detectArticle and collectRelated alone, on one page (both only read it). */
function timeParts(html: string, url: string): { detectMs: number; relatedMs: number } {
  const dom = parseHtml(html, url);
  try {
    const doc = dom.window.document;
    const started = performance.now();
    detectArticle(doc, url);
    const detected = performance.now();
    collectRelated(doc, url);
    return { detectMs: detected - started, relatedMs: performance.now() - detected };
  } finally {
    dom.window.close();
  }
}

/** Timing rounds per page: each extractor's time is the best of these (see runPage). */
const ROUNDS = 2;

/**
 * Both extractors on one page, each on its own freshly parsed document, in alternating order so
 * that neither always pays for the other's garbage. Each is timed the best of ROUNDS runs, as the
 * Chromium section times them: one run of a page is at the mercy of a collection or a busy core,
 * which moved the ratio of medians by up to 0.2 from one bench run to the next. The text scored
 * is the first run's (both runs read the same page the same way).
 */
export function runPage(html: string, url: string, order: number): PageRun {
  const lectorFirst = order % 2 === 0;
  const round = (): { lector: Extraction; readability: Extraction } => {
    const first = lectorFirst ? runLector(html, url) : runReadability(html, url);
    const second = lectorFirst ? runReadability(html, url) : runLector(html, url);
    return lectorFirst
      ? { lector: first, readability: second }
      : { lector: second, readability: first };
  };
  const best = round();
  for (let again = 1; again < ROUNDS; again++) {
    const next = round();
    best.lector.ms = Math.min(best.lector.ms, next.lector.ms);
    best.readability.ms = Math.min(best.readability.ms, next.readability.ms);
  }
  return { ...best, ...timeParts(html, url) };
}
