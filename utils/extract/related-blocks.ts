/**
 * Where a page keeps its related / more-from / recommended / read-next blocks. Found the way a
 * reader finds them, not by one site's class names:
 * 1. a heading or label in one of several languages ("Related Articles", "Lee también"), or an
 *    aria-label / aria-labelledby saying so, above links to other stories;
 * 2. a repeated card structure: three or more sibling cards, each linking to a different
 *    article-shaped URL, outside the article's own text.
 * A block never contains the article's text or its <h1>, and never sits inside it except as a
 * list of links set apart by its own label.
 */
import {
  attributeOf,
  attributesOf,
  childElements,
  closestLink,
  closestNamed,
  currentRead,
  descendants,
  descendantsBeside,
  descendantsNamed,
  firstNamed,
  isLink,
  linksUnder,
  nameOf,
  roleOf,
  textOf,
} from './dom-walk.ts';
import { isBareMoreLabel, isRankingLabel, isRelatedLabel } from './related-labels.ts';
import { POINTER_LABEL, pointerLine } from './declutter-label-clues.ts';
import { boundedTextLength } from './declutter-block.ts';
import { plainText } from './related-card.ts';
import { looksLikeWrittenTime } from './related-time.ts';
import { linkTarget, sharedPageUrl } from './url-key.ts';
import { teaserCardOf } from './declutter-teaser-card.ts';
import { weightedLength } from './weighted-length.ts';
import type { UrlKind } from './url-shape.ts';

export interface LinkScope {
  base: string;
  /** pageKey()s of the page itself (its URL, canonical, og:url). */
  own: Set<string>;
}

/** A block: the elements that hold it (a label may sit apart from its list). */
export type Block = Element[];

/*
 * Where links are site furniture, not stories: navigation, and page-level headers and footers,
 * i.e. `nav, [role="navigation"], [role="banner"], [role="contentinfo"], [hidden],
 * [aria-hidden="true"]` (matched by isFurniture: selector queries cost far more in jsdom).
 */
/** A label heading: `h2, h3, h4, h5, h6, [role="heading"]`. */
function isLabelHeading(element: Element): boolean {
  return HEADING_NAME.test(nameOf(element)) || roleOf(element) === 'heading';
}
const PARAGRAPH_OR_ITEM = new Set(['p', 'li']);
const H1 = new Set(['h1']);
/** isLabelHeading's tag names, and the elements that label a block in plain text. */
const HEADING_NAME = /^h[2-6]$/;
const PLAIN_LABEL_NAME = /^(div|span|p|strong|b|header)$/;
const INLINE_IN_LABEL = /^(span|strong|b|i|em|svg|img)$/;
const LIST_LIKE = /^(ul|ol|div|section|aside|footer)$/;
/** Link kinds that may be a story when a label vouches for the block. */
const STORY_KINDS = new Set<UrlKind>(['article', 'unknown', 'short-path']);
/** Paragraph text (weighted, links aside) above a label beyond which it is not its block's top. */
const MAX_TEXT_ABOVE_LABEL = 200;
/** Longer link texts are never only a date. */
const MAX_DATE_LINK = 64;

/** Whether `element` matches FURNITURE_SELECTOR, or is a site menu of story panels. */
function isFurniture(element: Element): boolean {
  const role = roleOf(element);
  const name = nameOf(element);
  return (
    name === 'nav' ||
    role === 'navigation' ||
    role === 'banner' ||
    role === 'contentinfo' ||
    attributeOf(element, 'hidden') !== null ||
    attributeOf(element, 'aria-hidden') === 'true' ||
    ((name === 'ul' || name === 'ol') && isMegaMenu(element))
  );
}

/** Stories a menu item's drop-down panel holds at least, and items with such panels. */
const MENU_PANEL_STORIES = 3;
const MENU_PANELS = 2;
/**
 * What a link's address looks like (its URL kind) is read from its path and query alone: any
 * http(s) base resolves a relative link to the same path.
 */
const SHAPE_BASE = 'https://example.invalid/';

function linkKind(link: Element): UrlKind | null {
  return linkTarget(attributeOf(link, 'href'), SHAPE_BASE)?.kind ?? null;
}

/**
 * A site menu whose items drop down panels of stories (a "mega menu", in a header that is no
 * <nav>): a list in which two or more items open with a link to a section and hold three or
 * more story links below it. Its stories are the site's navigation, not the article's related
 * ones. (A teaser list whose items open with a section kicker holds one story per item.)
 */
function isMegaMenu(list: Element): boolean {
  let panels = 0;
  for (const item of childElements(list)) {
    if (nameOf(item) !== 'li') continue;
    const links = linksUnder(item);
    if (links.length <= MENU_PANEL_STORIES) continue;
    const opening = linkKind(links[0]!);
    if (opening === null || opening === 'article') continue;
    let stories = 0;
    for (const link of links) if (linkKind(link) === 'article') stories++;
    if (stories >= MENU_PANEL_STORIES && ++panels >= MENU_PANELS) return true;
  }
  return false;
}

const furnitureAnswers = new WeakMap<object, Map<Element, boolean>>();

/**
 * Whether `element.closest(FURNITURE_SELECTOR)` finds anything, by parent links. It is asked for
 * every link on the page, often more than once: during a read each element's answer is kept, so
 * a climb stops at the first ancestor already answered.
 */
function insideFurniture(element: Element): boolean {
  const read = currentRead(element.ownerDocument);
  let answers = read ? furnitureAnswers.get(read) : undefined;
  if (read && !answers) furnitureAnswers.set(read, (answers = new Map()));
  const climbed: Element[] = [];
  let answer = false;
  for (let node: Element | null = element; node; node = node.parentElement) {
    const known = answers?.get(node);
    if (known !== undefined) {
      answer = known;
      break;
    }
    climbed.push(node);
    if (isFurniture(node)) {
      answer = true;
      break;
    }
  }
  for (const node of climbed) answers?.set(node, answer);
  return answer;
}

const PAGE_REGIONS = new Set(['header', 'footer']);
const CONTENT_REGIONS = new Set(['article', 'section', 'main']);

export function isFurnitureLink(link: Element): boolean {
  if (insideFurniture(link)) return true;
  // A <header> or <footer> of the page (not of an <article> or <section>) holds site links.
  const region = closestNamed(link, PAGE_REGIONS);
  const parent = region?.parentElement;
  return region !== null && (!parent || closestNamed(parent, CONTENT_REGIONS) === null);
}

/** The story a link points to (its pageKey), or null for navigation, the page itself and non-http. */
export function storyKey(link: Element, scope: LinkScope, strict = false): string | null {
  const target = linkTarget(attributeOf(link, 'href'), scope.base);
  if (!target) return null;
  const { key, kind } = target;
  if (scope.own.has(key)) return null;
  if (strict ? kind !== 'article' : !STORY_KINDS.has(kind)) return null;
  // A short path is a story only when its link reads like a headline.
  if (kind === 'short-path' && plainText(textOf(link)).split(' ').length < 3) return null;
  // A link of no recognisable shape that reads as a date leads to that day's archive.
  if (kind === 'unknown' && readsAsDate(link)) return null;
  return key;
}

function readsAsDate(link: Element): boolean {
  const text = textOf(link);
  return text.length <= MAX_DATE_LINK && /\d/.test(text) && looksLikeWrittenTime(text);
}

/** Whether `element` is an `a[href]` to a story, outside `skip` and outside site furniture. */
function isStoryLink(element: Element, scope: LinkScope, skip: Element | null = null): boolean {
  return (
    isLink(element) &&
    !(skip && skip.contains(element)) &&
    !isFurnitureLink(element) &&
    storyKey(element, scope) !== null
  );
}

function storyLinksIn(element: Element, scope: LinkScope): Element[] {
  return linksUnder(element).filter((link) => isStoryLink(link, scope));
}

/** True when `element` holds (or is) the article: its main text or its headline. */
function holdsArticle(element: Element, main: Element | null, h1: Element | null): boolean {
  return (main !== null && element.contains(main)) || (h1 !== null && element.contains(h1));
}

/** The text of a labelled element's label: aria-label, or the element aria-labelledby names. */
function ariaLabelOf(element: Element): string | null {
  const label = attributeOf(element, 'aria-label');
  if (label) return label;
  const ids = attributeOf(element, 'aria-labelledby');
  if (!ids) return null;
  const doc = element.ownerDocument;
  return ids
    .split(/\s+/)
    .map((id) => textOf(doc.getElementById(id)))
    .join(' ');
}

/** A line longer than this is a sentence with a link in it, not a pointer. */
const POINTER_LINE = 300;

/**
 * "Read more: <a>…</a>", "RELATED: <a>…</a>" with the label as the line's own text, not an
 * element of its own (which labelElements finds): a pointer to one story.
 */
function isBareLabelPointer(line: Element, scope: LinkScope): boolean {
  // Asked of every paragraph: the cheap tests first (most hold no link, or a sentence's worth).
  const links = linksUnder(line);
  if (links.length !== 1 || boundedTextLength(line, POINTER_LINE) > POINTER_LINE) return false;
  const text = textOf(line);
  const linkText = textOf(links[0]!).trim();
  const at = text.indexOf(linkText);
  if (!linkText || at < 0) return false;
  // The label comes first; after the link at most a closing mark.
  const label = text.slice(0, at).trim();
  if (
    !label ||
    label.length > POINTER_LABEL ||
    text.slice(at + linkText.length).trim().length > 3
  ) {
    return false;
  }
  // The link reads as a headline: a few words, not an address ("Więcej: http://…").
  if (/^(https?:\/\/|www\.)/i.test(linkText) || linkText.split(/\s+/).length < 3) return false;
  return (isRelatedLabel(label) || isBareMoreLabel(label)) && isStoryLink(links[0]!, scope);
}

/**
 * A label may be a heading, or a short text on its own (no links, no blocks inside). The same
 * walk collects the bare-label pointer lines into `pointers`.
 */
function labelElements(doc: Document, scope: LinkScope, pointers: Element[]): Element[] {
  // One walk instead of two selector scans (jsdom's selector engine costs more than a walk).
  const headings: Element[] = [];
  const plainLabels: Element[] = [];
  for (const element of descendants(doc)) {
    const name = nameOf(element);
    if (name === 'p' && isBareLabelPointer(element, scope)) pointers.push(element);
    if (HEADING_NAME.test(name) || roleOf(element) === 'heading') {
      headings.push(element);
    } else if (
      PLAIN_LABEL_NAME.test(name) &&
      childElements(element).every((child) => INLINE_IN_LABEL.test(nameOf(child)))
    ) {
      plainLabels.push(element);
    }
  }
  // The wording first: it rules out nearly every element, and selector queries cost far more.
  return [...headings, ...plainLabels].filter(
    (element) =>
      isRelatedLabel(textOf(element)) && !closestLink(element) && !linksUnder(element).length,
  );
}

/**
 * Blocks right after a label, up to the next heading or the next box with a heading of the
 * label's rank: lists and link-dominated blocks only. Rules, line breaks and spacer images
 * between them belong to the block when a block of links follows them (old pages build a list
 * of links as sibling spans with <hr>/<br> between).
 */
function followingBlocks(label: Element, scope: LinkScope, level: number | null): Element[] {
  const blocks: Element[] = [];
  const separators: Element[] = [];
  for (let next = label.nextElementSibling; next; next = next.nextElementSibling) {
    if (isLabelHeading(next)) break;
    if (level !== null && blocks.length > 0 && holdsSectionHeading(next, level, scope)) break;
    if (isSeparator(next)) {
      separators.push(next);
      continue;
    }
    const links = storyLinksIn(next, scope);
    if (links.length === 0) break;
    const linkText = links.reduce((sum, link) => sum + plainText(textOf(link)).length, 0);
    const isList = /^(ul|ol)$/.test(nameOf(next));
    // Prose with a link in it is the article going on, not the related block.
    if (!isList && linkText < plainText(textOf(next)).length * 0.3) break;
    blocks.push(...separators.splice(0), next);
  }
  return blocks;
}

/**
 * Whether, after the label (inside `passed`, or `passed` is null and the label is the root), a
 * story link is followed by a section heading: the label's list has ended and another box of
 * the same rank ("Tags", "Source") begins. `beside` is in document order.
 */
function sectionFollows(
  beside: Element[],
  passed: Element | null,
  level: number,
  scope: LinkScope,
): boolean {
  let after = passed === null;
  let linked = false;
  for (const element of beside) {
    if (element === passed) after = true;
    else if (!after) continue;
    else if (isStoryLink(element, scope)) linked = true;
    // The first section heading after the label: the label's own list ended before it only if
    // it had links (an empty "Other news" box next to a "Most popular" one is one sidebar).
    else if (isSectionHeading(element, level, scope)) return linked;
  }
  return false;
}

/**
 * A heading of the label's rank or above that links to no story: it begins a section of its own
 * ("Tags", "Source"), where a card's title heading would link to its story.
 */
function isSectionHeading(element: Element, level: number, scope: LinkScope): boolean {
  const rank = headingLevel(element);
  if (rank === null || rank > level) return false;
  const link = closestLink(element);
  return !(link && isStoryLink(link, scope)) && storyLinksIn(element, scope).length === 0;
}

/** Whether a box after the label's list opens a section of its own ("Tags", "Source"). */
function holdsSectionHeading(box: Element, level: number, scope: LinkScope): boolean {
  return descendants(box).some((inner) => isSectionHeading(inner, level, scope));
}

/** A rule, a line break, an image with no text or link, a style or script: between a list's items. */
function isSeparator(element: Element): boolean {
  const name = nameOf(element);
  if (name === 'hr' || name === 'br' || name === 'style' || name === 'script') return true;
  return name === 'img' && !closestLink(element) && !element.getAttribute('alt');
}

/** The block a label stands for: the nearest ancestor that holds story links, or its list. */
function blockOfLabel(
  label: Element,
  scope: LinkScope,
  main: Element | null,
  h1: Element | null,
): Block | null {
  const body = label.ownerDocument.body;
  const own = closestNamed(label, PARAGRAPH_OR_ITEM) ?? label;
  // Each level looks for a story link under `up`. The level below held none, so only the rest
  // of `up` is walked (the level's own element included): one walk in all, not one per level.
  const level = headingLevel(label);
  let passed: Element | null = null;
  let proseAbove = 0;
  // Where the list that follows the label is looked for when no ancestor is the block.
  let head = own;
  for (let up: Element | null = own; up && up !== body; up = up.parentElement) {
    if (holdsArticle(up, main, h1) || up === main) break;
    // A label stands at the top of its block: paragraphs above it mean `up` is the article,
    // with a label near its end (where main text was not found), and the block follows it.
    if (passed) proseAbove += proseBefore(passed);
    if (proseAbove > MAX_TEXT_ABOVE_LABEL) break;
    const beside = descendantsBeside(up, passed);
    if (level !== null && sectionFollows(beside, passed, level, scope)) {
      // `up` holds the label's list and other sections: the list follows the label's own box.
      head = passed ?? own;
      break;
    }
    if (beside.some((link) => isStoryLink(link, scope, label))) return [up];
    passed = up;
  }
  const following = followingBlocks(head, scope, level);
  return following.length > 0 ? [head, ...following] : null;
}

/** A heading's rank (2 for <h2>), or null for anything else. */
function headingLevel(element: Element): number | null {
  const name = nameOf(element);
  return HEADING_NAME.test(name) ? Number(name[1]) : null;
}

/** Paragraph text (weighted, links aside) before `child` in its parent: the article's prose. */
function proseBefore(child: Element): number {
  let length = 0;
  for (let node = child.previousElementSibling; node; node = node.previousElementSibling) {
    const paragraphs = nameOf(node) === 'p' ? [node] : descendantsNamed(node, 'p');
    for (const paragraph of paragraphs) {
      length += weightedLength(textOf(paragraph));
      for (const link of linksUnder(paragraph)) length -= weightedLength(textOf(link));
    }
  }
  return length;
}

/** The one story a subtree links to, null for none, MANY for several. */
const MANY = Symbol('many stories');
type StorySummary = string | null | typeof MANY;
const MAX_DEPTH = 500;

function merge(a: StorySummary, b: StorySummary): StorySummary {
  if (a === null) return b;
  if (b === null || a === b) return a;
  return MANY;
}

/** Furniture, or the page's own header or footer (outside an article, section or main). */
function isFurnitureRegion(element: Element, inContent: boolean): boolean {
  return isFurniture(element) || (!inContent && /^(header|footer)$/.test(nameOf(element)));
}

/**
 * One bottom-up pass: which single story each element links to (strict: article-shaped URLs
 * only). Card grids are then read off their children's summaries, without re-walking subtrees.
 */
function summarizeStories(
  element: Element,
  scope: LinkScope,
  out: Map<Element, StorySummary>,
  inContent = false,
  depth = 0,
): StorySummary {
  let summary: StorySummary = nameOf(element) === 'a' ? storyKey(element, scope, true) : null;
  if (depth > MAX_DEPTH) return summary;
  const content = inContent || /^(article|section|main)$/.test(nameOf(element));
  for (const child of childElements(element)) {
    if (isFurnitureRegion(child, content)) continue;
    summary = merge(summary, summarizeStories(child, scope, out, content, depth + 1));
  }
  out.set(element, summary);
  return summary;
}

/** Three or more sibling cards, most of the children, each linking to a different story. */
function isCardGrid(element: Element, summaries: Map<Element, StorySummary>): boolean {
  const children = childElements(element);
  if (children.length < 3) return false;
  const keys = new Set<string>();
  for (const child of children) {
    const summary = summaries.get(child);
    if (typeof summary === 'string') keys.add(summary);
  }
  if (keys.size < 3 || keys.size < children.length * 0.6) return false;
  return children.filter(isSourcedFact).length < children.length * 0.6;
}

/** Inline elements whose text runs on with the sentence around them. */
const INLINE_TEXT = new Set(['b', 'strong', 'i', 'em', 'span', 'small', 'q']);

/** The text of the node beside a link, when it is text in the same line ('' otherwise). */
function textBeside(node: Node | null): string {
  if (!node) return '';
  if (node.nodeType === 3) return node.nodeValue ?? '';
  return node.nodeType === 1 && INLINE_TEXT.has(nameOf(node as Element))
    ? (node.textContent ?? '')
    : '';
}

/** Whether `link` sits inside a sentence: words run into it, and on after it or end there. */
function isInSentence(link: Element): boolean {
  const before = textBeside(link.previousSibling).trimEnd();
  const after = textBeside(link.nextSibling).trimStart();
  return /[\p{L}\p{N},;]$/u.test(before) && /^[\p{L}\p{N},;.!?…)”’"]/u.test(after);
}

/**
 * A fact with its source linked in the sentence ("…, according to <a>a BBC investigation</a>,
 * …"), as a fact box's items are: not a card, whose link is its headline. A story's own box of
 * facts beside its text is the story's.
 */
function isSourcedFact(item: Element): boolean {
  const links = isLink(item) ? [item] : linksUnder(item);
  return links.length > 0 && links.every(isInSentence);
}

function gridBlocks(
  doc: Document,
  scope: LinkScope,
  main: Element | null,
  h1: Element | null,
): Block[] {
  // Cards beside an article are its related stories; on a page without one they are the page.
  if (!main || !doc.body) return [];
  const summaries = new Map<Element, StorySummary>();
  summarizeStories(doc.body, scope, summaries);
  const grids = [...summaries.keys()].filter(
    (element) =>
      LIST_LIKE.test(nameOf(element)) &&
      !main.contains(element) &&
      !holdsArticle(element, main, h1) &&
      isCardGrid(element, summaries),
  );
  const outermost = grids.filter(
    (grid) => !grids.some((other) => other !== grid && other.contains(grid)),
  );
  return outermost.flatMap((grid) => {
    // A heading right before the grid ("Latest news") goes with it, unless it names a ranking.
    const previous = grid.previousElementSibling;
    const heading = previous && isLabelHeading(previous) ? previous : null;
    if (isRanking(grid, heading)) return [];
    return [heading ? [heading, grid] : [grid]];
  });
}

/**
 * Whether a grid is the site's ranking ("Most read"), by the label before it or opening it (a
 * heading, or a plain line without links: "<div class=title>Самое читаемое</div>"), or its
 * aria-label.
 */
function isRanking(grid: Element, heading: Element | null): boolean {
  const labelText = (element: Element | null): string | null =>
    element && (isLabelHeading(element) || linksUnder(element).length === 0)
      ? textOf(element)
      : null;
  const labels = [
    heading ? textOf(heading) : labelText(grid.previousElementSibling),
    labelText(grid.firstElementChild),
    ariaLabelOf(grid),
    grid.parentElement ? ariaLabelOf(grid.parentElement) : null,
  ];
  return labels.some(isRankingLabel);
}

/**
 * The page's related blocks, in page order, none inside another. `main` is the block holding the
 * article's running text (running-text.ts), used to keep blocks out of the article.
 */
export function findRelatedBlocks(doc: Document, scope: LinkScope, main: Element | null): Block[] {
  const h1 = firstNamed(doc, H1);
  const blocks: Block[] = [];
  const labelled = descendants(doc).filter((element) => {
    const attributes = attributesOf(element);
    return attributes['aria-label'] !== undefined || attributes['aria-labelledby'] !== undefined;
  });
  for (const element of labelled) {
    if (!isRelatedLabel(ariaLabelOf(element)) || insideFurniture(element)) continue;
    if (holdsArticle(element, main, h1)) continue;
    if (storyLinksIn(element, scope).length > 0) blocks.push([element]);
  }
  const pointers: Element[] = [];
  for (const label of labelElements(doc, scope, pointers)) {
    if (insideFurniture(label)) continue;
    if (isBareMoreLabel(textOf(label)) && !pointsToStory(label, scope)) continue;
    const block = blockOfLabel(label, scope, main, h1);
    if (block) blocks.push(block);
  }
  blocks.push(...gridBlocks(doc, scope, main, h1));
  for (const line of pointers) if (!insideFurniture(line)) blocks.push([line]);
  blocks.push(...inlineCards(main, scope, h1));
  return outermostInOrder(blocks);
}

/**
 * Teaser cards set among the story's paragraphs ("<a><img><h3>Ferry fares to rise</h3></a>"),
 * one other story each: listed in the panel rather than read as part of the text. Cards outside
 * the story are the grids' and the labels' (or left to declutter when alone).
 */
function inlineCards(main: Element | null, scope: LinkScope, h1: Element | null): Block[] {
  const page = main ? sharedPageUrl(scope.base) : null;
  if (!main || !page) return [];
  const cardScope = { headline: h1, protect: h1 ? [h1] : [], page };
  const cards: Block[] = [];
  for (const heading of descendants(main)) {
    if (!HEADING_NAME.test(heading.localName)) continue;
    const found = teaserCardOf(heading, cardScope);
    if (!found || found.card === main) continue;
    // One story (a list of several is a grid's), at an article's address, not a newsletter's,
    // a tag's or a section's page.
    const more = descendants(found.card).some(
      (element) => element !== heading && HEADING_NAME.test(element.localName),
    );
    if (!more && storyKey(found.link, scope, true) !== null) {
      cards.push([found.card]);
    }
  }
  return cards;
}

/** A label opening a line that is otherwise one link, to a story: "MORE: <a>…</a>". */
function pointsToStory(label: Element, scope: LinkScope): boolean {
  const line = pointerLine(label);
  return line !== null && storyLinksIn(line, scope).length === 1;
}

/** Drop blocks inside another block; order by position in the page. */
function outermostInOrder(blocks: Block[]): Block[] {
  const all = blocks.flat();
  const kept = blocks.filter((block) =>
    block.every((element) => !all.some((other) => other !== element && other.contains(element))),
  );
  const unique = kept.filter(
    (block, index) => kept.findIndex((other) => other[0] === block[0]) === index,
  );
  return unique.sort((a, b) => (a[0]!.compareDocumentPosition(b[0]!) & 4 /* FOLLOWING */ ? -1 : 1));
}
