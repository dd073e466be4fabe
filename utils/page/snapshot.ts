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
 * Turn a snapshot back into a Document, inert (DOMParser runs no script and loads nothing), with
 * its base URL set to the page's, so relative links and images resolve as they did on the page.
 */
export function parseSnapshot(
  snapshot: Pick<PageSnapshot, 'html' | 'url'>,
  win: Window & typeof globalThis,
): Document {
  const doc = new win.DOMParser().parseFromString(snapshot.html, 'text/html');
  const pageBase = doc.querySelector('base[href]');
  const base = doc.createElement('base');
  // A page's own <base> may itself be relative: resolve it against the page URL once, here.
  let href = snapshot.url;
  try {
    href = new URL(pageBase?.getAttribute('href') ?? '', snapshot.url).href;
  } catch {
    // A malformed page base: the page URL it is.
  }
  base.setAttribute('href', href);
  pageBase?.remove();
  doc.head.prepend(base);
  return doc;
}
