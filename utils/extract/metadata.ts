/**
 * What a page says about its article, read from the page itself (read-only): title, byline,
 * site name, publication date, lead image, language, text direction and summary. Each field
 * takes the most reliable source present: JSON-LD, then <meta> tags, then the visible page.
 */
import { bylineName, withoutSiteName } from './byline.ts';
import { absoluteHttpUrl, imageSrcHref, statedCanonical } from './page-url.ts';
import { dateInUrl, parseDate, type DateContext } from './dates.ts';
import { pageSlashOrder } from './page-date-order.ts';
import { readJsonLdArticle, type JsonLdArticle } from './json-ld.ts';
import {
  chooseTitle,
  sameTitle,
  saysTitle,
  siteNameFromTitle,
  siteNamesOf,
  stripSiteName,
} from './page-title.ts';
import { readDateline } from './visible-date.ts';
import { collectPageElements, type PageElements } from './page-elements.ts';
import { normalizeText } from './text.ts';
import { firstLineShown, headingText, isFrontPageLink, linesShown } from './title-on-page.ts';
import { textOf } from './dom-walk.ts';

export interface PageMetadata {
  title: string;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  /** From a `dir` attribute; null when the page does not say (decided from the text later). */
  dir: 'ltr' | 'rtl' | null;
  excerpt: string | null;
  leadImage: string | null;
  /** The article text the page states in JSON-LD, used to check the extraction. */
  jsonLdBody: string | null;
  /** The page's own canonical address, when on the same site (page-url.ts statedCanonical). */
  canonicalUrl: string | null;
}

/** <meta> contents by lower-cased name, property, itemprop or http-equiv (first one wins). */
type MetaIndex = Map<string, string>;

/**
 * One pass over the <meta> elements. Case-insensitive attribute selectors (`[name="x" i]`) cost
 * a scan of the whole document each in jsdom; a dozen of them cost more than Readability.
 */
function indexMeta(metas: readonly Element[]): MetaIndex {
  const index: MetaIndex = new Map();
  for (const element of metas) {
    const content = element.getAttribute('content')?.trim();
    if (!content) continue;
    for (const attribute of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = element.getAttribute(attribute)?.trim().toLowerCase();
      if (key && !index.has(key)) index.set(key, content);
    }
  }
  return index;
}

/** The content of the first <meta> with one of these names or properties. */
function meta(index: MetaIndex, ...keys: string[]): string | null {
  for (const key of keys) {
    const value = index.get(key.toLowerCase());
    if (value) return value;
  }
  return null;
}

const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i;

/** `en_US` → `en-US`; anything that is not a language tag → null. */
export function normalizeLang(value: string | null | undefined): string | null {
  const tag = value
    ?.trim()
    .replace(/_/g, '-')
    .split(/[,;\s]/)[0];
  return tag && LANGUAGE_TAG.test(tag) ? tag : null;
}

function readLang(doc: Document, metas: MetaIndex, ld: JsonLdArticle): string | null {
  return (
    normalizeLang(doc.documentElement?.getAttribute('lang')) ??
    normalizeLang(doc.documentElement?.getAttribute('xml:lang')) ??
    normalizeLang(meta(metas, 'content-language', 'og:locale', 'language', 'dc.language')) ??
    normalizeLang(ld.inLanguage)
  );
}

/**
 * The language dates are read in: the page's, or its `og:locale` where that is the same language
 * with a region (`en` and `en_US`: an American page, whose slash dates are month-first).
 */
function dateLanguage(lang: string | null, locale: string | null | undefined): string | null {
  const regional = normalizeLang(locale);
  return lang && regional?.toLowerCase().startsWith(`${lang.toLowerCase()}-`) ? regional : lang;
}

function readDir(doc: Document): 'ltr' | 'rtl' | null {
  for (const element of [doc.documentElement, doc.body]) {
    const dir = element?.getAttribute('dir')?.trim().toLowerCase();
    if (dir === 'rtl' || dir === 'ltr') return dir;
  }
  return null;
}

/** The byline the page states (JSON-LD, <meta>); the visible one is Readability's to find. */
function readByline(metas: MetaIndex, ld: JsonLdArticle): string | null {
  const publisher = ld.publisher?.toLowerCase();
  const people = ld.authors
    .map(bylineName)
    .filter((name): name is string => !!name && name.toLowerCase() !== publisher);
  if (people.length > 0) return [...new Set(people)].join(', ');
  return bylineName(meta(metas, 'author', 'article:author', 'byl', 'dc.creator', 'parsely-author'));
}

const DATE_META = [
  'article:published_time', 'og:published_time', 'datepublished', 'pubdate', 'publishdate',
  'publish-date', 'date', 'dc.date.issued', 'dc.date', 'dcterms.created', 'sailthru.date',
  'parsely-pub-date',
]; // prettier-ignore

function readPublished(metas: MetaIndex, ld: JsonLdArticle, context: DateContext): string | null {
  const stated = ld.datePublished ?? meta(metas, ...DATE_META);
  return stated ? parseDate(stated, context) : null;
}

/** Headings the title may be read from: <h1>s, then <h2>s (older pages keep <h1> for the site). */
const MAX_HEADINGS = 10;

function pageHeadings(elements: PageElements): Element[] {
  return [...elements.h1s.slice(0, MAX_HEADINGS), ...elements.h2s.slice(0, MAX_HEADINGS)];
}

/** Breadcrumb arrows before a title. */
const LEADING_ARROWS = /^[\s〉》»›>|·•]+/u;

/** Everything the page says about its article. `url` is the page's URL (for links and names). */
export function readMetadata(doc: Document, url: string): PageMetadata {
  const elements = collectPageElements(doc);
  const ld = readJsonLdArticle(elements.jsonLd);
  const metas = indexMeta(elements.metas);
  const declaredSite = meta(metas, 'og:site_name', 'application-name', 'twitter:site');
  // "@paper" (twitter:site) and "http://www.paper.example/" name the site by its handle or address.
  const siteName =
    declaredSite?.replace(/^@/, '').replace(/^https?:\/\/|\/$/gi, '') ?? ld.publisher ?? null;
  const headings = pageHeadings(elements);
  // A heading that only links to the site's front page is its name, as og:site_name would be.
  const frontPageNames = headings
    .filter((heading) => isFrontPageLink(heading, url))
    .map((heading) => textOf(heading));
  const siteNames = siteNamesOf([siteName, ld.publisher, ...frontPageNames], url);
  const headingTexts = headings.map(headingText);
  const title = chooseTitle({
    headings: headingTexts,
    ogTitle: meta(metas, 'og:title', 'twitter:title'),
    jsonLdHeadline: ld.headline,
    documentTitle: doc.title ?? '',
    siteNames,
    shownOnPage: (texts) => linesShown(doc, texts),
  });
  const lang = readLang(doc, metas, ld);
  const dateContext: DateContext = {
    lang: dateLanguage(lang, meta(metas, 'og:locale')),
    urlDate: dateInUrl(url),
    slashOrder: () => pageSlashOrder(doc),
  };
  const stated = readPublished(metas, ld, dateContext);
  const byline = readByline(metas, ld);
  // The line under the headline ("CNN 12-06-2025"), read only when the page states less.
  // Arrows left over from a breadcrumb the title was read from ("〉 〉年節食品抽查 …") go.
  const cleanTitle =
    (stripSiteName(title, siteNames) || title).replace(LEADING_ARROWS, '') || title;
  // Where the date line is looked for: the heading that says the title, else the first line
  // that shows it (a styled <div> or <h3> on older templates), else the first <h1>; found only
  // when the date line is read (the line search walks the page).
  const datelineAnchor = (): Node | null =>
    headings.find((_, index) => sameTitle(headingTexts[index]!, title)) ??
    firstLineShown(doc, [title, cleanTitle]) ??
    elements.h1s[0] ??
    null;
  const dateline =
    stated && byline ? null : readDateline(doc, elements, dateContext, datelineAnchor());
  const description = meta(metas, 'og:description', 'description', 'twitter:description');
  const shownSiteName = siteName ?? siteNameFromTitle(doc.title ?? '', cleanTitle, siteNames);
  return {
    title: cleanTitle,
    // A byline that is the headline (a meta author or a date line holding both) names no one.
    byline: withoutSiteName(
      [byline, dateline?.source].find((name) => name && !saysTitle(name, cleanTitle)) ?? null,
      shownSiteName,
    ),
    siteName: shownSiteName,
    publishedTime: stated ?? dateline?.date ?? null,
    lang,
    dir: readDir(doc),
    excerpt: description ? normalizeText(description) : ld.description,
    leadImage:
      absoluteHttpUrl(meta(metas, 'og:image', 'og:image:url', 'twitter:image'), url) ??
      absoluteHttpUrl(ld.image, url) ??
      absoluteHttpUrl(imageSrcHref(doc), url),
    jsonLdBody: ld.articleBody,
    canonicalUrl: statedCanonical(doc, url),
  };
}
