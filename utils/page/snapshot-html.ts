import { bestArticleRoot, isHeadFact } from '../extract/large-page';
import { LIMITS } from '../extract/limits';
import type { PageParts } from './page-walk';
import { walkPageNow } from './page-walk';

/**
 * The HTML a snapshot carries, built in the visited page from what the page walk found. Every
 * function here only reads the page.
 */

interface GetHtml {
  getHTML(options: { serializableShadowRoots: boolean; shadowRoots: ShadowRoot[] }): string;
}

/** An element with the given open shadow roots inside it as <template shadowrootmode>. */
export function serializeElement(element: Element, shadowRoots: ShadowRoot[]): string {
  const inside = shadowRoots.filter((root) => element.contains(root.host));
  if (inside.length === 0 || typeof (element as Partial<GetHtml>).getHTML !== 'function') {
    return element.outerHTML;
  }
  const inner = (element as unknown as GetHtml).getHTML({
    serializableShadowRoots: false,
    shadowRoots: inside,
  });
  const empty = element.cloneNode(false) as Element;
  const [start = '', end = ''] = empty.outerHTML.split(/(?=<\/[^<]*>$)/);
  return start + inner + end;
}

/** Text in a document's body, without walking it again (scripts and styles count too). */
const textLength = (doc: Document) => doc.body?.textContent?.length ?? 0;

/**
 * A same-origin frame's body in place of its <iframe> element, when the frame holds more text
 * than the page around it: the page is a thin shell around the article. Other frames stay as
 * they were (the core never reads frames, and ads and widgets live in them).
 */
export function inlineFrames(doc: Document, html: string, parts: PageParts): string {
  if (parts.frames.length === 0) return html;
  const own = textLength(doc);
  let out = html;
  let from = 0;
  for (const { element, doc: frameDoc } of parts.frames) {
    if (textLength(frameDoc) <= own) continue;
    const markup = element.outerHTML;
    const at = out.indexOf(markup, from);
    if (at < 0) continue;
    const body = serializeElement(frameDoc.body, walkPageNow(frameDoc).shadowRoots);
    const inner = body.replace(/^<body[^>]*>/, '').replace(/<\/body>$/, '');
    const replacement = `<div class="lector-frame">${inner}</div>`;
    out = out.slice(0, at) + replacement + out.slice(at + markup.length);
    from = at + replacement.length;
  }
  return out;
}

/**
 * The page's own article element small enough to read alone, chosen as the core chooses it for
 * a page over its element cap (findArticleRoot in utils/extract/large-page.ts): among the first
 * candidates, the one of at most `maxWorkElements` elements with the most paragraphs, holding the
 * page's first <h1> counting double. Null when there is none.
 */
export function articleRootOf(doc: Document, candidates: Element[]): Element | null {
  return bestArticleRoot(doc, candidates, LIMITS.maxWorkElements);
}

/**
 * A page over the core's element cap, as the core would read it: its head facts and its article
 * element, nothing else. The core reads exactly this of such a page (read-page.ts → reducedPage),
 * so the rest is provably not needed, and not serializing and sending it keeps the page's tasks
 * short (200,000 elements cost 50–100 ms to serialize and as much again to send).
 */
export function reducedPageHtml(doc: Document, root: Element, parts: PageParts): string {
  const html = doc.documentElement.cloneNode(false) as Element;
  const [start = '<html>', end = '</html>'] = html.outerHTML.split(/(?=<\/[^<]*>$)/);
  const head = Array.from(doc.head?.children ?? [])
    .filter(isHeadFact)
    .map((element) => element.outerHTML)
    .join('');
  return `${start}<head>${head}</head><body>${serializeElement(root, parts.shadowRoots)}</body>${end}`;
}
