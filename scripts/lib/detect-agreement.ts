/**
 * Auto mode's lean detector (utils/extract/detect-lean.ts) beside the full one (detect.ts), page
 * by page: both verdicts on the same parsed document, and the full detector's reasons. The
 * agreement test (tests/detect-agreement.test.ts) and its report (scripts/detect-agreement.ts)
 * run it over the fixtures and the corpus.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { detectArticle } from '../../utils/extract/detect.ts';
import { detectLean } from '../../utils/extract/detect-lean.ts';
import type { Detection } from '../../utils/extract/types.ts';
import { loadFixturePages } from '../../tests/fixture-pages.ts';
import { loadCorpus, readCorpusHtml } from '../bench/corpus.ts';

export interface PageToJudge {
  /** `fixtures/<name>`, `e2e/<file>` or `<corpus set>/<id>`. */
  name: string;
  url: string;
  html: () => string;
}

export interface BothVerdicts {
  name: string;
  url: string;
  full: Detection;
  lean: boolean;
}

const REPO = join(import.meta.dirname, '..', '..');
const E2E_PAGES = join(REPO, 'tests', 'e2e', 'pages');

/**
 * The fixtures, and the pages the auto-mode end-to-end test serves (at the URLs it serves them
 * at): every page whose verdict a test states.
 */
export function fixturePagesToJudge(): PageToJudge[] {
  const e2e = (file: string, path: string): PageToJudge => ({
    name: `e2e/${file}`,
    url: `http://127.0.0.1${path}?tab=1`,
    html: () => readFileSync(join(E2E_PAGES, file), 'utf8'),
  });
  return [
    ...loadFixturePages().map((page) => ({
      name: `fixtures/${page.name}`,
      url: page.expected.url,
      html: () => page.html,
    })),
    e2e('news-article.html', '/news/2026/11/29/harbour-ferry-returns-after-winter-repairs'),
    e2e('news-home.html', '/'),
    e2e('spa.html', '/spa/'),
  ];
}

/** The corpus pages under `root` (../shared/corpus), or null where it is absent. */
export function corpusPagesToJudge(
  root = join(REPO, '..', 'shared', 'corpus'),
): PageToJudge[] | null {
  return (
    loadCorpus(root)?.map((page) => ({
      name: `${page.set}/${page.id}`,
      url: page.url,
      html: () => readCorpusHtml(page),
    })) ?? null
  );
}

/** Both detectors on one parse of the page (neither changes the document), at `url`. */
export function judgeBoth(page: PageToJudge, url = page.url): BothVerdicts {
  const dom = new JSDOM(page.html(), { url: page.url, virtualConsole: new VirtualConsole() });
  try {
    const doc = dom.window.document;
    const full = detectArticle(doc, url);
    return { name: page.name, url, full, lean: detectLean(doc, url).isArticle };
  } finally {
    dom.window.close();
  }
}
