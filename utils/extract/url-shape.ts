/**
 * What a URL's shape says about the page behind it, without fetching anything. Used by detection
 * (is this page an article?) and by related-article collection (is this link a story?).
 *
 * Judged from the path and query only, in any language: home pages, search results, tag /
 * category / author listings, feeds and section fronts are not articles; dates, long slugs and
 * numeric ids are what article URLs carry.
 *
 * The word lists are regular expressions, not sets: this module ships in auto mode's detection
 * script, which must stay under 5 KB, and an alternation is the densest list there is.
 */
import type { DetectionReason, ReasonCode } from './detect-reasons.ts';

export type UrlKind =
  'home' | 'search' | 'listing' | 'section' | 'short-path' | 'article' | 'unknown';

export interface UrlShape {
  kind: UrlKind;
  /** What the kind was judged from, as detection reasons (`url-date`, `url-home`, …). */
  evidence: DetectionReason[];
}

// A search: a path segment naming one, or a query parameter carrying a term (WordPress: `s`).
const SEARCH_SEGMENT = /^(search|suche|buscar?|recherche|cerca|zoeken|szukaj|搜索|検索)$/i;
const SEARCH_PARAM = /^(q|query|s|search\w*|keywords?|term|wd)$/i;
// A listing of other pages: tag, topic, category, author, archive, page N, feed.
const LISTING_SEGMENT =
  /^(tags?|topics?|them[ae]n?|categor\w*|kategor\w*|rubri\w+|authors?|autor\w*|auteur|writers?|profile|archiv\w*|page|seite|feed|rss)$|\.(rss|xml)$/i;
// The home page: the root, an index document, or a language root (/en/, /es-mx/).
const HOME_SEGMENT = /^(index|default|home|portada|accueil)(\.\w+)?$|^[a-z]{2}([-_][a-z]{2,4})?$/i;
// Common section fronts. A word list is a weak signal (a blog may file a post as /world/), so it
// only lowers the score; it never decides alone.
const SECTION_WORD =
  /^(news|world|us|uk|europe|asia|africa|americas|politics|business|economy|money|markets|tech(nology)?|science|health|sports?|football|culture|arts|entertainment|lifestyle|travel|food|opinions?|climate|local|national|latest|live|videos?|weather|noticias|mundo|politica|economia|deportes|cultura|nachrichten|politik|wirtschaft|kultur|monde|wiadomosci|novosti)$/i;
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

/** Classify a page URL. Unparseable or non-http(s) URLs are `unknown` with no evidence. */
export function classifyUrl(url: string | URL | null | undefined): UrlShape {
  const parsed = url instanceof URL ? url : parseHttpUrl(url);
  if (!parsed) return { kind: 'unknown', evidence: [] };
  let segments = parsed.pathname.split('/').filter(Boolean);
  try {
    segments = segments.map(decodeURIComponent);
  } catch {
    // A malformed escape: judge the raw segments.
  }
  const last = segments.at(-1) ?? '';
  const params = [...parsed.searchParams];
  const shape = (kind: UrlKind, ...codes: ReasonCode[]): UrlShape => ({
    kind,
    evidence: codes.map((code) => ({ code })),
  });

  if (
    segments.some((segment) => SEARCH_SEGMENT.test(segment)) ||
    params.some(([name, value]) => SEARCH_PARAM.test(name) && value.trim())
  ) {
    return shape('search', 'url-search');
  }
  const slug = segments.some(isLongSlug);
  const date = DATE.test(parsed.pathname);
  const id =
    LONG_ID.test(parsed.pathname) || params.some(([n, v]) => ID_PARAM.test(n) && /\d\d/.test(v));
  // The story's own slug or id wins over a listing word earlier in the path
  // (`/category/politics/long-story-slug-123/` is a story filed under a category).
  const lastIsStory = isLongSlug(last) || LONG_ID.test(last) || DATE.test(last);
  if (!lastIsStory && segments.some((segment) => LISTING_SEGMENT.test(segment))) {
    return shape('listing', 'url-listing');
  }
  if (slug || date || id) {
    const evidence = [date && 'url-date', slug && 'url-slug', id && 'url-id'] as const;
    return shape('article', ...evidence.filter((code) => code !== false));
  }
  if (!segments[1] && (!last || HOME_SEGMENT.test(last))) return shape('home', 'url-home');
  if (!segments[2] && segments.every((segment) => /^\p{L}+(-\p{L}+)?$/u.test(segment))) {
    return segments.some((segment) => SECTION_WORD.test(segment))
      ? { kind: 'section', evidence: [{ code: 'url-section', value: parsed.pathname }] }
      : shape('short-path', 'url-short-path');
  }
  return shape('unknown');
}
