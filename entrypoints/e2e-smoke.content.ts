import { defineContentScript } from 'wxt/utils/define-content-script';
import { readPage } from '../utils/extract/read-page';

/**
 * TEST ONLY, built into the LECTOR_E2E variant and nowhere else (wxt.config.ts drops it from
 * product builds). Firefox cannot be clicked from a test, so this runs Lector's reading core in
 * a Firefox content script on the test server's pages and leaves a summary on the page for the
 * smoke test to read (tests/e2e/firefox.e2e.ts).
 */
export default defineContentScript({
  matches: ['http://127.0.0.1/*'],
  runAt: 'document_idle',
  main() {
    const started = performance.now();
    const result = readPage(document, location.href, { window });
    const summary = {
      isArticle: result.isArticle,
      title: result.title,
      siteName: result.siteName,
      publishedTime: result.publishedTime,
      paragraphs: result.textContent.split('\n').filter((line) => line.trim()),
      related: result.related.map((item) => item.title),
      removedKinds: result.removed.map((removal) => removal.kind),
      ms: Math.round(performance.now() - started),
    };
    document.documentElement.setAttribute('data-lector-smoke', JSON.stringify(summary));
  },
});
