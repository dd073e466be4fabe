/**
 * Auto mode's detector: is this page worth opening the reader on? It runs in every page of an
 * allowed site, in a script of 5 KB at most (entrypoints/detect.ts), so it is the full detector
 * (detect.ts) cut down to the signals that decide, with the same points: the page's JSON-LD type
 * (read by pattern) and og:type, its URL's shape (url-kind.ts), its running text (the rules of
 * running-text.ts, through selector queries the browser runs natively), one <article> or a feed
 * of them, and a login form or web app. Left out, as costing more bytes than they change
 * verdicts: reasons (auto mode needs a yes or no; the reader shows the full detector's),
 * microdata, stated dates, teaser headlines and cards, the section-front words (such a URL counts
 * as a short path: -1, not -2), furniture told by class names, and form-control counts.
 *
 * It agrees with the full detector on every fixture and on 326 of the 329 corpus pages
 * (tests/detect-agreement.test.ts). Where it says "article" wrongly, the reader auto mode opens
 * unseen lets the full detector decide (utils/reader/auto-open.ts).
 */
import type { Detection } from './types.ts';
import { BLOCK_TAGS, FURNITURE_ROLE_LIST, FURNITURE_TAG_LIST, TEXT_BLOCKS } from './page-tags.ts';
import { ARTICLE_TYPE, LISTING_TYPE } from './structured-data.ts';
import { urlKind, type UrlKind } from './url-kind.ts';
import { weightedLengthSmall as weigh } from './weighted-length.ts';

const URL_POINTS: Partial<Record<UrlKind, number>> = {
  search: -6,
  listing: -4,
  home: -2,
  'short-path': -1,
};

const urlPoints = (url: URL) => {
  const [kind, ...evidence] = urlKind(url);
  return kind === 'article' ? (evidence[1] ? 2 : 1.5) : (URL_POINTS[kind] ?? 0);
};

const isBlock = (node: Node) => BLOCK_TAGS.test((node as Element).localName);

/** The nearest block element holding `node` (itself included). */
const blockOf = (node: Element) => {
  let block: Element | null = node;
  while (block && !isBlock(block)) block = block.parentElement;
  return block;
};

/**
 * Page furniture by tag, role and hiding: page-scan.ts's isFurniture without its class-name
 * vocabulary (and inline styles), which cost more bytes than they change verdicts.
 */
const ROLES = FURNITURE_ROLE_LIST.replace(/\w+/g, '[role=$&]');
const FURNITURE = `${FURNITURE_TAG_LIST},[hidden],[aria-hidden=true],${ROLES}`;
const inFurniture = (element: Element) => !!element.closest(FURNITURE);

/** Decide whether `doc` (at `url`) is an article. Reads only; never mutates the document. */
export function detectLean(doc: Document, url: string): Detection {
  const body = doc.body;
  let points = 0;
  if (body?.firstChild) {
    const all = (selector: string, root: ParentNode = doc) => [...root.querySelectorAll(selector)];

    // What the page says it is. JSON-LD types are read by pattern, as the full detector reads
    // malformed blocks. (textContent, not dom-walk's textOf: this file is auto mode's small
    // detect.js, and runs outside a read, where textOf has no index to answer from.)
    const types = all('script[type*="ld+json" i]').flatMap((script) =>
      [...script.textContent!.matchAll(/"@type"\s*:\s*\[?\s*"([^"]+)"/g)].map(([, type]) =>
        type!.trim().replace(/^.*[/:#]/, ''),
      ),
    );
    const articleTypes = types.filter((type) => ARTICLE_TYPE.test(type)).length;
    points +=
      articleTypes > 2
        ? -3
        : articleTypes
          ? 5
          : types.some((type) => LISTING_TYPE.test(type))
            ? -4
            : 0;
    const ogType = all('meta[property="og:type"],meta[name="og:type"]')
      .pop()
      ?.getAttribute('content')
      ?.trim()
      .toLowerCase();
    points += ogType?.startsWith('article') ? 2 : ogType ? -1 : 0;

    // What its URL looks like.
    try {
      points += urlPoints(new URL(url));
    } catch {
      // No URL to judge.
    }

    // How much it has to read: the rules of running-text.ts. Paragraphs, blocks holding only
    // inline content, and blocks whose own text <br>s split (`true`: measure only that text).
    const elements = all('*', body);
    const holdsBlock = new Set<Element | null>();
    for (const element of elements.toReversed()) {
      if (isBlock(element) || holdsBlock.has(element)) holdsBlock.add(element.parentElement);
    }
    const candidates = new Map<Element, boolean>();
    const linkText = new Map<Element | null, number>();
    for (const element of elements) {
      const tag = element.localName;
      const parent = element.parentElement!;
      if (element.matches('a[href]') && !parent.closest('a[href]')) {
        const block = blockOf(parent);
        linkText.set(block, (linkText.get(block) ?? 0) + weigh(element.textContent!));
      }
      if (tag === 'br' || (tag === 'p' && !element.firstChild)) {
        const block = blockOf(parent)!;
        if (block.localName !== 'p') candidates.set(block, true);
      } else if (
        /^(p|pre)$/.test(tag) ||
        (TEXT_BLOCKS.test(tag) && !holdsBlock.has(element) && !parent.closest('p,pre'))
      ) {
        candidates.set(element, false);
      }
    }
    const containers = new Map<Element, number>();
    for (const [block, own] of candidates) {
      if (inFurniture(block) || (!own && block.closest('a[href]'))) continue;
      const length = own
        ? [...block.childNodes]
            .filter((child) => !isBlock(child) && !/^(script|style)$/i.test(child.nodeName))
            .reduce((sum, child) => sum + weigh(child.textContent!), 0)
        : weigh(block.textContent!);
      const links = linkText.get(block) ?? 0;
      if (length < 50 || links > length / 2 || (/^h/.test(block.localName) && length < 160)) {
        continue;
      }
      let container = block.parentElement!;
      while (
        container !== body &&
        container.parentElement &&
        container.firstElementChild === container.lastElementChild
      ) {
        container = container.parentElement;
      }
      containers.set(container, (containers.get(container) ?? 0) + length - links);
    }
    let main: Element = body;
    let length = 0;
    for (const [container, text] of containers) {
      if (text > length) [main, length] = [container, text];
    }
    points += length >= 1200 ? 4 : length >= 500 ? 3 : length >= 250 ? 1 : -3;

    // In what shape: one <article> or a feed of them, a web app.
    const articles = all('article', body).filter(
      (article) => !article.parentElement!.closest('article'),
    );
    const holder = articles.some((article) => article.contains(main));
    if (articles.length > 2 && !(holder && length >= 1200)) points -= 3;
    else if (holder) points += 1;
    if (length < 500) {
      if (doc.querySelector('input[type=password i]')) points -= 3;
      if (doc.querySelector('[role=application]')) points -= 3;
    }
  }
  return { isArticle: points > 0, reasons: [] };
}
