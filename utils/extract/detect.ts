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
import type { DetectionReason, ReasonCode } from './detect-reasons.ts';
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
  return judgeArticle(doc, url).detection;
}

/**
 * The verdict, and the element holding the page's running text (null when none), which the
 * related-articles reader needs too: measuring it twice cost a tenth of collecting them.
 */
export function judgeArticle(
  doc: Document,
  url: string,
): { detection: Detection; main: Element | null } {
  if (!doc.body?.firstChild) {
    return { detection: { isArticle: false, reasons: [{ code: 'no-body' }] }, main: null };
  }
  const scan = scanPage(doc);
  const text = measureRunningText(doc, url, scan);
  // Reasons are codes, not sentences: this runs in auto mode's detection script (detect-reasons.ts).
  const signals: [number, DetectionReason[]][] = [];
  const say = (points: number, code: ReasonCode, value?: string | number) =>
    signals.push([points, [{ code, value }]]);

  // What the page says it is.
  const jsonLd = readJsonLdTypes(scan.jsonLd);
  const articleType = jsonLd.types.find((type) => ARTICLE_TYPE.test(type));
  const listingType = jsonLd.types.find((type) => LISTING_TYPE.test(type));
  const microdata = scan.itemTypes
    .map((type) => type.replace(/^.*\//, ''))
    .filter((type) => ARTICLE_TYPE.test(type));
  if (jsonLd.articles >= 3) say(-3, 'jsonld-articles', jsonLd.articles);
  else if (articleType)
    say(5, jsonLd.malformed ? 'jsonld-malformed' : 'jsonld-article', articleType);
  else if (listingType) say(-4, 'jsonld-listing', listingType);
  else if (microdata.length >= 3) say(-3, 'microdata-articles', microdata.length);
  else if (microdata[0]) say(4, 'microdata-article', microdata[0]);
  if (scan.ogType?.startsWith('article')) say(2, 'og-article');
  else if (scan.ogType) say(-1, 'og-other', scan.ogType);
  if (scan.dated) say(1, 'dated');

  // What its URL looks like.
  const shape = classifyUrl(url);
  const urlPoints =
    shape.kind === 'article' ? (shape.evidence.length > 1 ? 2 : 1.5) : URL_POINTS[shape.kind];
  // All the URL's evidence is one signal, whose reasons are listed together.
  if (urlPoints) signals.push([urlPoints, shape.evidence]);

  // How much it has to read, and in what shape.
  if (text.length >= STRONG_TEXT) say(4, 'long-text', text.paragraphs);
  else if (text.length >= ENOUGH_TEXT) say(3, 'text', text.paragraphs);
  else if (text.length >= SOME_TEXT) say(1, 'little-text', text.paragraphs);
  else say(-3, 'no-text');
  const holder = scan.articles.find((article) => text.main && article.contains(text.main));
  if (scan.articles.length >= 3 && !(holder && text.length >= STRONG_TEXT)) {
    say(-3, 'feed', scan.articles.length);
  } else if (holder) {
    say(1, 'in-article');
  }
  if (text.teasers >= 10) say(text.length >= STRONG_TEXT ? -1 : -2, 'teasers', text.teasers);
  // Web apps. Sites put a login box in the header of ordinary articles too, so these count only
  // where the text is thin.
  if (text.length < ENOUGH_TEXT) {
    if (scan.password) say(-3, 'password');
    if (scan.app) say(-3, 'app');
    if (scan.controls >= 12) say(-2, 'controls', scan.controls);
  }

  const isArticle = signals.reduce((sum, [points]) => sum + points, 0) > 0;
  // Reasons for the verdict first, strongest first; then the ones that pointed the other way.
  const sign = isArticle ? -1 : 1;
  const reasons = signals.sort((a, b) => sign * (a[0] - b[0])).flatMap(([, said]) => said);
  return { detection: { isArticle, reasons }, main: text.main };
}
