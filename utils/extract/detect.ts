/**
 * Is this page an article? A cheap verdict with reasons, run by auto mode on every page of an
 * allowed site, so it must not pull in Readability: it weighs the page's own statements
 * (JSON-LD, microdata, og:type), the shape of its URL, its running text (script-aware) and its
 * structure (one <article> or a feed of them, headlines linking elsewhere, login forms).
 *
 * Each signal adds or subtracts points; the page is an article when the sum is positive. The
 * weights are tuned so that no single soft signal decides alone (a bare "/" URL loses to a page
 * that is plainly one long story), while the page's own schema.org statement nearly does.
 */
import type { Detection } from './types.ts';
import { scanPage, type PageScan } from './page-scan.ts';
import { measureRunningText, type RunningText } from './running-text.ts';
import {
  ARTICLE_TYPES,
  LISTING_TYPES,
  readStructuredData,
  type StructuredData,
} from './structured-data.ts';
import { classifyUrl } from './url-shape.ts';

interface Signal {
  points: number;
  reason: string;
}

/** Weighted lengths of running text (Latin characters; see running-text.ts). */
const STRONG_TEXT = 1200;
const ENOUGH_TEXT = 500;
const SOME_TEXT = 250;

function structuredSignals(data: StructuredData): Signal[] {
  const signals: Signal[] = [];
  const articleType = data.jsonLdTypes.find((type) => ARTICLE_TYPES.has(type));
  const listingType = data.jsonLdTypes.find((type) => LISTING_TYPES.has(type));
  if (data.jsonLdArticles >= 3) {
    signals.push({
      points: -3,
      reason: `JSON-LD describes ${data.jsonLdArticles} articles (a listing)`,
    });
  } else if (articleType) {
    const how = data.jsonLdMalformed ? 'JSON-LD (malformed) names' : 'JSON-LD says';
    signals.push({ points: 5, reason: `${how} ${articleType}` });
  } else if (listingType) {
    signals.push({ points: -4, reason: `JSON-LD says ${listingType}` });
  }
  if (!articleType && data.microdataArticles.length >= 3) {
    signals.push({
      points: -3,
      reason: `microdata marks ${data.microdataArticles.length} articles (a listing)`,
    });
  } else if (!articleType && data.microdataArticles.length > 0) {
    signals.push({ points: 4, reason: `microdata says ${data.microdataArticles[0]}` });
  }
  if (data.ogType === 'article' || data.ogType?.startsWith('article')) {
    signals.push({ points: 2, reason: 'og:type is article' });
  } else if (data.ogType) {
    signals.push({ points: -1, reason: `og:type is ${data.ogType}` });
  }
  if (data.hasPublishedDate) signals.push({ points: 1, reason: 'page states a publication date' });
  return signals;
}

function urlSignals(url: string): Signal[] {
  const shape = classifyUrl(url);
  const reason = shape.evidence.join(', ');
  switch (shape.kind) {
    case 'search':
      return [{ points: -6, reason }];
    case 'listing':
    case 'feed':
      return [{ points: -4, reason }];
    case 'home':
      return [{ points: -2, reason }];
    case 'section':
      return [{ points: -2, reason }];
    case 'short-path':
      return [{ points: -1, reason }];
    case 'article':
      return [{ points: shape.evidence.length > 1 ? 2 : 1.5, reason }];
    default:
      return [];
  }
}

function textSignals(text: RunningText): Signal[] {
  const paragraphs = `${text.mainParagraphs} paragraph${text.mainParagraphs === 1 ? '' : 's'}`;
  if (text.mainLength >= STRONG_TEXT) {
    return [{ points: 4, reason: `a long block of running text (${paragraphs})` }];
  }
  if (text.mainLength >= ENOUGH_TEXT) {
    return [{ points: 3, reason: `a block of running text (${paragraphs})` }];
  }
  if (text.mainLength >= SOME_TEXT) {
    return [{ points: 1, reason: `a little running text (${paragraphs})` }];
  }
  return [{ points: -3, reason: 'hardly any running text' }];
}

/** Feeds, listings and web apps: many <article> cards, many headlines, login forms. */
function structureSignals(scan: PageScan, text: RunningText): Signal[] {
  const signals: Signal[] = [];
  const articles = scan.articles;
  const holder = text.main ? articles.find((element) => element.contains(text.main)) : undefined;
  if (articles.length >= 3 && !(holder && text.mainLength >= STRONG_TEXT)) {
    signals.push({ points: -3, reason: `${articles.length} <article> elements (a feed)` });
  } else if (holder) {
    signals.push({ points: 1, reason: 'the running text is inside an <article>' });
  }
  if (text.teaserTargets >= 10) {
    const points = text.mainLength >= STRONG_TEXT ? -1 : -2;
    signals.push({ points, reason: `${text.teaserTargets} headlines link to other pages` });
  }
  return [...signals, ...appSignals(scan, text)];
}

/**
 * Web apps: a login form or a screen full of controls around little text. Sites put a login box
 * in the header of ordinary article pages too, so these count only where the text is thin.
 */
function appSignals(scan: PageScan, text: RunningText): Signal[] {
  if (text.mainLength >= ENOUGH_TEXT) return [];
  const signals: Signal[] = [];
  if (scan.hasPassword) {
    signals.push({ points: -3, reason: 'page has a password field (a login or app page)' });
  }
  if (scan.hasApplicationRole) {
    signals.push({ points: -3, reason: 'page declares itself an application' });
  }
  if (scan.controls >= 12) {
    signals.push({
      points: -2,
      reason: `page is mostly controls (${scan.controls}) and little text`,
    });
  }
  return signals;
}

/** Supporting reasons first (strongest first), then the ones that pointed the other way. */
function orderReasons(signals: Signal[], isArticle: boolean): string[] {
  const sign = isArticle ? 1 : -1;
  return [...signals]
    .sort((a, b) => b.points * sign - a.points * sign)
    .map((signal) => signal.reason);
}

/** Decide whether `doc` (at `url`) is an article. Reads only; never mutates the document. */
export function detectArticle(doc: Document, url: string): Detection {
  if (!doc.body || doc.body.childNodes.length === 0) {
    return { isArticle: false, reasons: ['page has no body'] };
  }
  const scan = scanPage(doc);
  const text = measureRunningText(scan, doc, url);
  const signals = [
    ...structuredSignals(readStructuredData(scan)),
    ...urlSignals(url),
    ...textSignals(text),
    ...structureSignals(scan, text),
  ];
  const score = signals.reduce((sum, signal) => sum + signal.points, 0);
  const isArticle = score > 0;
  return { isArticle, reasons: orderReasons(signals, isArticle) };
}
