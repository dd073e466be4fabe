/**
 * What a URL's shape says about the page behind it, without fetching anything: the part both
 * detectors share. url-shape.ts's classifyUrl adds the section-front word list and words the
 * evidence as detection reasons; auto mode's lean detector (detect-lean.ts) uses this alone, so
 * its detection script stays under 5 KB.
 *
 * Judged from the path and query only, in any language: home pages, search results, tag /
 * category / author listings and feeds are not articles; dates, long slugs and numeric ids are
 * what article URLs carry. The word lists are regular expressions, not sets: an alternation is
 * the densest list there is.
 */
import type { ReasonCode } from './detect-reasons.ts';

export type UrlKind =
  'home' | 'search' | 'listing' | 'section' | 'short-path' | 'article' | 'unknown';

// A search: a path segment naming one, or a query parameter carrying a term (WordPress: `s`).
const SEARCH_SEGMENT = /^(search|suche|buscar?|recherche|cerca|zoeken|szukaj|搜索|検索)$/i;
const SEARCH_PARAM = /^(q|query|s|search\w*|keywords?|term|wd)$/i;
// A listing of other pages: tag, topic, category, author, archive, page N, feed.
const LISTING_SEGMENT =
  /^(tags?|topics?|them[ae]n?|categor\w*|kategor\w*|rubri\w+|authors?|autor\w*|auteur|writers?|staff|columnists?|contributors?|profile|archiv\w*|page|seite|feed|rss)$|\.(rss|xml)$/i;
// The home page: the root, an index document, or a language root (/en/, /es-mx/).
const HOME_SEGMENT = /^(index|default|home|portada|accueil)(\.\w+)?$|^[a-z]{2}([-_][a-z]{2,4})?$/i;
// A query parameter whose numeric value names one story (?p=123, ?id=…, ?aid=…).
const ID_PARAM =
  /^(p|f|id|aid|artid|pubid|nid|docid|postid|(article|story|news|content|item)_?id)$/i;
const DATE =
  /(^|\/)(19|20)\d\d[/_-](0?[1-9]|1[0-2]|[a-z]{3})([/_-]|$)|(^|\D)(19|20)\d\d(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(\D|$)/i;
const LONG_ID = /\d{5,}/;

/** A URL the shape functions can read, or null for empty, relative or non-http(s) strings. */
export function parseHttpUrl(url: string | null | undefined): URL | null {
  try {
    const parsed = new URL(url ?? '');
    return /^https?:$/.test(parsed.protocol) ? parsed : null;
  } catch {
    return null;
  }
}

/** A slug of four or more words (`peru-weighs-sending-prisoners`), or two in a long segment. */
const isLongSlug = (segment: string) => {
  const words = segment.split(/[-_+,]+/).filter((word) => /\p{L}/u.test(word)).length;
  return words >= 4 || (words >= 2 && segment.length >= 30);
};

/** The path's segments, decoded (raw where an escape is malformed). */
export function pathSegments(parsed: URL): string[] {
  const segments = parsed.pathname.split('/').filter(Boolean);
  try {
    return segments.map(decodeURIComponent);
  } catch {
    return segments;
  }
}

/**
 * The URL's kind, and for an article what it was judged from (`url-date`, `url-slug`, `url-id`).
 * A path of one or two words is a `short-path` here; classifyUrl tells section fronts among them.
 */
export function urlKind(parsed: URL): [UrlKind, ...ReasonCode[]] {
  const segments = pathSegments(parsed);
  const last = segments.at(-1) ?? '';
  const params = [...parsed.searchParams];

  if (
    segments.some((segment) => SEARCH_SEGMENT.test(segment)) ||
    params.some(([name, value]) => SEARCH_PARAM.test(name) && value.trim())
  ) {
    return ['search'];
  }
  const slug = segments.some(isLongSlug);
  const date = DATE.test(parsed.pathname);
  const id =
    LONG_ID.test(parsed.pathname) || params.some(([n, v]) => ID_PARAM.test(n) && /\d\d/.test(v));
  // The story's own slug or id wins over a listing word earlier in the path
  // (`/category/politics/long-story-slug-123/` is a story filed under a category).
  const lastIsStory = isLongSlug(last) || LONG_ID.test(last) || DATE.test(last);
  if (!lastIsStory && segments.some((segment) => LISTING_SEGMENT.test(segment))) {
    return ['listing'];
  }
  if (slug || date || id) {
    const evidence = [date && 'url-date', slug && 'url-slug', id && 'url-id'] as const;
    return ['article', ...evidence.filter((code) => code !== false)];
  }
  if (!segments[1] && (!last || HOME_SEGMENT.test(last))) return ['home'];
  if (!segments[2] && segments.every((segment) => /^\p{L}+(-\p{L}+)?$/u.test(segment))) {
    return ['short-path'];
  }
  return ['unknown'];
}
