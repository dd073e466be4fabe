/**
 * The article: Readability on the decluttered working copy, then the checks Readability lacks.
 * Readability takes "the biggest block of text", which is wrong where related-story cards carry
 * more text than the story (the seed page): see article-focus.ts for how the story is kept.
 */
import { POSTS_AND_CHARTS } from './amp-embeds.ts';
import { Readability } from '@mozilla/readability';
import { sameTitle } from './page-title.ts';
import { normalizeText } from './text.ts';
import { descendantsNamed } from './dom-walk.ts';
import { boundedTextLength } from './declutter-block.ts';

export interface ArticleOptions {
  /** The title as metadata chose it: a heading repeating it is dropped from the body. */
  title: string;
  /** Scripts written without spaces say as much in fewer characters (see charThreshold). */
  denseScript: boolean;
  /**
   * Puts the document's body back as it was before Readability ran (the same <body> element,
   * its content built again), for Readability's retries; see LectorReadability._grabArticle.
   */
  restoreBody?: () => void;
}

export interface Article {
  /** Readability's article element (in the working copy's document). */
  content: Element;
  byline: string | null;
  excerpt: string | null;
}

/**
 * Readability retries with less cleaning whenever the text is shorter than `charThreshold`
 * characters (500 by default). A Chinese story says in 200 characters what English says in 500,
 * so dense-script pages get a lower threshold instead of three slow, dirtier retries.
 */
const DENSE_SCRIPT_CHAR_THRESHOLD = 200;

/** Remove the headline where it still opens the body: the reader shows the title once. */
function dropLeadingTitle(content: Element, title: string): void {
  if (!title) return;
  for (const heading of descendantsNamed(content, 'h1', 'h2', 'h3').slice(0, 2)) {
    if (sameTitle(normalizeText(heading.textContent ?? ''), title)) {
      heading.remove();
      return;
    }
  }
}

/** Readability's own methods this file calls (on its prototype; not in its type declarations). */
const READABILITY = Readability.prototype as unknown as {
  _isProbablyVisible(this: Readability<Element>, node: Element): boolean;
  _grabArticle(this: Readability<Element>, page?: Element): Element | null;
  _fixLazyImages(this: Readability<Element>, root: Element): void;
  _fixRelativeUris(this: Readability<Element>, content: Element): void;
  _unwrapNoscriptImages(this: Readability<Element>, doc: Document): void;
  REGEXPS: { videos: RegExp };
};
const READABILITY_VISIBLE = READABILITY._isProbablyVisible;
const READABILITY_GRAB = READABILITY._grabArticle;
const READABILITY_FIX_LAZY = READABILITY._fixLazyImages;
const READABILITY_FIX_URIS = READABILITY._fixRelativeUris;
const READABILITY_UNWRAP_NOSCRIPT = READABILITY._unwrapNoscriptImages;

/** Embeds Readability is to keep (its `allowedVideoRegex`, tested on every attribute's value). */
export const KEPT_EMBED = new RegExp(
  `${READABILITY.REGEXPS.videos.source}|${POSTS_AND_CHARTS.source}`,
  'i',
);

/** An image holding one of these keeps its place in Readability's noscript-image pass. */
const IMAGE_SOURCES = ['src', 'srcset', 'data-src', 'data-srcset'];

/** The tags Readability's lazy-image pass lists, in its order. */
const LAZY_IMAGE_TAGS = ['img', 'picture', 'figure'];

/**
 * An image Readability's lazy-image pass leaves as it is: one with a `src` of its own that is not
 * a data: URI (the URL parser ignores tabs and line breaks, and spaces before the scheme) and no
 * "lazy" in its class. The pass returns on such an image before looking at anything else.
 */
function isPlainImage(element: Element): boolean {
  if (element.localName !== 'img') return false;
  const src = element.getAttribute('src');
  if (src === null || /^[\0-\x20]*data:/i.test(src.replace(/[\t\n\r]/g, ''))) return false;
  return !(element.getAttribute('class') ?? '').toLowerCase().includes('lazy');
}

/**
 * What `doc.baseURI` answers for a working copy, found without asking the document: its first
 * <base href> (in its <head>, which comes first), resolved against the document's own URL, or that
 * URL when the href does not parse. Null for a document with a window (whose base may come from
 * its parent) or without such a <base> in its head: then only the document itself can say.
 */
function workingCopyBaseUri(doc: Document): string | null {
  const head = doc.head;
  if (doc.defaultView || !head || doc.documentElement?.firstElementChild !== head) return null;
  const base = descendantsNamed(head, 'base').find((element) => element.hasAttribute('href'));
  if (!base) return null;
  try {
    return new URL(base.getAttribute('href') ?? '', doc.URL).href;
  } catch {
    return doc.URL;
  }
}

/**
 * Readability with some of its helpers made cheaper, each saying how, all giving Readability's
 * own answers. They stand in for internals of Readability 0.6.0, which package.json pins;
 * article.test.ts holds each to Readability's answer and the readings to plain Readability's.
 */
export class LectorReadability extends Readability<Element> {
  /** Readability's own patterns (set on its prototype; not in its type declarations). */
  declare REGEXPS: { byline: RegExp; hashUrl: RegExp };
  /** Readability's own fields and preparation steps (not in its type declarations). */
  declare _doc: Document;
  declare _removeScripts: (doc: Document) => void;
  declare _prepDocument: () => void;
  declare _flagIsActive: (flags: number) => boolean;
  /** The cleaning flags Readability drops one by one, one before each retry. */
  declare FLAG_STRIP_UNLIKELYS: number;
  declare FLAG_WEIGHT_CLASSES: number;
  declare FLAG_CLEAN_CONDITIONALLY: number;
  declare PRESENTATIONAL_ATTRIBUTES: readonly string[];
  declare DEPRECATED_SIZE_ATTRIBUTE_ELEMS: readonly string[];
  declare _getInnerText: (element: Element, normalizeSpaces?: boolean) => string;

  /** See ArticleOptions.restoreBody. */
  restoreBody: (() => void) | null = null;

  /**
   * When the text it finds is too short, Readability puts the body back and tries again with
   * less cleaning: it keeps `body.innerHTML` from before its first try and sets it back, a
   * serialization on every page and a parse on every retry (in jsdom, a twentieth of the core's
   * time on the corpus, for the 16 pages in 329 that retry). With `restoreBody`, the body's
   * innerHTML is never read: a retry builds the working copy's content again instead and
   * repeats the preparation Readability gave it before its first try; after the last try,
   * when no retry follows, the body is only emptied. Readability reads and sets the body's
   * innerHTML nowhere else during this call.
   */
  _grabArticle(page?: Element): Element | null {
    const body = this._doc.body;
    const restore = this.restoreBody;
    if (page || !restore || !body) return READABILITY_GRAB.call(this, page);
    Object.defineProperty(body, 'innerHTML', {
      configurable: true,
      get: () => '',
      set: () => {
        // Readability puts the body back after its last try too, then takes its longest
        // attempt and reads the body no more: emptying it leaves the same nodes out of it.
        const flags =
          this.FLAG_STRIP_UNLIKELYS | this.FLAG_WEIGHT_CLASSES | this.FLAG_CLEAN_CONDITIONALLY;
        if (!this._flagIsActive(flags)) {
          body.replaceChildren();
          return;
        }
        restore();
        this._unwrapNoscriptImages(this._doc);
        this._removeScripts(this._doc);
        this._prepDocument();
      },
    });
    try {
      return READABILITY_GRAB.call(this);
    } finally {
      delete (body as { innerHTML?: string }).innerHTML;
    }
  }

  /**
   * Readability finds elements by tag through `querySelectorAll('a,b,…')` some twenty times per
   * read; jsdom's selector engine (the CLI, the benchmark) spent a third of Readability's time
   * there. A sibling walk lists the same elements in the same (document) order, as a static
   * array as the NodeList was (in Chromium, the core's time stayed within 1% of the native
   * selector's).
   */
  _getAllNodesWithTag(node: Element | Document, tagNames: readonly string[]): Element[] {
    // Readability names some tags in upper case; a type selector matches HTML elements in any
    // case (the working copy holds no SVG or MathML, where case would count).
    const found = descendantsNamed(node, ...tagNames.map((name) => name.toLowerCase()));
    if (!this.listingLazyImages || tagNames.join() !== LAZY_IMAGE_TAGS.join()) return found;
    return found.filter((element) => !isPlainImage(element));
  }

  /** Set while Readability's lazy-image pass lists its images (see _fixLazyImages). */
  private listingLazyImages = false;

  /**
   * Readability's lazy-image pass reads `img.src` of every image, the resolved URL: in jsdom a
   * URL parse each time, and a selector query for the document's <base> on the first. Images it
   * would leave as they are (isPlainImage: after lazy-images.ts, nearly all) are left out of the
   * list it walks; the rest get Readability's own pass.
   */
  _fixLazyImages(root: Element): void {
    this.listingLazyImages = true;
    try {
      READABILITY_FIX_LAZY.call(this, root);
    } finally {
      this.listingLazyImages = false;
    }
  }

  /**
   * Readability weighs the links of a block by listing them through getElementsByTagName('a'),
   * a live collection that jsdom re-validates on each step of its walk over it, for every
   * candidate and every block it cleans. Same sum, same order (the block's links in document
   * order; a link to a fragment counts for 0.3 of its text), from one walk of the block.
   */
  _getLinkDensity(element: Element): number {
    const textLength = this._getInnerText(element).length;
    if (textLength === 0) return 0;
    let linkLength = 0;
    for (const link of descendantsNamed(element, 'a')) {
      const href = link.getAttribute('href');
      const weight = href && this.REGEXPS.hashUrl.test(href) ? 0.3 : 1;
      linkLength += this._getInnerText(link).length * weight;
    }
    return linkLength / textLength;
  }

  /**
   * Readability strips presentational attributes from the article by removing each of a dozen
   * names from every element, present or not: in jsdom each removal converts its argument and
   * searches the element's attributes. Most elements of an article have no attributes at all;
   * the others lose exactly the names they hold from that list. An <svg> keeps its own, and
   * everything under it, as in Readability.
   */
  _cleanStyles(root: Element | null): void {
    if (!root) return;
    const stack: Element[] = [root];
    while (stack.length > 0) {
      const element = stack.pop()!;
      if (element.localName === 'svg') continue;
      if (element.hasAttributes()) {
        const sized = this.DEPRECATED_SIZE_ATTRIBUTE_ELEMS.includes(element.tagName);
        for (const name of element.getAttributeNames()) {
          const presentational = this.PRESENTATIONAL_ATTRIBUTES.includes(name);
          if (presentational || (sized && (name === 'width' || name === 'height'))) {
            element.removeAttribute(name);
          }
        }
      }
      for (let child = element.firstElementChild; child; child = child.nextElementSibling) {
        stack.push(child);
      }
    }
  }

  /**
   * Readability makes the article's links absolute against `doc.baseURI`, read once per read. In
   * jsdom that read looks for the <base> with a selector query, and the selector engine a
   * document needs is built on its first query: for the working copy, no other query ever comes.
   * The copy's base is known from its <head> (workingCopyBaseUri), and stands in for the read.
   */
  _fixRelativeUris(content: Element): void {
    const doc = this._doc;
    const baseUri = workingCopyBaseUri(doc);
    if (baseUri === null) return READABILITY_FIX_URIS.call(this, content);
    Object.defineProperty(doc, 'baseURI', { configurable: true, value: baseUri });
    try {
      READABILITY_FIX_URIS.call(this, content);
    } finally {
      delete (doc as { baseURI?: string }).baseURI;
    }
  }

  /**
   * Readability's noscript-image pass lists the document's images and noscripts through
   * `Array.from(doc.getElementsByTagName(…))`: in jsdom a live collection re-validated at each
   * step of the copy. It is handed a view of the document that lists both in one walk, and of
   * the images only those it may remove (none of src, srcset, data-src, data-srcset: it keeps an
   * image at the first of those it meets); it makes its elements in the document itself. The
   * noscripts are listed before it removes images, which never holds one (an <img> is empty).
   */
  _unwrapNoscriptImages(doc: Document): void {
    const both = descendantsNamed(doc, 'img', 'noscript');
    const view = {
      getElementsByTagName: (name: 'img' | 'noscript'): Element[] =>
        name === 'img'
          ? both.filter(
              (element) =>
                element.localName === 'img' &&
                !IMAGE_SOURCES.some((source) => element.hasAttribute(source)),
            )
          : both.filter((element) => element.localName === 'noscript'),
      createElement: (name: string): Element => doc.createElement(name),
    };
    READABILITY_UNWRAP_NOSCRIPT.call(this, view as unknown as Document);
  }

  /**
   * Readability drops a wrapper left without content, asked of every <div>, <section>, <header>
   * and heading it passes: it reads the wrapper's whole text (each outer wrapper holds most of
   * the page) to see whether it is blank, then counts its <br>s and <hr>s. The text is walked
   * only as far as its first non-blank node (boundedTextLength), and the count made by one walk.
   */
  _isElementWithoutContent(node: Element): boolean {
    // Blank is no text beyond whitespace (CDATA text, which textContent also holds, only ever
    // sits in an <svg> or <math> child, so the count below says no for it all the same).
    if (node.nodeType !== 1 || boundedTextLength(node, 0) > 0) return false;
    const children = node.children.length;
    return children === 0 || children === descendantsNamed(node, 'br', 'hr').length;
  }

  /**
   * Readability's byline test reads the text of every element it passes until it finds a byline,
   * before asking whether the element looks like one at all: the page's whole text again for each
   * wrapper on the way down. The working copy has no <meta> author, so the search runs on every
   * page. Same test, with the text read only for an element that looks like a byline.
   */
  _isValidByline(node: Element, matchString: string): boolean {
    const looksLikeByline =
      node.getAttribute('rel') === 'author' ||
      !!node.getAttribute('itemprop')?.includes('author') ||
      this.REGEXPS.byline.test(matchString);
    if (!looksLikeByline) return false;
    const length = (node.textContent ?? '').trim().length;
    return length > 0 && length < 100;
  }

  /**
   * Readability asks every element it passes whether it is visible, reading `node.style` for an
   * inline display or visibility; jsdom builds a style declaration object for each element to
   * answer. The working copy carries no style attribute (working-copy.ts drops them, and leaves
   * out the elements they hid), and without one both answers are empty: the test comes down to
   * the attributes. An element that does carry one (from a <noscript>, say) gets the full test.
   */
  _isProbablyVisible(node: Element): boolean {
    if (node.hasAttribute('style')) return READABILITY_VISIBLE.call(this, node);
    if (node.hasAttribute('hidden')) return false;
    // Wikimedia marks its math images aria-hidden with a "fallback-image" class: they show.
    const className: unknown = node.className;
    return (
      node.getAttribute('aria-hidden') !== 'true' ||
      (typeof className === 'string' && className.includes('fallback-image'))
    );
  }
}

/** Run Readability on `doc` (which it rewrites). Null when it finds nothing. */
export function extractArticle(doc: Document, options: ArticleOptions): Article | null {
  const reader = new LectorReadability(doc, {
    serializer: (node) => node as Element,
    // Metadata comes from the page itself (metadata.ts); the working copy holds no scripts.
    disableJSONLD: true,
    // Social posts, charts and podcasts quoted in the story stay (as links: see amp-embeds.ts).
    allowedVideoRegex: KEPT_EMBED,
    ...(options.denseScript ? { charThreshold: DENSE_SCRIPT_CHAR_THRESHOLD } : {}),
  });
  reader.restoreBody = options.restoreBody ?? null;
  const result = reader.parse();
  if (!result?.content) return null;
  dropLeadingTitle(result.content, options.title);
  return {
    content: result.content,
    byline: result.byline?.trim() || null,
    excerpt: result.excerpt?.trim() || null,
  };
}
