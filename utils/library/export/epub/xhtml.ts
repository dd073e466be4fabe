import { isHttpUrl, type DomWindow } from '../../../sanitize';
import type { SavedArticle } from '../../types';
import { stripNonXml } from '../text-escape';

export const XHTML_NS = 'http://www.w3.org/1999/xhtml';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const EPUB_NS = 'http://www.idpf.org/2007/ops';

/** Valid XML attribute names; anything else the HTML parser let through is dropped. */
const XML_NAME = /^[A-Za-z_][A-Za-z0-9._-]*$/;

/**
 * EPUB 3 allows remote audio and video only, and readers are offline: an image becomes a link
 * to it (with its alt text), media become links, so nothing in the book points at the network
 * by itself.
 */
function replaceRemoteResources(body: HTMLElement): void {
  const doc = body.ownerDocument;
  for (const media of Array.from(body.querySelectorAll('img, picture, video, audio'))) {
    if (media.localName === 'picture' && media.querySelector('img')) {
      media.replaceWith(...Array.from(media.querySelectorAll('img')));
    }
  }
  for (const media of Array.from(body.querySelectorAll('img, video, audio, source, track'))) {
    const src = media.getAttribute('src') ?? '';
    const alt = media.getAttribute('alt')?.trim();
    // Only web addresses become links; an inline data: image is left out with its media.
    if (media.localName === 'source' || media.localName === 'track' || !isHttpUrl(src)) {
      media.remove();
      continue;
    }
    const link = doc.createElement('a');
    link.setAttribute('href', src);
    link.textContent = alt ? `[Image: ${alt}]` : media.localName === 'img' ? '[Image]' : '[Media]';
    media.replaceWith(link);
  }
  for (const element of Array.from(body.querySelectorAll('*'))) {
    for (const attribute of Array.from(element.attributes)) {
      if (
        !XML_NAME.test(attribute.name) ||
        attribute.name === 'loading' ||
        attribute.name === 'decoding'
      ) {
        element.removeAttribute(attribute.name);
      }
    }
  }
}

function element(
  doc: XMLDocument,
  name: string,
  text?: string,
  attributes: Record<string, string> = {},
): Element {
  const node = doc.createElementNS(XHTML_NS, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  if (text !== undefined) node.textContent = stripNonXml(text);
  return node;
}

/**
 * One article as a well-formed XHTML content document. The stored HTML (sanitized) is parsed by
 * the HTML parser, moved into an XML document and written by XMLSerializer, which produces
 * well-formed XML whatever the HTML's quirks; titles and bylines are set as text nodes.
 */
export function articleXhtml(article: SavedArticle, win: DomWindow): string {
  const source = new win.DOMParser().parseFromString(
    `<!doctype html><body>${stripNonXml(article.content)}`,
    'text/html',
  );
  replaceRemoteResources(source.body);

  const doc = win.document.implementation.createDocument(XHTML_NS, 'html', null);
  const html = doc.documentElement;
  html.setAttributeNS('http://www.w3.org/2000/xmlns/', 'xmlns:epub', EPUB_NS);
  const lang = article.lang ?? 'en';
  html.setAttribute('lang', lang);
  html.setAttributeNS(XML_NS, 'xml:lang', lang);
  html.setAttribute('dir', article.dir);

  const head = element(doc, 'head');
  head.append(
    element(doc, 'title', article.title),
    element(doc, 'link', undefined, { rel: 'stylesheet', href: 'style.css' }),
  );
  const body = element(doc, 'body');
  const header = element(doc, 'header');
  header.append(element(doc, 'h1', article.title));
  const credit = [article.byline, article.siteName, article.publishedTime?.slice(0, 10)]
    .filter(Boolean)
    .join(' · ');
  if (credit) header.append(element(doc, 'p', credit, { class: 'credit' }));
  const sourceLine = element(doc, 'p', undefined, { class: 'source' });
  sourceLine.append(element(doc, 'a', article.url, { href: article.url }));
  header.append(sourceLine);
  body.append(header);
  for (const child of Array.from(source.body.childNodes)) body.append(doc.importNode(child, true));
  html.append(head, body);

  return `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html>\n${new win.XMLSerializer().serializeToString(html)}\n`;
}
