/**
 * Page identity and link resolution for related-article collection: when two links are the same
 * story, and what a relative link on the page points to. (Kept apart from url-shape.ts, which
 * ships in auto mode's small detection script.)
 */
import { classifyUrl, parseHttpUrl, type UrlKind } from './url-shape.ts';
import { childElements } from './dom-walk.ts';
import { LinkMemo } from './link-memo.ts';

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
  // Children by sibling links: spreading the live `head.children` is slow in jsdom.
  const head = doc.head;
  const base = head ? childElements(head).find((element) => element.localName === 'base') : null;
  const href = base?.getAttribute('href');
  if (!href) return page;
  try {
    return new URL(href, page).href;
  } catch {
    return page;
  }
}

const PARSED = new LinkMemo<URL | null>(8_000);

/**
 * `new URL(input, base)`, or null where it throws, parsed once per read for each (base, input):
 * related blocks, cards, teaser lists and ad images resolve the same links over and over (on
 * every eighth corpus page, 370 parses of 195 different links a page, on average). The URL is
 * shared: read it, never change it.
 */
export function sharedUrl(input: string, base: string): URL | null {
  return PARSED.answer(base, input, () => {
    try {
      return new URL(input, base);
    } catch {
      return null;
    }
  });
}

/** The page's own URL, parsed once per read (sharedUrl; an absolute URL ignores its base). */
export function sharedPageUrl(pageUrl: string): URL | null {
  return sharedUrl(pageUrl, pageUrl);
}

/**
 * `href` resolved against `base`, if that gives an http(s) URL; null for anything else. Shared
 * (see sharedUrl): read it, never change it.
 */
export function absoluteHttpUrl(href: string | null | undefined, base: string): URL | null {
  const value = href?.trim();
  if (!value || value.startsWith('#')) return null;
  const url = sharedUrl(value, base);
  return url && (url.protocol === 'http:' || url.protocol === 'https:') ? url : null;
}

/** Where a link goes, as related-article collection weighs it: the story's pageKey and URL kind. */
export interface LinkTarget {
  key: string;
  kind: UrlKind;
}

const TARGETS = new LinkMemo<LinkTarget | null>(4_000);

/** linkTarget(href, base): resolved, keyed and classified once per distinct (base, href). */
export function linkTarget(href: string | null, base: string): LinkTarget | null {
  if (href === null) return null;
  return TARGETS.answer(base, href, () => {
    const url = absoluteHttpUrl(href, base);
    return url ? { key: pageKey(url), kind: classifyUrl(url).kind } : null;
  });
}
