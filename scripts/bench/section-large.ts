/**
 * The bounds on pathological pages: how long the core takes on a generated 50,000-element page
 * (target: within 2 s, an article or a clear "too large"), on the same page without an <article>
 * element, and on a 2,000-deep page (a clear result, never a hang).
 */
import { readPage } from '../../utils/extract/read-page.ts';
import type { DomWindow } from '../../utils/sanitize.ts';
import { parseHtml } from '../lib/html-page.ts';
import { deepPage, largeNewsPage, largeUnmarkedPage } from './generated-pages.ts';
import { fixed, table } from './report.ts';
import type { BenchContext, Section } from './section.ts';

function measure(name: string, html: string): string[] {
  const dom = parseHtml(
    html,
    'https://news.example/2025/06/12/council-weighs-station-housing-plan',
  );
  try {
    const doc = dom.window.document;
    const elements = doc.getElementsByTagName('*').length;
    const started = performance.now();
    // Read as "try anyway", so that the whole pipeline runs even where detection says no.
    const result = readPage(doc, null, { window: dom.window as unknown as DomWindow, force: true });
    const ms = performance.now() - started;
    const verdict = result.isArticle ? 'an article' : 'not an article';
    const outcome = result.failure
      ? `${result.failure}: ${result.message}`
      : `${verdict}; text of ${result.wordCount} words`;
    return [
      name,
      elements.toLocaleString('en-US'),
      fixed(ms, 0),
      ms <= 2000 ? 'yes' : 'NO',
      outcome,
    ];
  } finally {
    dom.window.close();
  }
}

export const largePageSection: Section = {
  name: 'Pathological pages (target: within 2,000 ms, never a hang)',
  run(context: BenchContext) {
    context.print(
      table([
        ['page', 'elements', 'ms', '≤ 2 s', 'result'],
        measure('50,000 elements, story in <article>', largeNewsPage()),
        measure('50,000 elements, no <article>', largeUnmarkedPage()),
        measure('2,000-deep <div> chain', deepPage()),
      ]),
    );
  },
};
