import { LIMITS, tooLargeMessage } from '../extract/limits';
import type { PageSnapshot } from '../messaging/protocol';
import { flattenShadowTemplates } from './flatten-shadow';
import { nextTask, walkPageInSlices, walkPageNow, type PageParts } from './page-walk';
import { articleRootOf, inlineFrames, reducedPageHtml, serializeElement } from './snapshot-html';

/** Tag of the element that hosts Lector's overlay; never part of a snapshot. */
export const OVERLAY_TAG = 'lector-reader';

/** A page captureSnapshot will not serialize, and why, in plain words. */
export interface TooLargeSnapshot {
  tooLarge: true;
  elements: number;
  message: string;
}

/**
 * Serialize the visited page for the reading core. This runs in the visited page, so it does the
 * least work possible (one walk to find open shadow roots, same-origin frames and article
 * elements, one serialization, no parsing, no Readability): the heavy work happens in the
 * extension's own pages. Lector's own overlay is left out. The page is only read, never changed.
 *
 * - Open shadow roots come along as declarative shadow DOM (`<template shadowrootmode>`), which
 *   parseSnapshot flattens into their hosts.
 * - A same-origin frame that holds more text than the page around it (an article in an iframe of
 *   a thin shell) comes along in place of its <iframe>.
 * - A page over the core's element cap comes as the core would read it: head facts and the
 *   page's own article element (snapshot-html.ts); a page with no such element cannot be read
 *   (captureSnapshotInSlices says so; captureSnapshot sends it whole and the core says so).
 */
export function captureSnapshot(doc: Document = document): PageSnapshot {
  const parts = walkPageNow(doc);
  return snapshotOf(doc, serialize(doc, parts) ?? serializeWhole(doc, parts));
}

/**
 * The same, for the page's own sake: the walk is spread over tasks of a few milliseconds, the
 * serialization is one short task, and sending the answer another.
 */
export async function captureSnapshotInSlices(
  doc: Document = document,
): Promise<PageSnapshot | TooLargeSnapshot> {
  const parts = await walkPageInSlices(doc);
  const html = serialize(doc, parts);
  if (html === null) {
    return {
      tooLarge: true,
      elements: parts.elements,
      message: tooLargeMessage(parts.elements, LIMITS),
    };
  }
  const snapshot = snapshotOf(doc, html);
  // Sending the answer (serializing it for the message) is a task of its own.
  await nextTask();
  return snapshot;
}

/** The page's HTML for the core; null for a page over the cap without an article element. */
function serialize(doc: Document, parts: PageParts): string | null {
  if (parts.elements <= LIMITS.maxPageElements) return serializeWhole(doc, parts);
  const root = articleRootOf(doc, parts.articleCandidates);
  return root ? reducedPageHtml(doc, root, parts) : null;
}

function serializeWhole(doc: Document, parts: PageParts): string {
  const overlay = doc.querySelector(OVERLAY_TAG);
  let html = serializeElement(doc.documentElement, parts.shadowRoots);
  if (overlay) html = html.replace(overlay.outerHTML, '');
  return inlineFrames(doc, html, parts);
}

function snapshotOf(doc: Document, html: string): PageSnapshot {
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
  flattenShadowTemplates(doc);
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
