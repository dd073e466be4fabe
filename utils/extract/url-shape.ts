/**
 * What a URL's shape says about the page behind it, without fetching anything. Used by detection
 * (is this page an article?) and by related-article collection (is this link a story or a section?).
 *
 * Shapes are judged from the path and query only, in any language: home pages, search results,
 * tag/category/author listings, feeds and section fronts are not articles; dates, long slugs and
 * numeric ids are what article URLs carry.
 */

export type UrlKind =
  'home' | 'search' | 'listing' | 'feed' | 'section' | 'short-path' | 'article' | 'unknown';

export interface UrlShape {
  kind: UrlKind;
  /** Human-readable evidence, e.g. "URL contains a date". */
  evidence: string[];
}

// Query parameters that carry a search term (WordPress uses `s`).
const SEARCH_PARAMS =
  /^(q|query|s|search|searchterm|search_query|keyword|keywords|term|k|text|wd)$/i;
// Path segments that name a search page in several languages.
const SEARCH_SEGMENTS =
  /^(search|suche|buscar|busca|busqueda|recherche|cerca|ricerca|zoeken|szukaj|poisk|arama|sok|haku|搜索|検索)$/i;
// Segments that make a page a listing of other pages (tag, category, author, archive, pagination).
const LISTING_SEGMENTS =
  /^(tag|tags|topic|topics|thema|themen|tema|temas|category|categories|categoria|categorias|categorie|kategorie|kategoria|rubrik|rubrique|author|authors|autor|autores|auteur|autore|writer|writers|reporter|profile|people|archive|archives|archiv|archivo|page|seite|pagina)$/i;
const FEED_PATH = /(^|\/)(feed|rss|atom)(\/|$)|\.(rss|atom|xml)$/i;
// Index documents that serve the site's home page.
const INDEX_FILE =
  /^(index|default|home|start|main|portada|accueil|startseite)(\.(html?|php|aspx?|jsp|shtml))?$/i;
// A language or region root such as /en/, /es-mx/, /zh-hans/ is a home page too.
const LANGUAGE_ROOT = /^[a-z]{2}([-_][a-z]{2,4})?$/i;
// Common section fronts in the languages of the corpus and the fixtures. A word list is a weak
// signal (a blog may have /world/ as a post), so it only lowers the score, it never decides alone.
const SECTION_WORDS = new Set(
  (
    'news world us uk europe asia africa americas australia middle-east politics business economy ' +
    'money markets finance tech technology science health sport sports football culture arts ' +
    'entertainment lifestyle life style travel food opinion opinions comment commentisfree ' +
    'environment climate local national international latest live video videos photos gallery ' +
    'weather education media books music film movies tv society fashion home ' +
    'noticias mundo politica economia deportes cultura sociedad internacional nacional opinion ' +
    'espectaculos tecnologia salud ciencia nachrichten politik wirtschaft kultur wissen panorama ' +
    'meinung ausland inland actualites monde economie societe sports notizie mondo cronaca esteri ' +
    'wiadomosci swiat kraj sport novosti mir politika ekonomika obshchestvo'
  ).split(' '),
);
// Query parameters whose numeric value identifies one story (?p=123, ?id=…, ?aid=…).
const ID_PARAMS =
  /^(p|id|aid|artid|article|articleid|article_id|story|storyid|story_id|pubid|newsid|news_id|nid|docid|contentid|itemid|post|postid|f)$/i;

const DATE_IN_PATH =
  /(^|\/)(19|20)\d\d[/_-](0?[1-9]|1[0-2]|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)([/_-]|$)|(^|[^\d])(19|20)\d\d(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])([^\d]|$)/i;
const LONG_ID = /\d{5,}/;

/** A URL the shape functions can read, or null for empty, relative or non-http(s) strings. */
export function parseHttpUrl(url: string | null | undefined): URL | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed : null;
  } catch {
    return null;
  }
}

function pathSegments(url: URL): string[] {
  return url.pathname
    .split('/')
    .filter((segment) => segment !== '')
    .map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        return segment;
      }
    });
}

/** A slug of four or more words (`peru-weighs-sending-prisoners`) or a long run of text. */
function isLongSlug(segment: string): boolean {
  const words = segment
    .replace(/\.[a-z]{2,5}$/i, '')
    .split(/[-_+,]+/)
    .filter((word) => /\p{L}/u.test(word));
  return words.length >= 4 || (words.length >= 2 && segment.length >= 30);
}

function articleEvidence(url: URL, segments: string[]): string[] {
  const evidence: string[] = [];
  const path = url.pathname;
  if (DATE_IN_PATH.test(path)) evidence.push('URL contains a date');
  if (segments.some(isLongSlug)) evidence.push('URL has a long slug');
  const idInQuery = [...url.searchParams].some(
    ([name, value]) => ID_PARAMS.test(name) && /\d{2,}/.test(value),
  );
  if (LONG_ID.test(path) || idInQuery) evidence.push('URL has an article id');
  return evidence;
}

function hasSearchTerm(url: URL, segments: string[]): boolean {
  if (segments.some((segment) => SEARCH_SEGMENTS.test(segment))) return true;
  return [...url.searchParams].some(
    ([name, value]) => SEARCH_PARAMS.test(name) && value.trim() !== '',
  );
}

/** Classify a page URL. Unparseable or non-http(s) URLs are `unknown` with no evidence. */
export function classifyUrl(url: string | URL | null | undefined): UrlShape {
  const parsed = url instanceof URL ? url : parseHttpUrl(url);
  if (!parsed) return { kind: 'unknown', evidence: [] };
  const segments = pathSegments(parsed);
  const last = segments.at(-1) ?? '';
  const article = articleEvidence(parsed, segments);

  if (hasSearchTerm(parsed, segments)) {
    return { kind: 'search', evidence: ['URL is a search-results page'] };
  }
  if (FEED_PATH.test(parsed.pathname)) return { kind: 'feed', evidence: ['URL is a feed'] };

  // The story's own slug or id wins over a listing word earlier in the path
  // (`/category/politics/long-story-slug-123/` is a story filed under a category).
  const lastIsStory = isLongSlug(last) || LONG_ID.test(last) || DATE_IN_PATH.test(last);
  if (!lastIsStory && segments.some((segment) => LISTING_SEGMENTS.test(segment))) {
    return { kind: 'listing', evidence: ['URL is a tag, category, author or archive page'] };
  }
  if (article.length > 0) return { kind: 'article', evidence: article };

  const isRoot =
    segments.length === 0 ||
    (segments.length === 1 && (INDEX_FILE.test(last) || LANGUAGE_ROOT.test(last)));
  if (isRoot) return { kind: 'home', evidence: ['URL is a home page'] };

  const plainWords = segments.every((segment) => /^\p{L}+(-\p{L}+)?$/u.test(segment));
  if (segments.length <= 2 && plainWords) {
    if (segments.some((segment) => SECTION_WORDS.has(segment.toLowerCase()))) {
      return { kind: 'section', evidence: [`URL looks like a section front (${parsed.pathname})`] };
    }
    return { kind: 'short-path', evidence: ['URL is a short path without an article slug'] };
  }
  return { kind: 'unknown', evidence: [] };
}

/**
 * The same page for our purposes: scheme, host, path (without a trailing slash) and query, hash
 * ignored. Tracking parameters (`utm_*`) are dropped so a shared link still matches.
 */
export function pageKey(url: string | URL): string {
  const parsed = typeof url === 'string' ? parseHttpUrl(url) : url;
  if (!parsed) return typeof url === 'string' ? url : url.href;
  const params = [...parsed.searchParams].filter(([name]) => !/^utm_/i.test(name));
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : '';
  const path = parsed.pathname.replace(/\/+$/, '');
  return `${parsed.host.toLowerCase().replace(/^www\./, '')}${path}${query}`;
}

/**
 * The base that relative links on the page resolve against: the page's own `<base href>` (itself
 * resolved against the page URL), else the page URL, else the document's baseURI. The page URL
 * matters because a snapshot parsed with DOMParser in an extension page has that page's URL.
 */
export function documentBase(doc: Document, url: string | null): string {
  const page = parseHttpUrl(url)?.href ?? doc.baseURI;
  // <base> belongs in <head>; looking only there avoids a selector over the whole page.
  const base = [...(doc.head?.children ?? [])].find((element) => element.localName === 'base');
  const href = base?.getAttribute('href');
  if (!href) return page;
  try {
    return new URL(href, page).href;
  } catch {
    return page;
  }
}

/** `href` resolved against `base`, if that gives an http(s) URL; null for anything else. */
export function absoluteHttpUrl(href: string | null | undefined, base: string): URL | null {
  const value = href?.trim();
  if (!value || value.startsWith('#')) return null;
  try {
    const url = new URL(value, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}
