/**
 * Is this page an article? A cheap verdict with reasons, run by auto mode on every page of an
 * allowed site, so it must not pull in Readability (auto mode's detection script has a 5 KB
 * budget): it weighs the page's own statements (JSON-LD, microdata, og:type), the shape of its
 * URL, its running text (script-aware) and its structure (one <article> or a feed of them,
 * headlines linking elsewhere, login forms).
 *
 * Each signal adds or takes away points; the page is an article when the sum is positive. The
 * weights are set so that no soft signal decides alone (a bare "/" URL loses to a page that is
 * plainly one long story), while the page's own schema.org statement nearly does.
 */
import type { Detection } from './types.ts';
import { scanPage } from './page-scan.ts';
import { measureRunningText } from './running-text.ts';
import { ARTICLE_TYPE, LISTING_TYPE, readJsonLdTypes } from './structured-data.ts';
import { classifyUrl } from './url-shape.ts';

/** Weighted lengths of running text (in Latin characters; see weighted-length.ts). */
const STRONG_TEXT = 1200;
const ENOUGH_TEXT = 500;
const SOME_TEXT = 250;

/** Points by URL kind; see url-shape.ts. A search page is as good as decided. */
const URL_POINTS: Record<string, number> = {
  search: -6,
  listing: -4,
  home: -2,
  section: -2,
  'short-path': -1,
};

/** Decide whether `doc` (at `url`) is an article. Reads only; never mutates the document. */
export function detectArticle(doc: Document, url: string): Detection {
  if (!doc.body?.firstChild) return { isArticle: false, reasons: ['page has no body'] };
  const scan = scanPage(doc);
  const text = measureRunningText(doc, url, scan);
  const signals: [number, string][] = [];
  const say = (points: number, reason: string) => signals.push([points, reason]);

  // What the page says it is.
  const jsonLd = readJsonLdTypes(scan.jsonLd);
  const articleType = jsonLd.types.find((type) => ARTICLE_TYPE.test(type));
  const listingType = jsonLd.types.find((type) => LISTING_TYPE.test(type));
  const microdata = scan.itemTypes
    .map((type) => type.replace(/^.*\//, ''))
    .filter((type) => ARTICLE_TYPE.test(type));
  if (jsonLd.articles >= 3) say(-3, `JSON-LD describes ${jsonLd.articles} articles (a listing)`);
  else if (articleType)
    say(5, `JSON-LD ${jsonLd.malformed ? '(malformed) names' : 'says'} ${articleType}`);
  else if (listingType) say(-4, `JSON-LD says ${listingType}`);
  else if (microdata.length >= 3)
    say(-3, `microdata marks ${microdata.length} articles (a listing)`);
  else if (microdata[0]) say(4, `microdata says ${microdata[0]}`);
  if (scan.ogType?.startsWith('article')) say(2, 'og:type is article');
  else if (scan.ogType) say(-1, `og:type is ${scan.ogType}`);
  if (scan.dated) say(1, 'page states a publication date');

  // What its URL looks like.
  const shape = classifyUrl(url);
  const urlPoints =
    shape.kind === 'article' ? (shape.evidence.length > 1 ? 2 : 1.5) : URL_POINTS[shape.kind];
  if (urlPoints) say(urlPoints, shape.evidence.join(', '));

  // How much it has to read, and in what shape.
  const paragraphs = `${text.paragraphs} paragraph${text.paragraphs === 1 ? '' : 's'}`;
  if (text.length >= STRONG_TEXT) say(4, `a long block of running text (${paragraphs})`);
  else if (text.length >= ENOUGH_TEXT) say(3, `a block of running text (${paragraphs})`);
  else if (text.length >= SOME_TEXT) say(1, `a little running text (${paragraphs})`);
  else say(-3, 'hardly any running text');
  const holder = scan.articles.find((article) => text.main && article.contains(text.main));
  if (scan.articles.length >= 3 && !(holder && text.length >= STRONG_TEXT)) {
    say(-3, `${scan.articles.length} <article> elements (a feed)`);
  } else if (holder) {
    say(1, 'the running text is inside an <article>');
  }
  if (text.teasers >= 10) {
    say(text.length >= STRONG_TEXT ? -1 : -2, `${text.teasers} headlines link to other pages`);
  }
  // Web apps. Sites put a login box in the header of ordinary articles too, so these count only
  // where the text is thin.
  if (text.length < ENOUGH_TEXT) {
    if (scan.password) say(-3, 'page has a password field (a login or app page)');
    if (scan.app) say(-3, 'page declares itself an application');
    if (scan.controls >= 12) say(-2, `page is mostly controls (${scan.controls}) and little text`);
  }

  const isArticle = signals.reduce((sum, [points]) => sum + points, 0) > 0;
  // Reasons for the verdict first, strongest first; then the ones that pointed the other way.
  const sign = isArticle ? -1 : 1;
  const reasons = signals.sort((a, b) => sign * (a[0] - b[0])).map(([, reason]) => reason);
  return { isArticle, reasons };
}
