/**
 * One pass over a page's elements that collects everything detection looks at: paragraph
 * candidates, headlines with their links, <article>s, JSON-LD, what the metas say, form controls.
 *
 * Why one hand-written pass: under jsdom (the CLI, the benchmark) each getElementsByTagName or
 * querySelectorAll call re-walks the whole tree (and a selector engine is compiled per window).
 * Walking elements once costs about as much as one of those calls; inside a read, the page's
 * index (dom-walk.ts) gives children and siblings from arrays, cheaper still. Auto mode's
 * size-capped detector (detect-lean.ts) shares the tag vocabulary (page-tags.ts), not this pass.
 */
import { weightedLength } from './weighted-length.ts';
import { attributesOf, indexedTree, textOf, type Attributes } from './dom-walk.ts';
import { BLOCK_TAGS, FURNITURE_ROLE_LIST, FURNITURE_TAG_LIST, TEXT_BLOCKS } from './page-tags.ts';

/** A block that may be a paragraph of running text. */
export interface ParagraphCandidate {
  element: Element;
  /** Weighted length of the text of its links (see weightedLength). */
  links: number;
  /** The whole block sits inside a link (a card-wide link): all of it is link text. */
  linked: boolean;
  /** A block holding <br>-separated text itself: only its own text counts, not nested blocks. */
  own: boolean;
}

export interface PageScan {
  /** <p>, <pre>, inline-only blocks and <br>-separated blocks outside page furniture. */
  paragraphs: ParagraphCandidate[];
  /** Headings that carry a link or sit in one, each with that link: [heading, link]. */
  headlines: [Element, Element][];
  /** <article> elements not nested in another <article>. */
  articles: Element[];
  /** Texts of the JSON-LD scripts. */
  jsonLd: string[];
  /** og:type, lower-cased. */
  ogType?: string;
  /** Whether a meta, <time pubdate> or itemprop states when the page was published. */
  dated: boolean;
  /** schema.org types named by `itemtype` outside page furniture, one entry per item. */
  itemTypes: string[];
  /** Visible form controls (inputs that are not hidden, buttons, selects, textareas). */
  controls: number;
  password: boolean;
  /** Some element declares role="application". */
  app: boolean;
}

const oneOf = (list: string) => new RegExp(`^(${list.replaceAll(',', '|')})$`);
const FURNITURE_TAGS = oneOf(FURNITURE_TAG_LIST);
const FURNITURE_ROLES = oneOf(FURNITURE_ROLE_LIST);
// Generic vocabulary for page furniture in class names and ids; a content-ish word rescues it
// (`article-header`, `post-comments-count` stay).
const FURNITURE_NAMES =
  /comment|disqus|footer|header|masthead|menu|breadcrumb|sidebar|related|recommend|promo|sponsor|advert|banner|cookie|consent|gdpr|newsletter|subscribe|share|social|popup|modal|pag(er|ination)|widget/i;
const CONTENT_NAMES = /article|body|content|main|story|entry|text|post/i;
const HEADLINES = /^h[1-5]$/;
const PUBLISHED_META = /published|pubdate|date\.issued/i;
const MAX_DEPTH = 500;

/*
 * What a tag name is to the scan, as bits, worked out once per name: the scan asks up to six
 * questions of every element's name, and a page uses a few dozen names.
 */
const BLOCK = 1;
const HEADLINE = 2;
const TEXT_BLOCK = 4;
const FURNITURE_TAG = 8;
const CONTROL = 16;
const PAGE_ROOT = 32;
const kinds = new Map<string, number>();
/** Custom element names are the page's to choose: past this many, answers are not kept. */
const MAX_KINDS = 500;

function kindOf(tag: string): number {
  let kind = kinds.get(tag);
  if (kind !== undefined) return kind;
  kind =
    (BLOCK_TAGS.test(tag) ? BLOCK : 0) |
    (HEADLINES.test(tag) ? HEADLINE : 0) |
    (TEXT_BLOCKS.test(tag) ? TEXT_BLOCK : 0) |
    (FURNITURE_TAGS.test(tag) ? FURNITURE_TAG : 0) |
    (/^(button|select|textarea)$/.test(tag) ? CONTROL : 0) |
    (/^(body|html|main)$/.test(tag) ? PAGE_ROOT : 0);
  if (kinds.size < MAX_KINDS) kinds.set(tag, kind);
  return kind;
}

/** Whether an element is page furniture in itself: its tag, role, hiding, class/id vocabulary. */
export function isFurniture(
  element: Element,
  tag = element.localName,
  attributes: Attributes = attributesOf(element),
): boolean {
  if (kindOf(tag) & FURNITURE_TAG) return true;
  const style = attributes.style;
  if (
    attributes.hidden !== undefined ||
    attributes['aria-hidden'] === 'true' ||
    FURNITURE_ROLES.test(attributes.role ?? '') ||
    (style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style))
  ) {
    return true;
  }
  // The root's classes describe the page (`both-sidebars`, `has-cookie-banner`), not a block.
  if (kindOf(tag) & PAGE_ROOT) return false;
  const { class: className, id } = attributes;
  if (className === undefined && id === undefined) return false;
  const names = `${className ?? ''} ${id ?? ''}`;
  return FURNITURE_NAMES.test(names) && !CONTENT_NAMES.test(names);
}

/** Scan `doc` once. Reads only; never changes the document. */
export function scanPage(doc: Document): PageScan {
  const scan: PageScan = {
    paragraphs: [],
    headlines: [],
    articles: [],
    jsonLd: [],
    dated: false,
    itemTypes: [],
    controls: 0,
    password: false,
    app: false,
  };
  /** Weighted length of link text, by the nearest block holding the link. */
  const linkText = new Map<Element, number>();
  /** Blocks whose text is split by <br> (or empty <p>s); each becomes one candidate. */
  const split = new Set<Element>();
  const linkedHeadings = new Set<Element>();
  const add = (element: Element, linked: boolean, own: boolean) =>
    scan.paragraphs.push({ element, links: 0, linked, own });

  /** What every element may tell, whether or not it sits in furniture. */
  const note = (
    element: Element,
    tag: string,
    inFurniture: boolean,
    inArticle: boolean,
    block: Element,
    attributes: Attributes,
  ) => {
    if (tag === 'script' && /^\s*application\/ld\+json/i.test(attributes.type ?? '')) {
      scan.jsonLd.push(textOf(element));
    } else if (tag === 'meta') {
      const name = attributes.property ?? attributes.name ?? attributes.itemprop ?? '';
      if (name === 'og:type') scan.ogType = attributes.content?.trim().toLowerCase();
      if (PUBLISHED_META.test(name)) scan.dated = true;
    } else if (tag === 'article' && !inArticle) {
      scan.articles.push(element);
    } else if (tag === 'input') {
      const type = attributes.type?.toLowerCase();
      if (type !== 'hidden') scan.controls += 1;
      if (type === 'password') scan.password = true;
    } else if (kindOf(tag) & CONTROL) {
      scan.controls += 1;
    } else if ((tag === 'br' || (tag === 'p' && !element.firstChild)) && !split.has(block)) {
      // <br>, and the empty <p></p> some templates put between paragraphs, split text that the
      // block around them holds itself.
      split.add(block);
      if (!inFurniture && block.localName !== 'p') add(block, false, true);
    }
    if (attributes.role === 'application') scan.app = true;
    if (attributes.pubdate !== undefined || attributes.itemprop === 'datePublished') {
      scan.dated = true;
    }
  };

  // Inside a read, the page's index gives children and siblings from arrays (see dom-walk.ts).
  const tree = indexedTree(doc);

  /**
   * Visit the siblings from `first` on (at `firstAt` in the index, whose siblings end before
   * `stopAt`); returns whether any is (or holds) a block element.
   */
  const visit = (
    first: Element | null,
    firstAt: number,
    stopAt: number,
    inFurniture: boolean,
    link: Element | null,
    heading: Element | null,
    inParagraph: boolean,
    inArticle: boolean,
    block: Element,
    depth: number,
  ): boolean => {
    // Pathological nesting (thousands deep) holds no article worth finding; stop, never overflow.
    if (depth > MAX_DEPTH) return false;
    let holdsBlock = false;
    for (let element = first, at = firstAt; element;) {
      const tag = tree ? tree.names[at]! : element.localName;
      const kind = kindOf(tag);
      const isBlock = (kind & BLOCK) !== 0;
      // Read once here for every question below (outside a read, each attributesOf reads anew).
      const attributes = attributesOf(element);
      note(element, tag, inFurniture, inArticle, block, attributes);
      const furniture = inFurniture || isFurniture(element, tag, attributes);
      const isLink = tag === 'a' && attributes.href !== undefined;
      const isHeading = (kind & HEADLINE) !== 0;
      const isParagraph = tag === 'p' || tag === 'pre';
      if (!furniture) {
        if (isParagraph) add(element, link !== null, false);
        if (isLink && !link) {
          linkText.set(block, (linkText.get(block) ?? 0) + weightedLength(textOf(element)));
        }
        const headline = isHeading ? element : heading;
        const target = isLink ? element : link;
        if (headline && target && !linkedHeadings.has(headline)) {
          linkedHeadings.add(headline);
          scan.headlines.push([headline, target]);
        }
        const itemType = attributes.itemtype;
        if (itemType) scan.itemTypes.push(...itemType.split(/\s+/));
      }
      const childEnd = tree ? tree.end[at]! : 0;
      const child = tree
        ? at + 1 < childEnd
          ? tree.list[at + 1]!
          : null
        : element.firstElementChild;
      const childBlocks =
        child !== null &&
        visit(
          child,
          at + 1,
          childEnd,
          furniture,
          isLink ? element : link,
          isHeading ? element : heading,
          inParagraph || isParagraph,
          inArticle || tag === 'article',
          isBlock ? element : block,
          depth + 1,
        );
      // A <div>, cell or list item holding only inline content is a paragraph in all but name.
      if (
        !furniture &&
        !childBlocks &&
        !inParagraph &&
        (kind & TEXT_BLOCK) !== 0 &&
        !split.has(element)
      ) {
        add(element, link !== null, false);
      }
      holdsBlock ||= isBlock || childBlocks;
      if (tree) {
        at = tree.end[at]!;
        element = at < stopAt ? tree.list[at]! : null;
      } else element = element.nextElementSibling;
    }
    return holdsBlock;
  };

  const root = doc.documentElement;
  if (root) {
    // The root element is the index's first entry; its subtree is the whole list.
    const stopAt = tree ? tree.end[0]! : 0;
    const first = tree ? (stopAt > 1 ? tree.list[1]! : null) : root.firstElementChild;
    visit(first, 1, stopAt, false, null, null, false, false, doc.body ?? root, 0);
  }
  for (const paragraph of scan.paragraphs) paragraph.links = linkText.get(paragraph.element) ?? 0;
  return scan;
}
