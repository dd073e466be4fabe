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
  unshadowForms(doc, win);
  let base = snapshot.url;
  try {
    // A page's own <base> may itself be relative: resolve it against the page URL.
    base = new URL(pageBase(doc)?.getAttribute('href') ?? '', snapshot.url).href;
  } catch {
    // A malformed page base: links resolve against the page itself.
  }
  setDocumentUrl(doc, snapshot.url, base);
  return doc;
}

/**
 * The <base> the live page used: the first with an href, but not one inside <noscript>. With
 * scripting on, the page read <noscript> as text; DOMParser (scripting off) reads it as markup,
 * and a hostile page could otherwise send the reader's relative links and images elsewhere.
 */
function pageBase(doc: Document): Element | undefined {
  return Array.from(doc.querySelectorAll('base[href]')).find((base) => !base.closest('noscript'));
}

/**
 * In a browser a form control's name (or id) shadows the form's own property of that name
 * ([LegacyOverrideBuiltIns]): with `<form><input name=parentNode></form>` the form's parentNode
 * is the input, and a walk up the tree (the core's, Readability's) goes round for ever, freezing
 * the reader and with it every Lector page (they share one process). This copy is Lector's own:
 * such names get a prefix, which the sanitizer would have added anyway.
 */
function unshadowForms(doc: Document, win: Window & typeof globalThis): void {
  const form = win.HTMLFormElement.prototype;
  for (const control of Array.from(
    doc.querySelectorAll('form [name], form [id], [form][name], [form][id]'),
  )) {
    for (const attribute of ['name', 'id']) {
      const value = control.getAttribute(attribute);
      if (value !== null && value in form) control.setAttribute(attribute, `lector-${value}`);
    }
  }
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
