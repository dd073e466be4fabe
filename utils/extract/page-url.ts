/**
 * Which URL a page is read as, and which base its relative links resolve against.
 */

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

/** The address the page states for itself: its canonical link, else its og:url. */
function statedUrl(doc: Document, base: string): string | null {
  // Both live in <head>; querying only there keeps this cheap on a 50,000-element page.
  const scope = doc.head ?? doc;
  return (
    absoluteHttpUrl(scope.querySelector('link[rel~="canonical"]')?.getAttribute('href'), base) ??
    absoluteHttpUrl(scope.querySelector('meta[property="og:url"]')?.getAttribute('content'), base)
  );
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
