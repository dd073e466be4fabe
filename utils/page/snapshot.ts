import type { PageSnapshot } from '../messaging/protocol';

/** Tag of the element that hosts Lector's overlay; never part of a snapshot. */
export const OVERLAY_TAG = 'lector-reader';

/**
 * Serialize the visited page for the reading core. This runs in the visited page, so it does the
 * least work possible (one serialization, no parsing, no Readability): the heavy work happens in
 * the extension's own pages. Lector's own overlay is left out.
 */
export function captureSnapshot(doc: Document = document): PageSnapshot {
  const overlay = doc.querySelector(OVERLAY_TAG);
  let html = doc.documentElement.outerHTML;
  if (overlay) html = html.replace(overlay.outerHTML, '');
  const doctype = doc.doctype ? `<!DOCTYPE ${doc.doctype.name}>` : '';
  return {
    url: doc.location?.href ?? doc.URL,
    html: doctype + html,
    scrollY: doc.defaultView?.scrollY ?? 0,
    capturedAt: Date.now(),
  };
}

/**
 * Turn a snapshot back into a Document, inert (DOMParser runs no script and loads nothing), whose
 * base URL is the page's, so relative links and images resolve as they did on the page.
 *
 * Not with a <base> element: the extension pages' CSP has `base-uri 'none'`, which also applies
 * to documents they parse, so Chrome refuses it. The document's URL properties are set instead;
 * the core (and Readability) resolve links with `doc.baseURI`.
 */
export function parseSnapshot(
  snapshot: Pick<PageSnapshot, 'html' | 'url'>,
  win: Window & typeof globalThis,
): Document {
  const doc = new win.DOMParser().parseFromString(snapshot.html, 'text/html');
  let base = snapshot.url;
  try {
    // A page's own <base> may itself be relative: resolve it against the page URL.
    base = new URL(doc.querySelector('base[href]')?.getAttribute('href') ?? '', snapshot.url).href;
  } catch {
    // A malformed page base: links resolve against the page itself.
  }
  setDocumentUrl(doc, snapshot.url, base);
  return doc;
}

/** Give a parsed document the page's URL and base URL, as if it had been loaded from there. */
export function setDocumentUrl(doc: Document, url: string, base: string = url): void {
  for (const [name, value] of [
    ['URL', url],
    ['documentURI', url],
    ['baseURI', base],
  ] as const) {
    Object.defineProperty(doc, name, { value, configurable: true });
  }
}
