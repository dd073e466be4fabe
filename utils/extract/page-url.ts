/**
 * Which URL a page is read as, and which base its relative links resolve against.
 */
import { descendants } from './dom-walk.ts';

/** An absolute http(s) URL, or null. */
export function absoluteHttpUrl(value: string | null | undefined, base: string): string | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** The document's own address when it is a real http(s) page, else null. */
function documentUrl(doc: Document): string | null {
  const url = doc.URL;
  return url && /^https?:/i.test(url) ? url : null;
}

/**
 * The URL to read the page as: the caller's, else the page's canonical link or og:url, else the
 * document's own URL (which may be `about:blank` or a file URL when nothing better exists).
 */
export function resolvePageUrl(doc: Document, given: string | null): string {
  if (given) return given;
  const base = documentUrl(doc) ?? 'http://invalid/';
  const stated = statedUrl(doc, base);
  if (stated && !stated.startsWith('http://invalid/')) return stated;
  return doc.URL || 'about:blank';
}

/**
 * The first element of the page's <head> (of the whole page when it has none) that passes `test`.
 * What a page says about itself lives there, so looking only there stays cheap on a 50,000-element
 * page; and a walk, not `querySelector`: each jsdom selector call costs more than walking a head.
 */
export function findInHead(doc: Document, test: (element: Element) => boolean): Element | null {
  return descendants(doc.head ?? doc).find(test) ?? null;
}

/** `[name="value"]` as jsdom's selectors match it in an HTML page: the value in any case. */
function attributeIs(element: Element, name: string, value: string): boolean {
  return element.getAttribute(name)?.toLowerCase() === value;
}

/** The href of the page's `<link rel="canonical">` (the first such link), if any. */
export function canonicalHref(doc: Document): string | null | undefined {
  return findInHead(
    doc,
    (element) =>
      element.localName === 'link' &&
      (element.getAttribute('rel') ?? '').toLowerCase().split(/\s+/).includes('canonical'),
  )?.getAttribute('href');
}

/** The content of the page's `<meta property="og:url">`, if any. */
export function ogUrl(doc: Document): string | null | undefined {
  return findInHead(
    doc,
    (element) => element.localName === 'meta' && attributeIs(element, 'property', 'og:url'),
  )?.getAttribute('content');
}

/** The href of `<link rel="image_src">`, the lead image some older pages declare. */
export function imageSrcHref(doc: Document): string | null | undefined {
  return findInHead(
    doc,
    (element) => element.localName === 'link' && attributeIs(element, 'rel', 'image_src'),
  )?.getAttribute('href');
}

/** The address the page states for itself: its canonical link, else its og:url. */
function statedUrl(doc: Document, base: string): string | null {
  return absoluteHttpUrl(canonicalHref(doc), base) ?? absoluteHttpUrl(ogUrl(doc), base);
}

/** The site a host belongs to: `news.example.co.uk` and `www.example.co.uk` are one site. */
export function siteOf(host: string): string {
  const labels = host.toLowerCase().split('.');
  const secondLevel = labels.at(-2) ?? '';
  const keep =
    labels.length > 2 && /^(co|com|org|net|gov|ac|edu|or|ne|go)$/.test(secondLevel) ? 3 : 2;
  return labels.slice(-keep).join('.');
}

/**
 * The page's own canonical address when it names a page of the same site as `pageUrl`: the one
 * address of a story that is also reached with campaign parameters, from an AMP or mobile host,
 * or through a short link. The reading list keys saves by it. A canonical on another site is
 * ignored: a page could otherwise claim another site's story and overwrite its saved copy.
 */
export function statedCanonical(doc: Document, pageUrl: string): string | null {
  let page: URL;
  try {
    page = new URL(pageUrl);
  } catch {
    return null;
  }
  if (page.protocol !== 'http:' && page.protocol !== 'https:') return null;
  const stated = statedUrl(doc, page.href);
  if (!stated) return null;
  return siteOf(new URL(stated).hostname) === siteOf(page.hostname) ? stated : null;
}

/** The base for relative links: the page's own <base href>, resolved against the page URL. */
export function resolveBaseUrl(doc: Document, pageUrl: string): string {
  const declared = findInHead(
    doc,
    (element) => element.localName === 'base' && element.hasAttribute('href'),
  )?.getAttribute('href');
  if (declared) {
    try {
      return new URL(declared, pageUrl).href;
    } catch {
      // An unusable <base>: links resolve against the page itself.
    }
  }
  return pageUrl;
}
