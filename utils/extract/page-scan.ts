/**
 * One pass over a page's elements that collects everything detection looks at: paragraph
 * candidates, headlines with their links, <article>s, JSON-LD scripts, metas, form controls.
 *
 * Why one hand-written pass: auto mode runs detection on every page of an allowed site, and the
 * CLI and benchmark run it under jsdom, where each getElementsByTagName or querySelectorAll call
 * re-walks the whole tree (and a selector engine is compiled per window). Walking elements once
 * through firstElementChild/nextElementSibling costs about as much as one of those calls.
 */
import { weightedLength } from './weighted-length.ts';

/** A block that may be a paragraph of running text. */
export interface ParagraphCandidate {
  element: Element;
  /** Weighted length of the text of its links (see weightedLength). */
  linkLength: number;
  /** True when the whole block sits inside a link (a card-wide link): all of it is link text. */
  insideLink: boolean;
  /** True for blocks holding <br>-separated text themselves: only their own text counts. */
  ownTextOnly: boolean;
}

/** A heading that carries a link (or sits in one): a headline pointing somewhere. */
export interface LinkedHeading {
  heading: Element;
  link: Element;
}

export interface PageScan {
  /** <p> and <pre> outside page furniture, plus blocks with <br>-separated text. */
  paragraphs: ParagraphCandidate[];
  linkedHeadings: LinkedHeading[];
  /** <article> elements not nested in another <article>. */
  articles: Element[];
  jsonLdScripts: Element[];
  metas: Element[];
  /** <time pubdate> or elements with itemprop=datePublished. */
  publishedMarks: number;
  /** schema.org types named by `itemtype` outside page furniture, one entry per item. */
  itemTypes: string[];
  /** Visible form controls (inputs that are not hidden, buttons, selects, textareas). */
  controls: number;
  hasPassword: boolean;
  hasApplicationRole: boolean;
}

// Subtrees that never hold the article's running text. Not FORM: older sites (ASP.NET above
// all) wrap the whole page, article included, in one form.
const FURNITURE_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'nav', 'footer', 'aside', 'button', 'select',
  'textarea', 'iframe', 'object', 'header', 'menu', 'dialog', 'canvas', 'video', 'audio',
]); // prettier-ignore
const FURNITURE_ROLES =
  /^(navigation|banner|contentinfo|complementary|search|menu|menubar|dialog|alert)$/;
// Generic vocabulary for page furniture in class names and ids; a content-ish word rescues it
// (`article-header`, `post-comments-count` stay).
const FURNITURE_NAMES =
  /comment|disqus|footer|header|masthead|menu|breadcrumb|sidebar|related|recommend|promo|sponsor|advert|banner|cookie|consent|gdpr|newsletter|subscribe|share|social|popup|modal|pagination|pager|widget/i;
const CONTENT_NAMES = /article|body|content|main|story|entry|text|post/i;
/** Block-level elements: text inside one of these belongs to it, not to the block around it. */
export const BLOCK_TAGS = new Set([
  'p', 'div', 'td', 'th', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'table', 'tr', 'tbody', 'section',
  'article', 'blockquote', 'pre', 'figure', 'figcaption', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr',
  'center', 'main', 'address', 'form', 'fieldset', 'body',
]); // prettier-ignore
const MAX_DEPTH = 500;
// Blocks that hold a paragraph's worth of text when they have no block children. Headings are
// among them for the long standfirsts some sites set as <h2>/<h3>; a length floor keeps titles out.
const TEXT_BLOCK_TAGS = new Set([
  'div',
  'td',
  'dd',
  'li',
  'section',
  'article',
  'blockquote',
  'center',
  'h2',
  'h3',
  'h4',
]);
const HEADLINE_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5']);
const CONTROL_TAGS = new Set(['button', 'select', 'textarea']);

/** The attributes the scan reads, fetched in one go (each getAttribute call is dear in jsdom). */
export type ScanAttributes = Partial<Record<(typeof SCAN_ATTRIBUTES)[number], string>>;
const SCAN_ATTRIBUTES = [
  'class', 'id', 'role', 'style', 'hidden', 'aria-hidden', 'itemprop', 'itemtype', 'pubdate',
  'type', 'href',
] as const; // prettier-ignore
const WANTED_ATTRIBUTES = new Set<string>(SCAN_ATTRIBUTES);
const NO_ATTRIBUTES: ScanAttributes = Object.freeze({});

export function readScanAttributes(element: Element): ScanAttributes {
  if (!element.hasAttributes()) return NO_ATTRIBUTES;
  const attributes: Record<string, string> = {};
  for (const name of element.getAttributeNames()) {
    if (WANTED_ATTRIBUTES.has(name)) attributes[name] = element.getAttribute(name) ?? '';
  }
  return attributes;
}

/** Whether an element is page furniture in itself (tag, role, hidden, class/id vocabulary). */
export function isFurniture(tag: string, attributes: ScanAttributes): boolean {
  if (FURNITURE_TAGS.has(tag)) return true;
  if (attributes === NO_ATTRIBUTES) return false;
  if (attributes.hidden !== undefined || attributes['aria-hidden'] === 'true') return true;
  if (attributes.role && FURNITURE_ROLES.test(attributes.role)) return true;
  if (attributes.style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(attributes.style)) {
    return true;
  }
  // The root's classes describe the page (`both-sidebars`, `has-cookie-banner`), not a block.
  if (tag === 'body' || tag === 'html' || tag === 'main') return false;
  const names = `${attributes.class ?? ''} ${attributes.id ?? ''}`;
  return names.length > 1 && FURNITURE_NAMES.test(names) && !CONTENT_NAMES.test(names);
}

interface Context {
  furniture: boolean;
  link: Element | null;
  heading: Element | null;
  inParagraph: boolean;
  inArticle: boolean;
}

class Scanner {
  readonly scan: PageScan = {
    paragraphs: [],
    linkedHeadings: [],
    articles: [],
    jsonLdScripts: [],
    metas: [],
    publishedMarks: 0,
    itemTypes: [],
    controls: 0,
    hasPassword: false,
    hasApplicationRole: false,
  };
  /** Weighted length of link text, by the nearest block holding the link. */
  private readonly linkText = new Map<Element, number>();
  private readonly separatedBlocks = new Set<Element>();
  private readonly headingsWithLink = new Set<Element>();

  /** Visit `parent`'s children; returns whether any of them is (or holds) a block element. */
  visit(first: Element | null, context: Context, block: Element, depth = 0): boolean {
    // Pathological nesting (thousands deep) holds no article worth finding; stop, do not overflow.
    if (depth > MAX_DEPTH) return false;
    let holdsBlock = false;
    for (let element = first; element; element = element.nextElementSibling) {
      const tag = element.localName;
      const isBlock = BLOCK_TAGS.has(tag);
      // Inside furniture only scripts (JSON-LD) and inputs still need their attributes read.
      const attributes =
        context.furniture && tag !== 'script' && tag !== 'input'
          ? NO_ATTRIBUTES
          : readScanAttributes(element);
      this.note(element, tag, attributes, context, block);
      const furniture = context.furniture || isFurniture(tag, attributes);
      const isLink = tag === 'a' && attributes.href !== undefined;
      const isHeading = HEADLINE_TAGS.has(tag);
      const isParagraph = tag === 'p' || tag === 'pre';
      if (!furniture) {
        if (isParagraph) this.addParagraph(element, context, false);
        this.noteContent(element, attributes, context, block, isLink, isHeading);
      }
      let childBlocks = false;
      const firstChild = element.firstElementChild;
      if (firstChild) {
        const inner: Context = {
          furniture,
          link: isLink ? element : context.link,
          heading: isHeading ? element : context.heading,
          inParagraph: context.inParagraph || isParagraph,
          inArticle: context.inArticle || tag === 'article',
        };
        childBlocks = this.visit(firstChild, inner, isBlock ? element : block, depth + 1);
      }
      // A <div>, cell or list item holding only inline content is a paragraph in all but name.
      const textBlock = !childBlocks && TEXT_BLOCK_TAGS.has(tag) && !context.inParagraph;
      if (!furniture && textBlock && !this.separatedBlocks.has(element)) {
        this.addParagraph(element, context, false);
      }
      holdsBlock ||= isBlock || childBlocks;
    }
    return holdsBlock;
  }

  /** Give each paragraph the link text found inside it; call once the walk is done. */
  finish(): PageScan {
    for (const paragraph of this.scan.paragraphs) {
      paragraph.linkLength = this.linkText.get(paragraph.element) ?? 0;
    }
    return this.scan;
  }

  private addParagraph(element: Element, context: Context, ownTextOnly: boolean): void {
    const insideLink = context.link !== null;
    this.scan.paragraphs.push({ element, linkLength: 0, insideLink, ownTextOnly });
  }

  /** Everything collected whether or not it sits in furniture. */
  private note(
    element: Element,
    tag: string,
    attributes: ScanAttributes,
    context: Context,
    block: Element,
  ): void {
    switch (tag) {
      case 'script':
        if (/^\s*application\/ld\+json/i.test(attributes.type ?? '')) {
          this.scan.jsonLdScripts.push(element);
        }
        break;
      case 'meta':
        this.scan.metas.push(element);
        break;
      case 'article':
        if (!context.inArticle) this.scan.articles.push(element);
        break;
      case 'input': {
        const type = attributes.type?.toLowerCase();
        if (type !== 'hidden') this.scan.controls += 1;
        if (type === 'password') this.scan.hasPassword = true;
        break;
      }
      case 'p':
      case 'br':
        // <br>, and the empty <p></p> some templates put between paragraphs, separate text that
        // the block around them holds itself.
        if (tag === 'p' && element.firstChild) break;
        if (!this.separatedBlocks.has(block) && block.localName !== 'p') {
          this.separatedBlocks.add(block);
          if (!context.furniture) this.addParagraph(block, { ...context, link: null }, true);
        }
        break;
      default:
        if (CONTROL_TAGS.has(tag)) this.scan.controls += 1;
    }
    if (attributes.role === 'application') this.scan.hasApplicationRole = true;
    if (attributes.pubdate !== undefined || attributes.itemprop === 'datePublished') {
      this.scan.publishedMarks += 1;
    }
  }

  /** What counts only outside furniture: link text, headlines, microdata. */
  private noteContent(
    element: Element,
    attributes: ScanAttributes,
    context: Context,
    block: Element,
    isLink: boolean,
    isHeading: boolean,
  ): void {
    if (isLink && !context.link) {
      const length = weightedLength(element.textContent ?? '');
      this.linkText.set(block, (this.linkText.get(block) ?? 0) + length);
    }
    const heading = isHeading ? element : context.heading;
    const link = isLink ? element : context.link;
    if (heading && link && !this.headingsWithLink.has(heading)) {
      this.headingsWithLink.add(heading);
      this.scan.linkedHeadings.push({ heading, link });
    }
    if (attributes.itemtype) {
      this.scan.itemTypes.push(...attributes.itemtype.split(/\s+/).filter(Boolean));
    }
  }
}

/** Scan `doc` once. Reads only; never changes the document. */
export function scanPage(doc: Document): PageScan {
  const scanner = new Scanner();
  const root = doc.documentElement;
  if (!root) return scanner.finish();
  const rootContext: Context = {
    furniture: false,
    link: null,
    heading: null,
    inParagraph: false,
    inArticle: false,
  };
  scanner.visit(root.firstElementChild, rootContext, doc.body ?? root);
  return scanner.finish();
}
