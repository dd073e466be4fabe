/**
 * Which URL a page is read as, and which base its relative links resolve against.
 */
import { absoluteHttpUrl } from './metadata.ts';

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
  // Both live in <head>; querying only there keeps this cheap on a 50,000-element page.
  const scope = doc.head ?? doc;
  const stated =
    absoluteHttpUrl(scope.querySelector('link[rel~="canonical"]')?.getAttribute('href'), base) ??
    absoluteHttpUrl(scope.querySelector('meta[property="og:url"]')?.getAttribute('content'), base);
  if (stated && !stated.startsWith('http://invalid/')) return stated;
  return doc.URL || 'about:blank';
}

/** The base for relative links: the page's own <base href>, resolved against the page URL. */
export function resolveBaseUrl(doc: Document, pageUrl: string): string {
  const declared = (doc.head ?? doc).querySelector('base[href]')?.getAttribute('href');
  if (declared) {
    try {
      return new URL(declared, pageUrl).href;
    } catch {
      // An unusable <base>: links resolve against the page itself.
    }
  }
  return pageUrl;
}
