import { JSDOM } from 'jsdom';
import { readPage } from '../../utils/extract/read-page.ts';
import type { DomWindow } from '../../utils/sanitize.ts';
import { hugePage, type Shape } from './huge-pages.ts';

/**
 * One generated page through the reading core, in a process of its own so that a run over the
 * bound can be stopped (tests/security/bounds.ts). Prints one JSON line when the page is parsed
 * (parsing is jsdom's cost, not the core's) and one with the result.
 * Usage: node --import tsx tests/security/bounds-child.ts <flat|deep> <elements>
 */
const [shape, size] = process.argv.slice(2);
const page = hugePage(shape as Shape, Number(size));
let started = performance.now();
const dom = new JSDOM(page.html, { url: 'https://news.example/2025/06/12/station-housing-plan' });
console.log(JSON.stringify({ parsedMs: Math.round(performance.now() - started) }));
started = performance.now();
const result = readPage(dom.window.document, null, { window: dom.window as unknown as DomWindow });
console.log(
  JSON.stringify({
    readMs: Math.round(performance.now() - started),
    failure: result.failure,
    message: result.message,
    words: result.wordCount,
    firstParagraph:
      result.textContent.split('\n').find((line) => line.startsWith('Paragraph 1')) ?? null,
  }),
);
dom.window.close();
