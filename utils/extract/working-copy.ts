/**
 * The working copy: a new document holding the page's body, built by one iterative walk, that
 * the rest of the pipeline may cut up freely. It never touches the page's own document.
 *
 * Why not `doc.cloneNode(true)`: a clone copies what no reader needs and pays for it. In jsdom,
 * every copied `style` attribute and <style> element is parsed as CSS, which made a clone cost
 * more than Readability itself. The walk leaves out what cannot be part of an article (scripts,
 * styles, SVG and MathML, which the sanitizer drops anyway), what the page hides (the `hidden`
 * attribute, inline `display:none`, text for screen readers only), comments, `style` and `on*`
 * attributes, whitespace that only lays out blocks, and anything deeper than the depth cap; it
 * stops at the element cap.
 */
import type { Limits } from './limits.ts';
import { BLOCK_ELEMENTS } from './text.ts';
import { attributesOf, nameOf, type Attributes } from './dom-walk.ts';
import { formulaText } from './math-text.ts';

/** Never part of an article, and often the bulk of a modern page's elements. */
const LEFT_OUT_TAGS = new Set([
  'script', 'style', 'link', 'meta', 'template', 'svg', 'math', 'canvas', 'head', 'title', 'base',
  'frame', 'frameset', 'slot',
]); // prettier-ignore
// Form controls stay: Readability counts their text when it weighs link density, and leaving
// them out changed which block it chose on some pages. It removes them from the article itself.

const HIDDEN_STYLE =
  /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;

/**
 * Text for screen readers only, set out of sight by its inline style: a link's ", opens new tab",
 * a heading that names the story's body. Clipping hides only what is positioned out of the flow,
 * so the position has to be there too.
 */
const OUT_OF_FLOW = /(?:^|;)\s*position\s*:\s*(?:absolute|fixed)\b/i;
const CLIPPED_AWAY =
  /(?:^|;)\s*(?:clip\s*:\s*rect\(\s*(?:0|1px)(?:[\s,]+(?:0|1px)){3}\s*\)|clip-path\s*:\s*inset\(\s*50%\s*\))/i;

/**
 * The class names that the common stylesheets (Bootstrap, Tailwind, WordPress, Drupal) define as
 * "out of sight, for screen readers": by convention, not one site's naming. Tailwind's
 * `md:not-sr-only` shows it again on wider screens, so any "not-sr-only" class keeps it.
 */
const SCREEN_READER_CLASS =
  /(?:^|\s)(?:sr-only|visually-hidden|visuallyhidden|screen-reader-text|element-invisible)(?:\s|$)/;

/** Whether the element is set out of sight for all but screen readers. */
function isVisuallyHidden({ style, class: classes }: Attributes): boolean {
  if (style !== undefined && CLIPPED_AWAY.test(style) && OUT_OF_FLOW.test(style)) return true;
  return (
    classes !== undefined && SCREEN_READER_CLASS.test(classes) && !classes.includes('not-sr-only')
  );
}

/** The most a tracking pixel declares of either side. */
const PIXEL = 2;
/** Where a lazy image keeps its real source behind a one-pixel placeholder. */
const LAZY_SOURCES = ['data-src', 'data-srcset', 'srcset', 'data-lazy-src', 'data-original'];

/**
 * A tracking pixel: an image declared a pixel or two wide and high, with no lazy source behind
 * it. It shows nothing, and in the reader or a saved copy it would only call its counter again.
 */
function isPixel(name: string, attributes: Attributes): boolean {
  if (name !== 'img') return false;
  const { width, height } = attributes;
  if (width === undefined || height === undefined) return false;
  if (!(Number.parseFloat(width) <= PIXEL && Number.parseFloat(height) <= PIXEL)) return false;
  return LAZY_SOURCES.every((name) => attributes[name] === undefined);
}

export interface WorkingCopy {
  doc: Document;
  /** Elements copied. */
  elements: number;
  /** Some subtree was left out for being deeper than the cap. */
  depthCut: boolean;
  /** The copy stopped at the element cap. */
  overBudget: boolean;
}

export interface WorkingCopyOptions {
  /** Base for relative links: becomes the copy's <base href>. */
  baseUrl: string;
  /** The copy's <title>, which Readability compares headings with. */
  title: string;
  /** Copy only this element's subtree instead of the whole body. */
  root?: Element | null;
  /** Copy only these elements' subtrees, one after another (the chunks of a split story). */
  roots?: readonly Element[];
  /**
   * Elements copied into the start of a root's copy, before its own content: the heading set
   * over a chunk outside it, which Readability keeps only inside the block it picks or joins.
   */
  leads?: ReadonlyMap<Element, readonly Element[]>;
  /** Elements of the page left out with their subtrees (clutter, related-article blocks). */
  skip?: ReadonlySet<Element>;
  /** Elements of the page copied with a marker attribute, to be cut from the extracted article. */
  mark?: ReadonlySet<Element>;
  limits: Pick<Limits, 'maxWorkElements' | 'maxDepth'>;
}

/** The attribute that marks clutter copied into the working copy (see `mark`). */
export const CLUTTER_MARK = 'data-lector-clutter';

/**
 * The attribute that marks a heading copied into the start of its chunk (see `leads`): the chunk
 * is then one post of a series, however short, and stays (prune.ts). The sanitizer drops it.
 */
export const LEAD_MARK = 'data-lector-lead';

/**
 * Whether the page hides the element from everyone (as Readability also judges it). `attributes`:
 * the element's, when the caller has them already.
 */
export function isHidden(element: Element, attributes = attributesOf(element)): boolean {
  const { hidden, style } = attributes;
  if (hidden !== undefined) return hidden !== 'until-found';
  return style !== undefined && HIDDEN_STYLE.test(style);
}

/**
 * Attributes the copy leaves out: inline styles (costly to parse; hiding is judged apart) and
 * event handlers.
 */
function isLeftOutAttribute(name: string): boolean {
  return name === 'style' || name.startsWith('on');
}

/** Whether any of these attributes (an element's, see attributesOf) is one the copy leaves out. */
function holdsLeftOutAttribute(attributes: Attributes): boolean {
  for (const name in attributes) if (isLeftOutAttribute(name)) return true;
  return false;
}

function copyElement(doc: Document, source: Element, attributes = attributesOf(source)): Element {
  // A shallow import copies the element and its attributes without checking each name again:
  // in jsdom, half the cost of creating the element and setting its attributes one by one.
  if (!holdsLeftOutAttribute(attributes)) return doc.importNode(source, false);
  const names = source.getAttributeNames();
  let copy: Element;
  try {
    copy = doc.createElementNS(source.namespaceURI, source.localName);
  } catch {
    // A name the parser accepted but createElementNS refuses: keep the content, not the tag.
    copy = doc.createElement('span');
  }
  // Names and values, not `attributes[i]`: indexing a jsdom NamedNodeMap is slow.
  for (const name of names) {
    if (isLeftOutAttribute(name)) continue;
    try {
      copy.setAttribute(name, source.getAttribute(name) ?? '');
    } catch {
      // An attribute name setAttribute refuses (the parser is more lenient): drop it.
    }
  }
  return copy;
}

function documentTitle(doc: Document, title: string, baseUrl: string, source: Document): void {
  const base = doc.createElement('base');
  base.setAttribute('href', baseUrl);
  doc.head.append(base);
  doc.title = title;
  const html = source.documentElement;
  for (const name of ['lang', 'dir']) {
    const value = html?.getAttribute(name);
    if (value) doc.documentElement.setAttribute(name, value);
  }
}

/** Copy the part of `source` that `options` name into a new, detached <body> of `doc`. */
function buildBody(
  doc: Document,
  source: Document,
  options: WorkingCopyOptions,
): { body: Element; result: WalkResult } {
  const walkOptions: WalkOptions = {
    dropLayoutSpace: true,
    budget: options.limits.maxWorkElements,
    maxDepth: options.limits.maxDepth,
    skip: options.skip ?? new Set(),
    mark: options.mark ?? new Set(),
  };
  const body = doc.createElement('body');
  const from = options.root ?? source.body;
  let result: WalkResult = { elements: 0, depthCut: false, overBudget: false };
  const roots = options.roots ?? (from && from !== source.body ? [from] : []);
  if (roots.length > 0) {
    for (const root of roots) {
      if (LEFT_OUT_TAGS.has(root.localName)) continue;
      const rootCopy = copyElement(doc, root);
      body.append(rootCopy);
      for (const source of [...(options.leads?.get(root) ?? []), root]) {
        let into = rootCopy;
        if (source !== root) {
          into = copyElement(doc, source);
          into.setAttribute(LEAD_MARK, '');
          rootCopy.append(into);
          result.elements++;
        }
        const budget = walkOptions.budget - result.elements - 1;
        const part = walk(doc, source, into, { ...walkOptions, budget });
        result.elements += part.elements;
        result.depthCut ||= part.depthCut;
        result.overBudget ||= part.overBudget;
      }
      result.elements++;
    }
  } else if (from) {
    result = walk(doc, from, body, walkOptions);
  }
  return { body, result };
}

/**
 * Build the working copy of `source` (or of `options.root`). Reads `source` only. `into`: a
 * blank document (createHTMLDocument) to build it in, instead of a new one; it may hold detached
 * nodes already, which the copy never reaches.
 */
export function makeWorkingCopy(
  source: Document,
  options: WorkingCopyOptions,
  into?: Document,
): WorkingCopy {
  const doc = into ?? source.implementation.createHTMLDocument('');
  documentTitle(doc, options.title, options.baseUrl, source);
  const { body, result } = buildBody(doc, source, options);
  // Built detached and attached once: cheaper than inserting node by node into a document.
  doc.documentElement.replaceChild(body, doc.body);
  return { doc, ...result };
}

/**
 * Put back the content of a working copy that has been cut up: its <body> (the same element)
 * gets the copy of `source` that `options` name again, as `makeWorkingCopy` first built it.
 */
export function refillWorkingCopy(
  doc: Document,
  source: Document,
  options: WorkingCopyOptions,
): void {
  const { body } = buildBody(doc, source, options);
  doc.body.replaceChildren(...body.childNodes);
}

interface WalkOptions {
  /** Leave out whitespace that only lays out blocks (see isLayoutSpace). */
  dropLayoutSpace?: boolean;
  budget: number;
  maxDepth: number;
  skip: ReadonlySet<Element>;
  mark: ReadonlySet<Element>;
}

interface WalkResult {
  elements: number;
  depthCut: boolean;
  overBudget: boolean;
}

/**
 * Elements laid out as blocks (table cells too). Whitespace between two of them, or between one
 * and the edge of a block around it, is never rendered: "\n  " between the paragraphs of a <div>.
 */
function isBlock(node: Node): boolean {
  if (node.nodeType !== 1 /* ELEMENT_NODE */) return false;
  const name = (node as Element).localName;
  return BLOCK_ELEMENTS.has(name) || name === 'td' || name === 'th';
}

function isBlockOrEdge(node: Node | null): boolean {
  return node === null || isBlock(node);
}

/**
 * Whitespace that only lays out blocks: blank, inside a block, with a block or the block's edge
 * on either side. A third of a page's nodes are such text; the copy leaves them out, as they
 * show nothing, and each costs an insertion and a look from every pass of Readability.
 */
function isLayoutSpace(node: Node, previous: Node | null, next: Node | null): boolean {
  return (
    node.nodeType === 3 /* TEXT_NODE */ &&
    isCollapsibleSpace(node.nodeValue ?? '') &&
    isBlockOrEdge(previous) &&
    isBlockOrEdge(next)
  );
}

/** Whether `text` is HTML's collapsible spaces only: a no-break space shows. */
function isCollapsibleSpace(text: string): boolean {
  return !/[^ \t\n\r\f]/.test(text);
}

/** Whether the whitespace among `element`'s children only lays them out (see isLayoutSpace). */
function laysOutBlocks(element: Node): boolean {
  return isBlock(element) && (element as Element).localName !== 'pre';
}

/** Inline elements that a row of fields sets side by side: a name, a date, a link, a label. */
const FIELDS = new Set(['span', 'time', 'a', 'b', 'strong', 'em', 'i', 'small', 'abbr', 'cite']);
/** Boxes whose children may be such a row (not a paragraph, where words may be split in tags). */
const ROW_BOXES = new Set(['div', 'header', 'footer']);

/**
 * Whether `node` may hold a row of fields: a post's "<span>Jane Doe</span><span>2 March 2024
 * 22:17</span>", which the site's style spaces apart. When its children are such fields and
 * nothing else, no text of its own, the copy puts a space between them (FIELD_GAP), as the page
 * shows them, not "Jane Doe2 March…".
 */
function isRowBox(node: Node): boolean {
  return node.nodeType === 1 /* ELEMENT_NODE */ && ROW_BOXES.has(nameOf(node as Element));
}

function isField(node: Node): boolean {
  return node.nodeType === 1 /* ELEMENT_NODE */ && FIELDS.has(nameOf(node as Element));
}

/** The space set between two fields of a row (a text node read, never inserted, by the walk). */
const FIELD_GAP = { nodeType: 3, data: ' ' } as unknown as Text;

/** A step of the walk: copy `source` under `parent`, or (`source` null) attach a finished `copy`. */
interface Step {
  source: Node | null;
  parent: Node;
  depth: number;
  marked: boolean;
  copy: Element | null;
}

/** Text into the copy. */
function appendText(doc: Document, parent: Node, data: string, insideMarked: boolean): void {
  const text = doc.createTextNode(data);
  // Marked text sits in a marked <span>: Readability moves loose text into paragraphs it
  // creates, which would carry the text out of its marked block unmarked.
  if (insideMarked && /\S/.test(data)) {
    const span = doc.createElement('span');
    span.setAttribute(CLUTTER_MARK, '');
    span.append(text);
    parent.appendChild(span);
  } else parent.appendChild(text);
}

/**
 * Copy the children of `from` under `into`; an explicit stack, so depth costs no recursion.
 *
 * An element's copy is attached to its parent only once its own children are in it. Inserting a
 * node costs a climb over all the ancestors of the parent it goes into (the DOM checks, versions
 * and caches it keeps up to date); built this way, that parent has no ancestors yet.
 */
function walk(doc: Document, from: Node, into: Node, options: WalkOptions): WalkResult {
  const result: WalkResult = { elements: 0, depthCut: false, overBudget: false };
  const stack: Step[] = [];
  const pushChildren = (source: Node, parent: Node, depth: number, marked: boolean): void => {
    const dropSpace = options.dropLayoutSpace === true && laysOutBlocks(source);
    // Whether the children are a row of fields (see FIELD_GAP) is told in the same pass: where
    // the gaps would go is noted, and they go in once the whole row has been seen.
    let row = isRowBox(source);
    let fields = 0;
    const gaps: number[] = [];
    let next: Node | null = null;
    for (let child: Node | null = source.lastChild; child;) {
      const previous: Node | null = child.previousSibling;
      if (!dropSpace || !isLayoutSpace(child, previous, next)) {
        stack.push({ source: child, parent, depth, marked, copy: null });
      }
      if (row) {
        if (child.nodeType === 1 /* ELEMENT_NODE */) {
          // Most boxes hold blocks: the first one ends the look.
          row = isField(child);
          fields++;
          // Pushed after the field, the gap is copied before it.
          if (row && previous && isField(previous)) gaps.push(stack.length);
        } else if (child.nodeType === 3 /* TEXT_NODE */) {
          row = isCollapsibleSpace(child.nodeValue ?? '');
        }
      }
      next = child;
      child = previous;
    }
    if (row && fields >= 2) {
      for (const at of gaps.reverse()) {
        stack.splice(at, 0, { source: FIELD_GAP, parent, depth, marked, copy: null });
      }
    }
  };
  pushChildren(from, into, 1, false);
  while (stack.length > 0) {
    const { source, parent, depth, marked: insideMarked, copy: finished } = stack.pop()!;
    if (source === null) {
      parent.appendChild(finished!);
      continue;
    }
    if (source.nodeType === 3 /* TEXT_NODE */) {
      appendText(doc, parent, (source as Text).data, insideMarked);
      continue;
    }
    if (source.nodeType !== 1 /* ELEMENT_NODE */) continue;
    const element = source as Element;
    const name = nameOf(element);
    // A formula is copied as its text (math-text.ts): the markup would not pass the sanitizer.
    if (name === 'math' && !options.skip.has(element) && !isHidden(element)) {
      appendText(doc, parent, formulaText(element), insideMarked);
      continue;
    }
    if (LEFT_OUT_TAGS.has(name) || options.skip.has(element)) continue;
    // Read once for the hidden test and the copy (one index lookup instead of three).
    const attributes = attributesOf(element);
    if (
      isHidden(element, attributes) ||
      isVisuallyHidden(attributes) ||
      isPixel(name, attributes)
    ) {
      continue;
    }
    if (depth > options.maxDepth) {
      result.depthCut = true;
      continue;
    }
    if (result.elements >= options.budget) {
      result.overBudget = true;
      break;
    }
    const copy = copyElement(doc, element, attributes);
    // Every element of a marked block carries the mark: Readability replaces wrappers by their
    // only child and would otherwise carry the block's content out unmarked.
    const marked = insideMarked || options.mark.has(element);
    if (marked) copy.setAttribute(CLUTTER_MARK, '');
    result.elements++;
    stack.push({ source: null, parent, depth, marked, copy });
    pushChildren(element, copy, depth + 1, marked);
  }
  // Stopped at the budget: attach the copies still waiting for the rest of their children.
  for (let index = stack.length - 1; index >= 0; index--) {
    const { source, parent, copy } = stack[index]!;
    if (source === null) parent.appendChild(copy!);
  }
  return result;
}

/**
 * A lean copy of one element's subtree into `doc` (the same walk as the working copy: no
 * scripts, styles, hidden parts, style or on* attributes), for a removed block's logged HTML.
 */
export function copySubtree(doc: Document, element: Element): Element {
  const copy = copyElement(doc, element);
  walk(doc, element, copy, {
    budget: Number.MAX_SAFE_INTEGER,
    maxDepth: Number.MAX_SAFE_INTEGER,
    skip: new Set(),
    mark: new Set(),
  });
  return copy;
}
