/**
 * The article: Readability on the decluttered working copy, then the checks Readability lacks.
 * Readability takes "the biggest block of text", which is wrong where related-story cards carry
 * more text than the story (the seed page): see article-focus.ts for how the story is kept.
 */
import { Readability } from '@mozilla/readability';
import { sameTitle } from './page-title.ts';
import { normalizeText } from './text.ts';
import { descendantsNamed } from './dom-walk.ts';

export interface ArticleOptions {
  /** The title as metadata chose it: a heading repeating it is dropped from the body. */
  title: string;
  /** Scripts written without spaces say as much in fewer characters (see charThreshold). */
  denseScript: boolean;
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

/** Readability's own visibility test (on its prototype; not in its type declarations). */
const READABILITY_VISIBLE = (
  Readability.prototype as unknown as {
    _isProbablyVisible(this: Readability<Element>, node: Element): boolean;
  }
)._isProbablyVisible;

/**
 * Readability with one helper made cheaper. Readability finds elements by tag through
 * `querySelectorAll('a,b,…')` some twenty times per read; jsdom's selector engine (the CLI, the
 * benchmark) spent a third of Readability's time there. A sibling walk lists the same elements
 * in the same (document) order, as a static array as the NodeList was (in Chromium, the core's
 * time stayed within 1% of the native selector's). Readability is pinned (package.json), and
 * article.test.ts holds the walk to the selector's answer and the readings to plain Readability's.
 */
export class LectorReadability extends Readability<Element> {
  /** Readability's own patterns (set on its prototype; not in its type declarations). */
  declare REGEXPS: { byline: RegExp };

  _getAllNodesWithTag(node: Element | Document, tagNames: readonly string[]): Element[] {
    // Readability names some tags in upper case; a type selector matches HTML elements in any
    // case (the working copy holds no SVG or MathML, where case would count).
    return descendantsNamed(node, ...tagNames.map((name) => name.toLowerCase()));
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
    ...(options.denseScript ? { charThreshold: DENSE_SCRIPT_CHAR_THRESHOLD } : {}),
  });
  const result = reader.parse();
  if (!result?.content) return null;
  dropLeadingTitle(result.content, options.title);
  return {
    content: result.content,
    byline: result.byline?.trim() || null,
    excerpt: result.excerpt?.trim() || null,
  };
}
